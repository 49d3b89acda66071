using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Standings;
using FluentValidation;

namespace AsLMS.Scoring.Comparison;

/// <summary>
/// What a change of rules does to one season's results, made by <see cref="RuleChangeImpact.Assess"/>: per table, who moves and by how
/// much, points and title changes; the invitations that change hands; and the validation failures the results gain or lose (an entry
/// whose crew no longer meets the crew requirements). Empty when nothing changes.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ImpactReport
{
    /// <summary>Gets the label of the rules compared from.</summary>
    public required string From { get; init; }

    /// <summary>Gets the label of the rules compared to.</summary>
    public required string To { get; init; }

    /// <summary>Gets the tables both rule sets have whose standings change, in the order of the second rule set.</summary>
    public required EquatableArray<TableImpact> Tables { get; init; }

    /// <summary>Gets the tables only the first rule set has (their standings are no longer calculated).</summary>
    public EquatableArray<TableId> TablesRemoved { get; init; }

    /// <summary>Gets the tables only the second rule set has (their standings are new).</summary>
    public EquatableArray<TableId> TablesAdded { get; init; }

    /// <summary>Gets the invitation rules whose outcome changes, in the order of the first rule set, then rules only the second has.</summary>
    public EquatableArray<InvitationChange> Invitations { get; init; }

    /// <summary>
    /// Gets the validation failures of the results under the second rule set that they do not have under the first: entries that
    /// become invalid (a crew that no longer meets the crew requirements), results that no longer fit the classes or calendar.
    /// </summary>
    public EquatableArray<FailureChange> NewFailures { get; init; }

    /// <summary>Gets the validation failures of the results under the first rule set that they no longer have under the second.</summary>
    public EquatableArray<FailureChange> ResolvedFailures { get; init; }

    /// <summary>Gets a value indicating whether the change of rules changes nothing for these results.</summary>
    public bool IsEmpty => Tables.IsEmpty && TablesRemoved.IsEmpty && TablesAdded.IsEmpty && Invitations.IsEmpty && NewFailures.IsEmpty && ResolvedFailures.IsEmpty;
}

/// <summary>How one table's standings change: the title, and every competitor whose rank or points change.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TableImpact
{
    /// <summary>Gets the table.</summary>
    public required TableId Table { get; init; }

    /// <summary>Gets the table's name in the second rule set.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the change of champion, or null when the title does not change hands.</summary>
    public TitleChange? Title { get; init; }

    /// <summary>Gets every competitor whose rank or points change, or who is ranked under only one of the rule sets, best new rank first.</summary>
    public required EquatableArray<StandingChange> Changes { get; init; }
}

/// <summary>A title that changes hands: the competitors ranked first before and after (more than one when they share the rank).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TitleChange
{
    /// <summary>Gets the champions under the first rule set; empty when nobody was ranked.</summary>
    public required EquatableArray<Competitor> Before { get; init; }

    /// <summary>Gets the champions under the second rule set; empty when nobody is ranked.</summary>
    public required EquatableArray<Competitor> After { get; init; }

    /// <summary>Gets the change as a sentence: <c>"Champion: #4 Phoenix Racing (93) -> #7 Dragon Motorsport (94)"</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the change as a sentence.</summary>
    /// <returns>The <see cref="Description"/>.</returns>
    public override string ToString() => Description;
}

/// <summary>A competitor whose place in a table changes: rank and points under each rule set.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record StandingChange
{
    /// <summary>Gets the competitor (as the second rule set's standings name it, else the first's).</summary>
    public required Competitor Competitor { get; init; }

    /// <summary>Gets the rank under the first rule set; null when the competitor was not ranked.</summary>
    public int? RankBefore { get; init; }

    /// <summary>Gets the rank under the second rule set; null when the competitor is not ranked.</summary>
    public int? RankAfter { get; init; }

    /// <summary>Gets the points under the first rule set; null when the competitor was not ranked.</summary>
    public Points? PointsBefore { get; init; }

    /// <summary>Gets the points under the second rule set; null when the competitor is not ranked.</summary>
    public Points? PointsAfter { get; init; }

    /// <summary>Gets the places gained (negative: lost); null when ranked under only one rule set.</summary>
    public int? PlacesGained => RankBefore is { } before && RankAfter is { } after ? before - after : null;

    /// <summary>Gets the points gained (negative: lost); null when ranked under only one rule set.</summary>
    public Points? PointsGained => PointsBefore is { } before && PointsAfter is { } after ? after - before : null;
}

/// <summary>An invitation rule whose outcome changes: who received it (or what became of it) before and after.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InvitationChange
{
    /// <summary>Gets the invitation rule's identifier.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets what became of the rule under the first rule set; null when it has no such rule.</summary>
    public InvitationOutcome? OutcomeBefore { get; init; }

    /// <summary>Gets what becomes of the rule under the second rule set; null when it has no such rule.</summary>
    public InvitationOutcome? OutcomeAfter { get; init; }

    /// <summary>Gets the invitation given under the first rule set, if any.</summary>
    public Invitation? Before { get; init; }

    /// <summary>Gets the invitation given under the second rule set, if any.</summary>
    public Invitation? After { get; init; }

    /// <summary>Gets the change as a sentence: <c>"lmp2-champion: #4 Phoenix Racing (LMP2) -> #7 Dragon Motorsport (LMP2)"</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the change as a sentence.</summary>
    /// <returns>The <see cref="Description"/>.</returns>
    public override string ToString() => Description;
}

/// <summary>A validation failure of the results under one rule set and not the other (see <see cref="Validation.SeasonValidation"/>).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FailureChange
{
    /// <summary>Gets the severity.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Gets the error code (see <see cref="Validation.ErrorCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>Gets the property path: <c>Entries[#4].Crew</c>.</summary>
    public required string Property { get; init; }

    /// <summary>Gets the message, naming the entry, race and rule.</summary>
    public required string Message { get; init; }

    /// <summary>Formats the failure as validation reports do: <c>Warning CrewRequirementNotMet Entries[#4].Crew: ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Severity} {Code} {Property}: {Message}";
}
