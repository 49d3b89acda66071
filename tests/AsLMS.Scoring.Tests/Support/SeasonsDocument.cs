using System.Globalization;
using System.Text;
using AsLMS.Scoring.Rules;
using NodaTime.Text;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>
/// Writes <c>docs/seasons.md</c> from the catalog's own provenance data, so the document cannot drift from the rule sets:
/// <see cref="Seasons.SeasonsDocumentTests"/> fails when the committed file differs from this rendering.
/// </summary>
internal static class SeasonsDocument
{
    public const string RelativePath = "docs/seasons.md";

    private static readonly LocalDatePattern Date = LocalDatePattern.CreateWithInvariantCulture("d MMM uuuu");
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("# Built-in rule sets: what each fact rests on");
        text.AppendLine();
        text.AppendLine("Generated from the catalog's own provenance (`Provenance` on every element of every built-in rule set) by");
        text.AppendLine("`tests/AsLMS.Scoring.Tests/Seasons/SeasonsDocumentTests.cs`, which fails when this file is out of date. Regenerate with");
        text.AppendLine("`ASLMS_UPDATE_DOCS=1 dotnet test tests/AsLMS.Scoring.Tests --filter SeasonsDocument`.");
        text.AppendLine();
        text.AppendLine("Confidence, as in the project's regulation notes: **confirmed** (regulation text or an official ACO, series, FIA or Le Mans");
        text.AppendLine("site), **reported** (news media, Wikipedia or a mirror), **derived** (worked out from published points totals), **uncertain**");
        text.AppendLine("(sources conflict or nothing was found: the rule set takes the most likely value and the note says what was assumed).");
        text.AppendLine("A provenance's confidence is that of its least certain fact; its note gives each fact's status. S1 to S77 are the sources");
        text.AppendLine("numbered in the regulation notes; other sources are given by address.");
        text.AppendLine();
        text.AppendLine("Shared by every AsLMS season: a teams' table (per car) and a drivers' table for each class and sub-classification; races");
        text.AppendLine("`R1`, `R2`... in round order, each race of a double-header a round; the season spans its first to its last race day.");
        text.AppendLine();
        foreach (var rules in BuiltIn.All)
        {
            Season(text, rules);
        }

        return text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void Season(StringBuilder text, RuleSet rules)
    {
        var season = rules.Season;
        text.AppendLine(CultureInfo.InvariantCulture, $"## {rules.Series} {rules.Label}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Describe(rules.Provenance!)}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Span: {Date.Format(season.FirstDay)} to {Date.Format(season.LastDay)}. {rules.Notes}");
        text.AppendLine();

        text.AppendLine("### Calendar");
        text.AppendLine();
        if (season.Races.IsEmpty)
        {
            text.AppendLine("Not announced: no race yet.");
        }
        else
        {
            text.AppendLine("| Round | Race | Circuit (time zone) | Date | Start | Scheduled |");
            text.AppendLine("|---|---|---|---|---|---|");
            foreach (var race in season.Races)
            {
                var circuit = season.FindEvent(race.Id)!.Circuit;
                var start = race.Start is { } s ? Time.Format(s.TimeOfDay) : "";
                var scheduled = string.Join(", ", new[]
                {
                    race.ScheduledDuration is { } d ? $"{d.TotalHours.ToString(CultureInfo.InvariantCulture)} h" : null,
                    race.ScheduledLaps is { } laps ? $"{laps} laps" : null,
                    race.Category is { } category ? $"category {category}" : null,
                }.Where(p => p is not null));
                text.AppendLine(CultureInfo.InvariantCulture, $"| {race.Id} | {race.Name} | {circuit.Name}, {circuit.Country} ({circuit.TimeZone.Id}) | {Date.Format(race.Date)} | {start} | {scheduled} |");
            }
        }

        text.AppendLine();
        Facts(text, season.Events.Select(e => (e.Name, e.Provenance)));

        text.AppendLine("### Classes and tables");
        text.AppendLine();
        foreach (var definition in rules.Classes)
        {
            var inside = definition.Parent is { } parent ? $" (inside {parent})" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{definition.Id}**{inside}: {definition.Description}");
        }

        text.AppendLine();
        Facts(text, rules.Classes.Select(c => (c.Id.Value, c.Provenance)));
        Facts(text, [(string.Join(", ", rules.Tables.Select(t => t.Id.Value)), rules.Tables.IsEmpty ? null : rules.Tables[0].Provenance)], rules.Tables.IsEmpty);

        text.AppendLine("### Points, classification and ties");
        text.AppendLine();
        foreach (var scoring in rules.Scoring.Races)
        {
            var extra = scoring.MinimumDriveTime is { } min ? $"; a driver scores only after {min.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minutes of driving" : string.Empty;
            text.AppendLine(CultureInfo.InvariantCulture, $"- {(scoring.Category is { } c ? $"Races of category {c}" : "Races")}: {string.Join("-", scoring.Scale)}, {scoring.BeyondScale} for other classified cars, {scoring.Pole} for class pole{extra}.");
        }

        if (rules.Scoring.Drops is { } drops)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- Dropped results: {string.Join("; ", drops.Segments.Select(s => $"best {s.BestResults} results from round {s.FirstRound} to {(s.LastRound is { } l ? $"round {l}" : "the end")}"))}.");
        }

