using System.Globalization;
using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;
using FluentValidation.Results;

namespace AsLMS.Scoring.Invitations;

/// <summary>
/// Gives out the 24 Hours of Le Mans invitations a season's standings earn under its rule set, with the reason for each and a report of
/// every team looked at.
/// </summary>
/// <remarks>
/// <para>Every method is a pure function of its immutable inputs and is thread-safe. The order of entries, races and inputs never
/// changes the result.</para>
/// <para>How each rule is applied, in the rule set's order:</para>
/// <list type="number">
/// <item><description><b>Entries.</b> With <see cref="InvitationRule.MinimumEntries"/>, the entries of the rule table's classes are
/// counted (<see cref="EntryCountBasis"/>: entries that started at least one of the table's races, or full-season entries). Too few, and
/// the rule's <see cref="InvitationRule.Fallback"/> applies (its table, position and Le Mans class, under the rule's other conditions),
/// or the invitation lapses when there is none.</description></item>
/// <item><description><b>Eligibility.</b> With <see cref="InvitationRule.MustContestFromRound"/>, a team that did not contest every
/// race of the table from that round (no result, or did not start) is not eligible and the position counts eligible teams only: the
/// invitation for 1st goes to the best-placed eligible team.</description></item>
/// <item><description><b>Offer.</b> The invitation is offered to the team at the position. A team that declined, already holds an
/// invitation, received one from an earlier rule (one per car, or per entrant: <see cref="RuleSet.OneInvitationPer"/>), or does not meet
/// the rule's other criteria does not receive it; the rule's <see cref="InvitationRule.WhenDeclined"/> then passes it to the next
/// eligible team in standings order or lets it lapse. A team that earned two invitations keeps the first rule's.</description></item>
/// <item><description><b>Shared ranks.</b> The standings' tie-breaks are the only ones applied. Teams that share a rank (a tie no
/// tie-break of the rule set separated) hold it jointly: those that cannot take the invitation are set aside as above, and if exactly
/// one remains it receives it. If several remain the allocator does not choose between them: the invitation is
/// <see cref="InvitationOutcome.Undecided"/> and the tied teams are reported. The organiser's decision can be given as input (the other
/// teams declining).</description></item>
/// </list>
/// <para>So no rule gives more than one invitation, and a team that declined never appears among the invitations.</para>
/// </remarks>
public static class InvitationAllocator
{
    /// <summary>Gives out a season's invitations.</summary>
    /// <param name="rules">The rule set, with its invitation rules.</param>
    /// <param name="standings">The standings, calculated under <paramref name="rules"/> (final, or after a round for a provisional list).</param>
    /// <param name="results">The results the standings were calculated from: their entries give the entrants, classes and full-season flags.</param>
    /// <param name="inputs">The teams that decline, already hold an invitation or do not meet the other criteria; <see cref="InvitationInputs.None"/> for none.</param>
    /// <returns>The invitations, the outcome of every rule and every team looked at.</returns>
    /// <exception cref="ArgumentException">The standings were calculated under another rule set, or name a car the results have no entry for.</exception>
    /// <exception cref="ScoringInputException">An invitation rule names a table that is missing or does not rank cars, or a position below 1; two
    /// rules share an identifier; or an input names no car or entrant of the season. Every problem found is listed, each with its code.</exception>
    public static InvitationList Allocate(RuleSet rules, SeasonStandings standings, SeasonResults results, InvitationInputs inputs)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(standings);
        Preconditions.CheckNotNull(results);
        Preconditions.CheckNotNull(inputs);
        Preconditions.CheckArgument(standings.Rules == rules, $"The standings were calculated under another rule set than '{rules.Label}'.", nameof(standings));

        var entries = new Dictionary<CarNumber, Entry>(results.Entries.Count);
        foreach (var entry in results.Entries)
        {
            entries.TryAdd(entry.Car, entry);
        }

        foreach (var table in standings.Tables)
        {
            foreach (var row in table.Table.Competitors == CompetitorKind.Car ? table.Rows : default)
            {
                if (!entries.ContainsKey(CarOf(row)))
                {
                    throw new ArgumentException(
                        $"The standings of '{table.Table.Id}' name car #{CarOf(row)}, which the results have no entry for: were they calculated from other results?",
                        nameof(standings));
                }
            }
        }

