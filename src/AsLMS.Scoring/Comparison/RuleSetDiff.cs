using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Rules;
using static AsLMS.Scoring.Comparison.RuleText;

namespace AsLMS.Scoring.Comparison;

/// <summary>
/// Compares two rule sets: what a season's rules would change, each difference as a typed <see cref="RuleChange"/> with a sentence.
/// </summary>
/// <remarks>
/// <para>Compared: the calendar's races (by identifier: added, removed, round, race category, multiplier, scheduled duration and laps);
/// the classes and tables (by identifier); the scoring (each race category's scale, points beyond the scale, pole points and
/// condition, fastest lap, minimum drive time and tie-break use; shared drives, shortened races, dropped results, tie-breaks), both
/// the rule set's and, for a table with scoring of its own, the scoring that table uses; the classification rule; the crew
/// requirements and invitation rules (by identifier), the order of the invitation rules and who may hold one.</para>
/// <para>Not compared, because they are not rules: the series name and season label (see <see cref="RuleSetDifferences.From"/>), race
/// dates, names and start times, event names and circuits, descriptions, notes and provenance. So a rule set and its JSON round trip,
/// or a season and a copy with a corrected source, have no differences.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class RuleSetDiff
{
    /// <summary>Compares two rule sets.</summary>
    /// <param name="from">The rules compared from (last season's, or the current ones).</param>
    /// <param name="to">The rules compared to (next season's, or a proposal).</param>
    /// <returns>The differences; empty when the rules are the same.</returns>
    public static RuleSetDifferences Compare(RuleSet from, RuleSet to)
    {
        Preconditions.CheckNotNull(from);
        Preconditions.CheckNotNull(to);
        var changes = new ChangeList();
        CompareCalendar(from.Season, to.Season, changes);
        CompareClasses(from, to, changes);
        CompareTables(from, to, changes);
        CompareScoring(from.Scoring, to.Scoring, "scoring", string.Empty, changes);
        foreach (var (before, after) in Matched(from.Tables, to.Tables, t => t.Id))
        {
            if (before.Scoring is not null || after.Scoring is not null)
            {
                CompareScoring(from.ScoringFor(before), to.ScoringFor(after), $"scoring of {after.Id}", $"{after.Id}: ", changes);
            }
        }

        CompareClassification(from.Classification, to.Classification, changes);
        CompareCrewRequirements(from, to, changes);
        CompareInvitations(from, to, changes);
        return new RuleSetDifferences { From = from.Label, To = to.Label, Changes = changes.ToEquatableArray() };
    }

    private static void CompareCalendar(Season from, Season to, ChangeList changes)
    {
        Match(
            from.Races,
            to.Races,
            r => r.Id,
            removed => changes.Removed(RuleArea.Calendar, removed.Id.Value, $"Race removed: {Race(removed)}", Race(removed)),
            added => changes.Added(RuleArea.Calendar, added.Id.Value, $"Race added: {Race(added)}", Race(added)),
            (before, after) =>
            {
                var scope = new Scope(RuleArea.Calendar, after.Id.Value, $"{after.Id}: ");
                changes.Compare(scope, "round", before.Round, after.Round, r => Number(r));
                changes.Compare(scope, "race category", before.Category, after.Category, c => c ?? "default");
                changes.Compare(scope, "points multiplier", before.Multiplier, after.Multiplier, m => m.ToString());
                changes.Compare(scope, "scheduled duration", before.ScheduledDuration, after.ScheduledDuration, d => Time(d));
                changes.Compare(scope, "scheduled laps", before.ScheduledLaps, after.ScheduledLaps, l => Optional(l, "none"));
            });

        static string Race(Race race) => $"{race.Id} ({race.Name}, round {Number(race.Round)})";
    }

    private static void CompareClasses(RuleSet from, RuleSet to, ChangeList changes)
        => Match(
            from.Classes,
            to.Classes,
            c => c.Id,
            removed => changes.Removed(RuleArea.Classes, removed.Id.Value, $"{(removed.IsSubClass ? "Sub-class" : "Class")} removed: {Class(removed)}", Class(removed)),
            added => changes.Added(RuleArea.Classes, added.Id.Value, $"{(added.IsSubClass ? "Sub-class" : "Class")} added: {Class(added)}", Class(added)),
            (before, after) =>
            {
                var scope = new Scope(RuleArea.Classes, after.Id.Value, $"Class {after.Id}: ");
                changes.Compare(scope, "name", before.Name, after.Name, n => n);
                changes.Compare(scope, "sub-class of", before.Parent, after.Parent, p => p?.ToString() ?? "none (a class of its own)");
            });

    private static void CompareTables(RuleSet from, RuleSet to, ChangeList changes)
        => Match(
            from.Tables,
            to.Tables,
            t => t.Id,
            removed => changes.Removed(RuleArea.Tables, removed.Id.Value, $"Table removed: {Table(removed)}", Table(removed)),
            added => changes.Added(RuleArea.Tables, added.Id.Value, $"Table added: {Table(added)}", Table(added)),
            (before, after) =>
            {
                var scope = new Scope(RuleArea.Tables, after.Id.Value, $"{after.Id}: ");
                changes.Compare(scope, "name", before.Name, after.Name, n => n);
                changes.Compare(scope, "ranks", before.Competitors, after.Competitors, Competitors);
                changes.Compare(scope, "classes", before.Classes, after.Classes, c => List(c, "none"));
                changes.Compare(scope, "full-season entries only", before.FullSeasonEntriesOnly, after.FullSeasonEntriesOnly, YesNo);
                changes.Compare(scope, "races not counted", before.ExcludedRaces, after.ExcludedRaces, r => List(r, "none"));
                changes.Compare(scope, "cars counted per race", before.CarsCountedPerRace, after.CarsCountedPerRace, n => Optional(n, "all"));
            });

    private static void CompareScoring(ScoringRules from, ScoringRules to, string subject, string prefix, ChangeList changes)
    {
        Match(
            from.Races,
            to.Races,
            r => r.Category?.ToUpperInvariant() ?? string.Empty,
            removed => changes.Removed(RuleArea.Scoring, SubjectOf(removed), $"{prefix}{Capitalize(ScaleName(removed))} removed: {Scale(removed.Scale)}", Scale(removed.Scale)),
            added => changes.Added(RuleArea.Scoring, SubjectOf(added), $"{prefix}{Capitalize(ScaleName(added))} added: {Scale(added.Scale)}", Scale(added.Scale)),
            (before, after) =>
            {
                var scope = after.Category is null
                    ? new Scope(RuleArea.Scoring, subject, prefix)
                    : new Scope(RuleArea.Scoring, SubjectOf(after), $"{prefix}{after.Category} races: ");
                changes.Compare(scope, "points scale", before.Scale, after.Scale, Scale);
                var beyond = before.Scale.Count == after.Scale.Count ? $"points beyond {Ordinal(after.Scale.Count)}" : "points beyond the scale";
                changes.Compare(scope, beyond, before.BeyondScale, after.BeyondScale, p => p.ToString());
                changes.Compare(scope, "pole points", before.Pole, after.Pole, p => p.ToString());
                changes.Compare(scope, "pole points kept", before.PoleCondition, after.PoleCondition, PoleCondition);
                changes.Compare(scope, "fastest lap", before.FastestLap, after.FastestLap, FastestLap);
                changes.Compare(scope, "minimum drive time", before.MinimumDriveTime, after.MinimumDriveTime, d => Time(d));
                changes.Compare(scope, "counts for tie-breaks", before.CountsForTieBreaks, after.CountsForTieBreaks, YesNo);
            });

        var rules = new Scope(RuleArea.Scoring, subject, prefix);
        changes.Compare(rules, "shared drives", from.SharedDrives, to.SharedDrives, SharedDrives);
        changes.Compare(rules, "shortened races", from.ShortenedRaces, to.ShortenedRaces, ShortenedRaces);
        changes.Compare(rules, "dropped results", from.Drops, to.Drops, Drops);
        changes.Compare(rules, "tie-breaks", from.TieBreaks, to.TieBreaks, TieBreaks);

        string SubjectOf(RaceScoring scoring) => scoring.Category is null ? subject : $"{subject} of {scoring.Category} races";
        static string ScaleName(RaceScoring scoring) => scoring.Category is null ? "default scale" : $"scale of {scoring.Category} races";
    }

    private static void CompareClassification(ClassificationRule from, ClassificationRule to, ChangeList changes)
    {
        var scope = new Scope(RuleArea.Classification, "classification", "Classification: ");
        changes.Compare(scope, "share of the reference laps", from.MinimumShare, to.MinimumShare, s => s is { } share ? Share(share) : "none");
        changes.Compare(scope, "reference", from.Reference, to.Reference, Reference);
        changes.Compare(scope, "must take the chequered flag", from.MustTakeChequeredFlag, to.MustTakeChequeredFlag, YesNo);
    }

    private static void CompareCrewRequirements(RuleSet from, RuleSet to, ChangeList changes)
        => Match(
            from.CrewRequirements,
            to.CrewRequirements,
            r => r.Id,
            removed => changes.Removed(RuleArea.CrewRequirements, removed.Id, $"Crew requirement removed: {Requirement(removed)}", Requirement(removed)),
            added => changes.Added(RuleArea.CrewRequirements, added.Id, $"Crew requirement added: {Requirement(added)}", Requirement(added)),
            (before, after) =>
            {
                var scope = new Scope(RuleArea.CrewRequirements, after.Id, $"Crew requirement {after.Id}: ");
                changes.Compare(scope, "applies to", before.Classes, after.Classes, c => List(c, "every class"));
                changes.Compare(scope, "drivers counted", before, after, DriversCounted);
                changes.Compare(scope, "minimum", before.Minimum, after.Minimum, n => Optional(n, "none"));
                changes.Compare(scope, "maximum", before.Maximum, after.Maximum, n => Optional(n, "none"));
            });

    private static void CompareInvitations(RuleSet from, RuleSet to, ChangeList changes)
    {
        Match(
            from.Invitations,
            to.Invitations,
            r => r.Id,
            removed => changes.Removed(RuleArea.Invitations, removed.Id, $"Invitation removed: {Invitation(removed)}", Invitation(removed)),
            added => changes.Added(RuleArea.Invitations, added.Id, $"Invitation added: {Invitation(added)}", Invitation(added)),
            (before, after) =>
            {
                var scope = new Scope(RuleArea.Invitations, after.Id, $"Invitation {after.Id}: ");
                changes.Compare(scope, "table", before.Table, after.Table, t => t.ToString());
                changes.Compare(scope, "position", before.Position, after.Position, Ordinal);
                changes.Compare(scope, "Le Mans class", before.LeMansClass, after.LeMansClass, c => c);
                changes.Compare(scope, "must contest every round from", before.MustContestFromRound, after.MustContestFromRound, r => r is { } round ? $"round {Number(round)}" : "no condition");
                changes.Compare(scope, "minimum entries", before, after, MinimumEntries);
                changes.Compare(scope, "fallback", before.Fallback, after.Fallback, Fallback);
                changes.Compare(scope, "subject to other criteria", before.SubjectToOtherCriteria, after.SubjectToOtherCriteria, YesNo);
                changes.Compare(scope, "when declined", before.WhenDeclined, after.WhenDeclined, WhenDeclined);
            });

        // The rules are applied in order, and a car keeps the first invitation it earns: the order of the rules both sets have matters.
        var common = to.Invitations.Select(r => r.Id).Where(id => from.Invitations.Any(r => r.Id == id)).ToEquatableArray();
        var before = from.Invitations.Select(r => r.Id).Where(id => common.Contains(id)).ToEquatableArray();
        var rules = new Scope(RuleArea.Invitations, "invitations", "Invitations: ");
        changes.Compare(rules, "order", before, common, ids => string.Join(", ", ids));
        changes.Compare(rules, "one invitation per", from.OneInvitationPer, to.OneInvitationPer, h => h == InvitationHolder.Entrant ? "entrant" : "car");
    }

    /// <summary>Pairs the items of two lists by key: removed and matched in the first list's order, then added in the second's.</summary>
    private static void Match<T, TKey>(EquatableArray<T> from, EquatableArray<T> to, Func<T, TKey> key, Action<T> removed, Action<T> added, Action<T, T> matched)
        where TKey : notnull
    {
        var after = new Dictionary<TKey, T>();
        foreach (var item in to)
        {
            after.TryAdd(key(item), item);
        }

        var seen = new HashSet<TKey>();
        foreach (var item in from)
        {
            var k = key(item);
            if (!seen.Add(k))
            {
                continue;
            }

            if (after.TryGetValue(k, out var other))
            {
                matched(item, other);
            }
            else
            {
                removed(item);
            }
        }

        foreach (var item in to)
        {
            if (seen.Add(key(item)))
            {
                added(item);
            }
        }
    }

    private static List<(T Before, T After)> Matched<T, TKey>(EquatableArray<T> from, EquatableArray<T> to, Func<T, TKey> key)
        where TKey : notnull
    {
        var pairs = new List<(T Before, T After)>();
        Match(from, to, key, _ => { }, _ => { }, (a, b) => pairs.Add((a, b)));
        return pairs;
    }

    /// <summary>Where changes are reported: their area, subject and the words that start their sentence.</summary>
    private readonly record struct Scope(RuleArea Area, string Subject, string Prefix);

    private sealed class ChangeList : List<RuleChange>
    {
        public void Compare<T>(Scope scope, string aspect, T before, T after, Func<T, string> text)
        {
            if (EqualityComparer<T>.Default.Equals(before, after))
            {
                return;
            }

            string was = text(before), now = text(after);
            var lead = scope.Prefix.Length == 0 ? Capitalize(aspect) : scope.Prefix + aspect;

            // Values that differ only where the words do not look (a provenance) are not a change of rule.
            if (was == now)
            {
                return;
            }

            Add(new RuleChange
            {
                Area = scope.Area,
                Kind = RuleChangeKind.Changed,
                Subject = scope.Subject,
                Aspect = aspect,
                Before = was,
                After = now,
                Description = $"{lead}: {was} -> {now}",
            });
        }

        public void Added(RuleArea area, string subject, string description, string value)
            => Add(new RuleChange { Area = area, Kind = RuleChangeKind.Added, Subject = subject, After = value, Description = description });

        public void Removed(RuleArea area, string subject, string description, string value)
            => Add(new RuleChange { Area = area, Kind = RuleChangeKind.Removed, Subject = subject, Before = value, Description = description });
    }
}