        foreach (var shortened in rules.Scoring.ShortenedRaces)
        {
            var factor = shortened.Factor == Ratio.Half ? "half points" : $"points x {shortened.Factor}";
            text.AppendLine(CultureInfo.InvariantCulture, $"- Shortened races: {factor} below {Percent(shortened.CompletedBelow)} of the scheduled {shortened.Basis.ToString().ToLowerInvariant()}.");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"- Ties: {string.Join(", then ", rules.Scoring.TieBreaks)}.");
        var classification = rules.Classification;
        text.AppendLine(CultureInfo.InvariantCulture, $"- Classified: {Percent(classification.MinimumShare)} of the {(classification.Reference == ClassificationReference.ClassWinner ? "class winner's" : "overall winner's")} distance.");
        text.AppendLine();
        var points = new List<(string, Provenance?)> { ("Points", rules.Scoring.Provenance) };
        if (rules.Scoring.Drops is { } dropRule)
        {
            points.Add(("Dropped results", dropRule.Provenance));
        }

        points.AddRange(rules.Scoring.ShortenedRaces.Select(s => ("Shortened races", s.Provenance)));
        points.Add(("Classification", classification.Provenance));
        Facts(text, points);

        text.AppendLine("### Crew requirements");
        text.AppendLine();
        Facts(text, rules.CrewRequirements.Select(c => ($"`{c.Id}`: {c.Description}", c.Provenance)));

        text.AppendLine("### Le Mans invitations");
        text.AppendLine();
        if (rules.Invitations.IsEmpty)
        {
            text.AppendLine("None in the rule set (see the notes above).");
            text.AppendLine();
        }

        Facts(text, rules.Invitations.Select(i => (Invitation(i), i.Provenance)));
    }

    private static string Invitation(InvitationRule rule)
    {
        var conditions = new List<string>();
        if (rule.MustContestFromRound is { } round)
        {
            conditions.Add($"every round from round {round} contested");
        }

        if (rule.MinimumEntries is { } minimum)
        {
            conditions.Add($"at least {minimum} {(rule.CountedEntries == EntryCountBasis.FullSeasonEntries ? "full-season entries" : "entries")} in the class");
        }

        if (rule.Fallback is { } fallback)
        {
            conditions.Add($"otherwise {fallback.Table} #{fallback.Position} ({fallback.LeMansClass})");
        }

        if (rule.SubjectToOtherCriteria)
        {
            conditions.Add("subject to other criteria");
        }

        var suffix = conditions.Count == 0 ? string.Empty : $": {string.Join("; ", conditions)}";
        return $"{rule.Table} #{rule.Position} to Le Mans in {rule.LeMansClass}{suffix}";
    }

    // Lists items with their provenance, grouping the items that share one (provenances are records: equal by value).
    private static void Facts(StringBuilder text, IEnumerable<(string Item, Provenance? Provenance)> facts, bool skipLast = false)
    {
        var list = facts.ToList();
        if (skipLast && list.Count > 0)
        {
            list.RemoveAt(list.Count - 1);
        }

        if (list.Count == 0)
        {
            return;
        }

        foreach (var group in list.GroupBy(f => f.Provenance))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {string.Join("; ", group.Select(g => g.Item.TrimEnd('.')))}. {Describe(group.Key!)}");
        }

        text.AppendLine();
    }

    private static string Percent(Ratio? share)
        => share is { } r ? $"{(r.Numerator * 100 / r.Denominator).ToString(CultureInfo.InvariantCulture)} %" : "any share";

    private static string Describe(Provenance provenance)
    {
        var sources = provenance.Sources.IsEmpty ? "no source" : string.Join("; ", provenance.Sources);
        return $"**{provenance.Confidence.ToString().ToLowerInvariant()}**: {provenance.Note} Sources: {sources}.";
    }
}