        Validate(rules, entries, inputs);
        var allocation = new Allocation(rules, standings, results, entries, inputs);
        foreach (var rule in rules.Invitations)
        {
            allocation.Apply(rule);
        }

        return allocation.ToList();
    }

    private static void Validate(RuleSet rules, Dictionary<CarNumber, Entry> entries, InvitationInputs inputs)
    {
        // The invitation rules are checked by the rule-set validator, so a code means the same here as in validation.
        var failures = SeasonValidation.Validate(rules).Errors
            .Where(f => f.PropertyName.StartsWith(nameof(RuleSet.Invitations), StringComparison.Ordinal))
            .ToList();
        var log = FailureLog.Into(failures);

        CheckTeams(inputs.Declined, nameof(InvitationInputs.Declined), "decline");
        CheckTeams(inputs.AlreadyInvited, nameof(InvitationInputs.AlreadyInvited), "already hold an invitation");
        CheckTeams(inputs.OtherCriteriaNotMet.Select(c => c.Team), nameof(InvitationInputs.OtherCriteriaNotMet), "do not meet the other criteria");
        if (failures.Count > 0)
        {
            throw new ScoringInputException(failures);
        }

        void CheckTeams(IEnumerable<TeamReference> teams, string property, string what)
        {
            foreach (var team in teams)
            {
                if (!entries.Values.Any(team.Matches))
                {
                    log.Error(ErrorCodes.UnknownInvitationTeam, property, team.ToString(), $"The teams that {what} include {team}, which is not a car or entrant of {rules.Label}.");
                }
            }
        }
    }

    /// <summary>The working state of one allocation: what has been given so far, and the report.</summary>
    private sealed class Allocation
    {
        private readonly RuleSet rules;
        private readonly SeasonStandings standings;
        private readonly SeasonResults results;
        private readonly Dictionary<CarNumber, Entry> entries;
        private readonly InvitationInputs inputs;
        private readonly Dictionary<CarNumber, string> invitedCars = [];
        private readonly Dictionary<string, (string Rule, CarNumber Car)> invitedEntrants = new(StringComparer.Ordinal);
        private readonly List<Invitation> invitations = [];
        private readonly List<InvitationDecision> decisions = [];
        private readonly List<InvitationConsideration> considerations = [];

        public Allocation(RuleSet rules, SeasonStandings standings, SeasonResults results, Dictionary<CarNumber, Entry> entries, InvitationInputs inputs)
        {
            this.rules = rules;
            this.standings = standings;
            this.results = results;
            this.entries = entries;
            this.inputs = inputs;
        }

        public InvitationList ToList() => new()
        {
            Season = rules.Label,
            Invitations = invitations.ToEquatableArray(),
            Decisions = decisions.ToEquatableArray(),
            Considerations = considerations.ToEquatableArray(),
        };

        public void Apply(InvitationRule rule)
        {
            var target = new Target(rule.Table, rule.Position, rule.LeMansClass, ViaFallback: false, Note: null);
            if (rule.MinimumEntries is { } minimum)
            {
                var table = rules.FindTable(rule.Table)!;
                var count = CountEntries(table, standings[rule.Table].Races, rule.CountedEntries);
                if (count < minimum)
                {
                    var shortfall = $"{string.Join("/", table.Classes)} had {count} {EntriesWord(rule.CountedEntries, count)}, fewer than the {minimum} required";
                    if (rule.Fallback is not { } fallback)
                    {
                        Decide(rule, target, InvitationOutcome.Lapsed, $"{shortfall}: no invitation (the rule has no fallback).");
                        return;
                    }

                    target = new Target(
                        fallback.Table,
                        fallback.Position,
                        fallback.LeMansClass,
                        ViaFallback: true,
                        Note: $"{shortfall}, so the invitation for {Ordinal(rule.Position)} in {rule.Table} falls back to {Ordinal(fallback.Position)} in {fallback.Table}.");
                }
            }

            new RuleWalk(this, rule, target).Run();
        }

        private void Decide(InvitationRule rule, Target target, InvitationOutcome outcome, string reason, Invitation? invitation = null)
            => decisions.Add(new InvitationDecision
            {
                RuleId = rule.Id,
                Outcome = outcome,
                Table = target.Table,
                Position = target.Position,
                LeMansClass = target.LeMansClass,
                ViaFallback = target.ViaFallback,
                Invitation = invitation,
                Reason = target.Note is null ? reason : $"{target.Note} {reason}",
            });

        private int CountEntries(ChampionshipTable table, EquatableArray<RaceId> races, EntryCountBasis basis)
        {
            HashSet<CarNumber>? started = null;
            if (basis == EntryCountBasis.ClassEntries)
            {
                started = [];
                foreach (var race in races)
                {
                    foreach (var car in results.FindRace(race)?.Cars ?? default)
                    {
                        if (car.Status != ResultStatus.DidNotStart)
                        {
                            started.Add(car.Car);
                        }
                    }
                }
            }

            var count = 0;
            foreach (var entry in entries.Values)
            {
                if (table.Accepts(entry.Class, entry.SubClass) && (started is null ? entry.FullSeason : started.Contains(entry.Car)))
                {
                    count++;
                }
            }

            return count;
        }

        private static string EntriesWord(EntryCountBasis basis, int count) => (basis, count) switch
        {
            (EntryCountBasis.FullSeasonEntries, 1) => "full-season entry",
            (EntryCountBasis.FullSeasonEntries, _) => "full-season entries",
            (_, 1) => "entry that started a race",
            _ => "entries that started a race",
        };

        /// <summary>Why a team cannot receive a rule's invitation (declined, already invited, criteria), or null when it can.</summary>
        private Exclusion? ExclusionOf(InvitationRule rule, Entry entry)
        {
            if (Named(inputs.Declined, entry))
            {
                return new Exclusion(ConsiderationOutcome.Declined, "declined the invitation");
            }

            if (Named(inputs.AlreadyInvited, entry))
            {
                return new Exclusion(ConsiderationOutcome.AlreadyInvited, "already holds a Le Mans invitation");
            }

            if (rules.OneInvitationPer == InvitationHolder.Car && invitedCars.TryGetValue(entry.Car, out var byRule))
            {
                return new Exclusion(ConsiderationOutcome.InvitedByEarlierRule, $"was already invited by rule '{byRule}' (one invitation per car)");
            }

            if (rules.OneInvitationPer == InvitationHolder.Entrant && invitedEntrants.TryGetValue(entry.Entrant, out var held))
            {
                return new Exclusion(ConsiderationOutcome.InvitedByEarlierRule, $"was already invited by rule '{held.Rule}' with #{held.Car} (one invitation per entrant)");
            }

            if (rule.SubjectToOtherCriteria)
            {
                // Sorted, so the order the inputs were given in never shows in the report.
                var reasons = inputs.OtherCriteriaNotMet
                    .Where(c => c.Team.Matches(entry))
                    .Select(c => c.Reason)
                    .ToList();
                if (reasons.Count > 0)
                {
                    var given = reasons.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                    var why = given.Count == 0 ? string.Empty : ": " + string.Join("; ", given);
                    return new Exclusion(ConsiderationOutcome.OtherCriteriaNotMet, "does not meet the other criteria" + why);
                }
            }

            return null;
        }

        private static bool Named(EquatableArray<TeamReference> teams, Entry entry)
        {
            foreach (var team in teams)
            {
                if (team.Matches(entry))
                {
                    return true;
                }
            }

            return false;
        }

        private readonly record struct Target(TableId Table, int Position, string LeMansClass, bool ViaFallback, string? Note);

        private readonly record struct Exclusion(ConsiderationOutcome Outcome, string Reason);

        /// <summary>One rule's walk down its table.</summary>
        private sealed class RuleWalk
        {
            private readonly Allocation allocation;
            private readonly InvitationRule rule;
            private readonly Target target;
            private readonly TableStandings table;
            private readonly Entry[] rowEntries;
            private readonly string?[] notEligible;
            private readonly List<int> eligible = [];
            private readonly List<(int Row, InvitationConsideration Consideration)> looked = [];
            private int lastRow = -1;

            public RuleWalk(Allocation allocation, InvitationRule rule, Target target)
            {
                this.allocation = allocation;
                this.rule = rule;
                this.target = target;
                table = allocation.standings[target.Table];
                var rows = table.Rows;
                rowEntries = new Entry[rows.Count];
                notEligible = new string?[rows.Count];
                for (var i = 0; i < rows.Count; i++)
                {
                    rowEntries[i] = allocation.entries[CarOf(rows[i])];
                    notEligible[i] = MissedRounds(rows[i]);
                    if (notEligible[i] is null)
                    {
                        eligible.Add(i);
                    }
                }
            }

            private EquatableArray<StandingsRow> Rows => table.Rows;

            public void Run()
            {
                var seat = target.Position - 1;
                if (seat >= eligible.Count)
                {
                    lastRow = Rows.Count - 1;
                    var reason = rule.MustContestFromRound is { } round
                        ? $"Only {eligible.Count} of the {Rows.Count} teams in {table.Table.Id} contested {EveryRound(round)}: there is no {Ordinal(target.Position)} eligible team."
                        : $"{table.Table.Id} has {Rows.Count} {(Rows.Count == 1 ? "team" : "teams")}: there is no {Ordinal(target.Position)}.";
                    Finish(InvitationOutcome.Lapsed, reason);
                    return;
                }

                if (rule.WhenDeclined == DeclinedInvitationPolicy.PassToNextEligible)
                {
                    PassDown(GroupStart(seat));
                }
                else
                {
                    OfferOnce(GroupStart(seat));
                }
            }

            /// <summary>Offers the invitation group by group (teams sharing a rank form a group) until one team can take it.</summary>
            private void PassDown(int start)
            {
                var skipped = new List<string>();
                for (var first = start; first < eligible.Count;)
                {
                    var end = GroupEnd(first);
                    var available = Sift(first, end, "it passes to the next eligible team", skipped);
                    if (available.Count == 1)
                    {
                        Give(available[0], skipped);
                        return;
                    }

                    if (available.Count > 1)
                    {
                        Tie(available);
                        return;
                    }

                    first = end + 1;
                }

                lastRow = Rows.Count - 1;
                Finish(InvitationOutcome.Lapsed, $"No eligible team in {table.Table.Id} could take it ({string.Join("; ", skipped)}).");
            }

            /// <summary>
            /// Offers the invitation to the team at the position only (or the teams sharing its rank); if it cannot take it, the
            /// invitation lapses.
            /// </summary>
            private void OfferOnce(int start)
            {
                var skipped = new List<string>();
                var available = Sift(start, GroupEnd(start), "the rule lets the invitation lapse", skipped);
                if (available.Count == 1)
                {
                    Give(available[0], skipped);
                }
                else if (available.Count > 1)
                {
                    Tie(available);
                }
                else
                {
                    Finish(InvitationOutcome.Lapsed, $"{Capital(string.Join("; ", skipped))}, and the rule lets the invitation lapse.");
                }
            }

            /// <summary>Reports the teams of a group that cannot take the invitation, and returns those that can.</summary>
            private List<int> Sift(int first, int end, string then, List<string> skipped)
            {
                var available = new List<int>();
                for (var e = first; e <= end; e++)
                {
                    var row = eligible[e];
                    lastRow = Math.Max(lastRow, row);
                    if (allocation.ExclusionOf(rule, rowEntries[row]) is { } exclusion)
                    {
                        Consider(row, exclusion.Outcome, $"{Capital(exclusion.Reason)}: {then}.");
                        skipped.Add($"{Team(row)} {exclusion.Reason}");
                    }
                    else
                    {
                        available.Add(row);
                    }
                }

                return available;
            }

            private void Give(int row, List<string> skipped)
            {
                var standing = Rows[row];
                var entry = rowEntries[row];
                var reason = $"{Ordinal(standing.Rank)} in {table.Table.Id} with {standing.Total} points";
                var notEligibleAbove = 0;
                for (var r = 0; r < row; r++)
                {
                    if (notEligible[r] is not null)
                    {
                        notEligibleAbove++;
                    }
                }

                if (notEligibleAbove > 0)
                {
                    reason += $", {Ordinal(eligible.IndexOf(row) + 1)} of the teams that contested {EveryRound(rule.MustContestFromRound!.Value)}";
                }

                if (skipped.Count > 0)
                {
                    reason += $"; passed down because {string.Join("; ", skipped)}";
                }

                if (rule.SubjectToOtherCriteria)
                {
                    reason += "; meets the other criteria";
                }

                reason += ".";
                if (target.Note is not null)
                {
                    reason = $"{target.Note} {Capital(reason)}";
                }

                var invitation = new Invitation
                {
                    RuleId = rule.Id,
                    Table = table.Table.Id,
                    Position = standing.Rank,
                    Points = standing.Total,
                    Car = entry.Car,
                    Entrant = entry.Entrant,
                    LeMansClass = target.LeMansClass,
                    ViaFallback = target.ViaFallback,
                    PassedDown = skipped.Count > 0,
                    Reason = reason,
                };
                allocation.invitations.Add(invitation);
                allocation.invitedCars.TryAdd(entry.Car, rule.Id);
                allocation.invitedEntrants.TryAdd(entry.Entrant, (rule.Id, entry.Car));
                Consider(row, ConsiderationOutcome.Invited, reason);
                ReportNotEligible();
                allocation.Decide(rule, target with { Note = null }, InvitationOutcome.Given, reason, invitation);
            }

            /// <summary>Reports a tie the standings leave open between teams that could each take the invitation.</summary>
            private void Tie(List<int> rows)
            {
                var rank = Rows[rows[0]].Rank;
                foreach (var row in rows)
                {
                    var others = string.Join(", ", rows.Where(r => r != row).Select(Team));
                    Consider(row, ConsiderationOutcome.Tied, $"Shares {Ordinal(rank)} place with {others}: the standings do not decide which of them earned the invitation.");
                }

                Finish(
                    InvitationOutcome.Undecided,
                    $"{string.Join(" and ", rows.Select(Team))} share {Ordinal(rank)} place in {table.Table.Id}: the standings do not decide who earned the "
                    + "invitation. Give the organiser's decision as input (the other teams declining).");
            }

            private void Finish(InvitationOutcome outcome, string reason)
            {
                ReportNotEligible();
                allocation.Decide(rule, target, outcome, reason);
            }

            /// <summary>Adds the teams above the last one reached that were not eligible, then this rule's report in standings order.</summary>
            private void ReportNotEligible()
            {
                for (var row = 0; row <= lastRow; row++)
                {
                    if (notEligible[row] is { } why)
                    {
                        Consider(row, ConsiderationOutcome.NotEligible, $"{Capital(why)}: not eligible, so not counted for the position.");
                    }
                }

                looked.Sort((a, b) => a.Row.CompareTo(b.Row));
                foreach (var (_, consideration) in looked)
                {
                    allocation.considerations.Add(consideration);
                }

                looked.Clear();
            }

            private void Consider(int row, ConsiderationOutcome outcome, string reason)
                => looked.Add((row, new InvitationConsideration
                {
                    RuleId = rule.Id,
                    Table = table.Table.Id,
                    Rank = Rows[row].Rank,
                    Car = rowEntries[row].Car,
                    Entrant = rowEntries[row].Entrant,
                    Outcome = outcome,
                    Reason = reason,
                }));

            /// <summary>The rounds a team did not contest from the rule's first round, in words, or null when it contested them all.</summary>
            private string? MissedRounds(StandingsRow row)
            {
                if (rule.MustContestFromRound is not { } from)
                {
                    return null;
                }

                List<string>? missed = null;
                for (var r = 0; r < table.Races.Count; r++)
                {
                    var race = allocation.rules.Season.FindRace(table.Races[r]);
                    if (race is null || race.Round < from)
                    {
                        continue;
                    }

                    var status = row.Races[r].Status;
                    if (status is null or ResultStatus.DidNotStart)
                    {
                        missed ??= [];
                        missed.Add($"{(status is null ? "no result in" : "did not start")} round {race.Round} ({race.Name})");
                    }
                }

                return missed is null ? null : string.Join(", ", missed);
            }

            private int GroupStart(int index)
            {
                var rank = Rows[eligible[index]].Rank;
                while (index > 0 && Rows[eligible[index - 1]].Rank == rank)
                {
                    index--;
                }

                return index;
            }

            private int GroupEnd(int index)
            {
                var rank = Rows[eligible[index]].Rank;
                while (index + 1 < eligible.Count && Rows[eligible[index + 1]].Rank == rank)
                {
                    index++;
                }

                return index;
            }

            private string Team(int row) => $"#{rowEntries[row].Car} {rowEntries[row].Entrant}";
        }
    }

    private static CarNumber CarOf(StandingsRow row) => row.Competitor.Cars.IsEmpty ? new CarNumber(row.Competitor.Id) : row.Competitor.Cars[0];

    private static string EveryRound(int from) => from <= 1 ? "every round" : $"every round from round {from}";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
