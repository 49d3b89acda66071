using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.Comparison;

/// <summary>
/// Answers "if we had run this season under those rules, who would be champion, who would be invited?": the same results scored
/// under two rule sets, and what changes.
/// </summary>
/// <remarks>
/// <para>Both rule sets score the same results, so their calendars must both hold the results' races. To run last season's results
/// under next season's rules on last season's calendar, give <c>next with { Season = last.Season }</c> as <c>to</c>.</para>
/// <para>Tables are matched by identifier and competitors by <see cref="Competitor.Id"/>; invitation rules by identifier, a rule
/// changing when its outcome, car or Le Mans class does. The results are validated against each rule set
/// (<see cref="SeasonResultsValidator"/>); the failures only one rule set gives are reported, each as often as it differs.</para>
/// <para>Every method is a pure function of its immutable inputs and is thread-safe.</para>
/// </remarks>
public static class RuleChangeImpact
{
    /// <summary>Scores the same results under two rule sets and reports what changes.</summary>
    /// <param name="from">The rules compared from (the rules the season was run under).</param>
    /// <param name="to">The rules compared to (next season's, or a proposal).</param>
    /// <param name="results">The season's results.</param>
    /// <param name="invitationInputs">The teams that decline, already hold an invitation or miss the other criteria, applied under both
    /// rule sets; null for <see cref="InvitationInputs.None"/>.</param>
    /// <returns>The impact; empty when the two rule sets treat these results the same.</returns>
    /// <exception cref="ScoringInputException">The results cannot be scored under one of the rule sets (a race not in its calendar...),
    /// or its invitation rules or the invitation inputs are not valid (see <see cref="InvitationAllocator.Allocate"/>).</exception>
    public static ImpactReport Assess(RuleSet from, RuleSet to, SeasonResults results, InvitationInputs? invitationInputs = null)
    {
        Preconditions.CheckNotNull(from);
        Preconditions.CheckNotNull(to);
        Preconditions.CheckNotNull(results);
        var inputs = invitationInputs ?? InvitationInputs.None;

        var before = StandingsCalculator.Calculate(from, results);
        var after = StandingsCalculator.Calculate(to, results);
        var tables = new List<TableImpact>();
        var added = new List<TableId>();
        foreach (var table in after.Tables)
        {
            var previous = before.Tables.FirstOrDefault(t => t.Table.Id == table.Table.Id);
            if (previous is null)
            {
                added.Add(table.Table.Id);
            }
            else if (Compare(previous, table) is { } impact)
            {
                tables.Add(impact);
            }
        }

        var removed = before.Tables.Where(t => !after.Tables.Any(a => a.Table.Id == t.Table.Id)).Select(t => t.Table.Id);
        var invitations = CompareInvitations(
            from,
            InvitationAllocator.Allocate(from, before, results, inputs),
            to,
            InvitationAllocator.Allocate(to, after, results, inputs));
        var failuresBefore = Failures(from, results);
        var failuresAfter = Failures(to, results);
        return new ImpactReport
        {
            From = from.Label,
            To = to.Label,
            Tables = tables.ToEquatableArray(),
            TablesRemoved = removed.ToEquatableArray(),
            TablesAdded = added.ToEquatableArray(),
            Invitations = invitations,
            NewFailures = Except(failuresAfter, failuresBefore),
            ResolvedFailures = Except(failuresBefore, failuresAfter),
        };
    }

    private static TableImpact? Compare(TableStandings before, TableStandings after)
    {
        var previous = new Dictionary<string, StandingsRow>(StringComparer.Ordinal);
        foreach (var row in before.Rows)
        {
            previous.TryAdd(row.Competitor.Id, row);
        }

        var changes = new List<StandingChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in after.Rows)
        {
            seen.Add(row.Competitor.Id);
            if (!previous.TryGetValue(row.Competitor.Id, out var old))
            {
                changes.Add(new StandingChange { Competitor = row.Competitor, RankAfter = row.Rank, PointsAfter = row.Total });
            }
            else if (old.Rank != row.Rank || old.Total != row.Total)
            {
                changes.Add(new StandingChange { Competitor = row.Competitor, RankBefore = old.Rank, RankAfter = row.Rank, PointsBefore = old.Total, PointsAfter = row.Total });
            }
        }

