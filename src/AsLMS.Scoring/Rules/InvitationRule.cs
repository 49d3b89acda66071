namespace AsLMS.Scoring.Rules;

/// <summary>Which entries count towards an invitation's minimum-entries condition.</summary>
public enum EntryCountBasis
{
    /// <summary>Every entry of the table's classes that started at least one race.</summary>
    ClassEntries,

    /// <summary>Only full-season entries of the table's classes.</summary>
    FullSeasonEntries,
}

/// <summary>
/// What happens to an invitation when the team that earned it declines it, already holds one (given as input, or from an earlier rule
/// of the same rule set, see <see cref="RuleSet.OneInvitationPer"/>), or does not meet the rule's other criteria.
/// </summary>
public enum DeclinedInvitationPolicy
{
    /// <summary>It passes to the next eligible team of the same table, in standings order.</summary>
    PassToNextEligible,

    /// <summary>It lapses.</summary>
    Lapses,
}

/// <summary>Who may hold no more than one invitation from a rule set's invitation rules.</summary>
public enum InvitationHolder
{
    /// <summary>A car: one car takes one grid place, so a car that earns a second invitation keeps the first; a team's other cars may earn their own.</summary>
    Car,

    /// <summary>An entrant: a team keeps the first invitation any of its cars earns.</summary>
    Entrant,
}

/// <summary>
/// A 24 Hours of Le Mans invitation rule: the team in a position of a table earns an invitation for a class at Le Mans, on conditions.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InvitationRule
{
    /// <summary>Gets the rule's identifier, e.g. <c>"lmp2-champion"</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the table (a teams' table) the invitation is earned in.</summary>
    public required TableId Table { get; init; }

    /// <summary>Gets the position in the table that earns it (1 for the champion), counted among the teams eligible under <see cref="MustContestFromRound"/>.</summary>
    public required int Position { get; init; }

    /// <summary>Gets the class the invitation is valid for at Le Mans (the LMP3 champion was invited in LMP2).</summary>
    public required string LeMansClass { get; init; }

    /// <summary>
    /// Gets the first round the team must have contested every round from (1 for every round); null for no condition. A car contested a
    /// race when it is in the race's classification with any status but <see cref="Results.ResultStatus.DidNotStart"/> (a retirement
    /// counts, a car that did not start or has no result does not). Only the races of the table's standings count, so a cancelled race
    /// binds nobody. A team that did not is not eligible: <see cref="Position"/> counts eligible teams only (2014: the best-placed team
    /// that contested every round from round 2).
    /// </summary>
    public int? MustContestFromRound { get; init; }

    /// <summary>Gets the least number of entries the class must have had for the invitation to be given here; null for none.</summary>
    public int? MinimumEntries { get; init; }

    /// <summary>Gets which entries count towards <see cref="MinimumEntries"/>.</summary>
    public EntryCountBasis CountedEntries { get; init; } = EntryCountBasis.ClassEntries;

    /// <summary>Gets where the invitation goes when <see cref="MinimumEntries"/> is not met; null when it then lapses.</summary>
    public InvitationFallback? Fallback { get; init; }

    /// <summary>
    /// Gets a value indicating whether the invitation is also subject to criteria outside the standings (given as input). A team that does
    /// not meet them does not receive it, and <see cref="WhenDeclined"/> says what happens to it.
    /// </summary>
    public bool SubjectToOtherCriteria { get; init; }

    /// <summary>Gets what happens when the team declines the invitation, already holds one, or does not meet the other criteria.</summary>
    public DeclinedInvitationPolicy WhenDeclined { get; init; } = DeclinedInvitationPolicy.PassToNextEligible;

    /// <summary>Gets where the rule comes from.</summary>
    public Provenance? Provenance { get; init; }
}

/// <summary>Where an invitation goes when its class had too few entries (2015-16: the LMP3 invitation fell to GT 2nd).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InvitationFallback
{
    /// <summary>Gets the table the fallback position is in.</summary>
    public required TableId Table { get; init; }

    /// <summary>Gets the position in that table.</summary>
    public required int Position { get; init; }

    /// <summary>Gets the class the invitation is valid for at Le Mans.</summary>
    public required string LeMansClass { get; init; }
}