        foreach (var row in before.Rows)
        {
            if (!seen.Contains(row.Competitor.Id))
            {
                changes.Add(new StandingChange { Competitor = row.Competitor, RankBefore = row.Rank, PointsBefore = row.Total });
            }
        }

        var title = Title(after.Table.Name, before, after);
        if (changes.Count == 0 && title is null)
        {
            return null;
        }

        return new TableImpact
        {
            Table = after.Table.Id,
            Name = after.Table.Name,
            Title = title,
            Changes = changes
                .OrderBy(c => c.RankAfter ?? int.MaxValue)
                .ThenBy(c => c.RankBefore ?? int.MaxValue)
                .ThenBy(c => c.Competitor.Id, StringComparer.Ordinal)
                .ToEquatableArray(),
        };
    }

    private static TitleChange? Title(string table, TableStandings before, TableStandings after)
    {
        var was = before.Rows.Where(r => r.Rank == 1).ToList();
        var now = after.Rows.Where(r => r.Rank == 1).ToList();
        if (was.Select(r => r.Competitor.Id).Order(StringComparer.Ordinal).SequenceEqual(now.Select(r => r.Competitor.Id).Order(StringComparer.Ordinal)))
        {
            return null;
        }

        return new TitleChange
        {
            Before = was.Select(r => r.Competitor).ToEquatableArray(),
            After = now.Select(r => r.Competitor).ToEquatableArray(),
            Description = $"{table} champion: {Champions(was)} -> {Champions(now)}",
        };

        static string Champions(List<StandingsRow> rows)
            => rows.Count == 0 ? "nobody" : string.Join(" and ", rows.Select(r => r.Competitor.Name)) + $" ({RuleText.Points(rows[0].Total)}{(rows.Count > 1 ? ", shared" : string.Empty)})";
    }

    private static EquatableArray<InvitationChange> CompareInvitations(RuleSet from, InvitationList before, RuleSet to, InvitationList after)
    {
        var ids = from.Invitations.Select(r => r.Id).Concat(to.Invitations.Select(r => r.Id)).Distinct(StringComparer.Ordinal);
        var changes = new List<InvitationChange>();
        foreach (var id in ids)
        {
            var was = before.Decisions.FirstOrDefault(d => d.RuleId == id);
            var now = after.Decisions.FirstOrDefault(d => d.RuleId == id);
            if (was?.Outcome == now?.Outcome && was?.Invitation?.Car == now?.Invitation?.Car && was?.Invitation?.LeMansClass == now?.Invitation?.LeMansClass)
            {
                continue;
            }

            changes.Add(new InvitationChange
            {
                RuleId = id,
                OutcomeBefore = was?.Outcome,
                OutcomeAfter = now?.Outcome,
                Before = was?.Invitation,
                After = now?.Invitation,
                Description = $"{id}: {Describe(was)} -> {Describe(now)}",
            });
        }

        return changes.ToEquatableArray();

        static string Describe(InvitationDecision? decision) => decision switch
        {
            null => "no such rule",
            { Invitation: { } invitation } => $"{invitation.Team} ({invitation.LeMansClass} at Le Mans)",
            { Outcome: InvitationOutcome.Undecided } => "undecided (teams share the rank)",
            _ => "lapsed",
        };
    }

    private static List<FailureChange> Failures(RuleSet rules, SeasonResults results)
        => new SeasonResultsValidator(rules).Validate(results).Errors
            .Select(f => new FailureChange { Severity = f.Severity, Code = f.ErrorCode, Property = f.PropertyName, Message = f.ErrorMessage })
            .ToList();

    /// <summary>The failures of the first list not in the second, counted: a failure given twice in the first and once in the second is given once.</summary>
    private static EquatableArray<FailureChange> Except(List<FailureChange> failures, List<FailureChange> others)
    {
        var remaining = new Dictionary<FailureChange, int>();
        foreach (var other in others)
        {
            remaining[other] = remaining.GetValueOrDefault(other) + 1;
        }

        var result = new List<FailureChange>();
        foreach (var failure in failures)
        {
            if (remaining.TryGetValue(failure, out var count) && count > 0)
            {
                remaining[failure] = count - 1;
            }
            else
            {
                result.Add(failure);
            }
        }

        return result.ToEquatableArray();
    }
}
