namespace AsLMS.Scoring.Comparison;

/// <summary>The part of a rule set a <see cref="RuleChange"/> is in.</summary>
public enum RuleArea
{
    /// <summary>The calendar's races: added, removed, or with another round, category, multiplier or scheduled length.</summary>
    Calendar,

    /// <summary>The classes and sub-classifications.</summary>
    Classes,

    /// <summary>The championship tables: who they rank, which classes feed them, which races count.</summary>
    Tables,

    /// <summary>The scoring: scales, points beyond the scale, pole, fastest lap, drive time, shortened races, drops, tie-breaks.</summary>
    Scoring,

    /// <summary>The classification rule (the share of the reference distance, the chequered flag).</summary>
    Classification,

    /// <summary>The crew requirements.</summary>
    CrewRequirements,

    /// <summary>The Le Mans invitation rules, their order, and who may hold only one.</summary>
    Invitations,
}

/// <summary>What happened to the thing a <see cref="RuleChange"/> is about.</summary>
public enum RuleChangeKind
{
    /// <summary>It is only in the second rule set.</summary>
    Added,

    /// <summary>It is only in the first rule set.</summary>
    Removed,

    /// <summary>It is in both, with another value.</summary>
    Changed,
}

/// <summary>
/// One difference between two rule sets: where it is, what it is about, the value before and after in plain words, and a sentence
/// saying it (<c>"Points beyond 10th: 0.5 -> 0"</c>, <c>"Invitation removed: lmp3-champion (1st in LMP3 Teams, LMP2 at Le Mans)"</c>).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RuleChange
{
    /// <summary>Gets the part of the rule set the change is in.</summary>
    public required RuleArea Area { get; init; }

    /// <summary>Gets whether something was added, removed or changed.</summary>
    public required RuleChangeKind Kind { get; init; }

    /// <summary>
    /// Gets what the change is about, by identifier: a race (<c>"R6"</c>), class (<c>"LMP3"</c>), table (<c>"LMP2 Teams"</c>), crew
    /// requirement or invitation rule (<c>"lmp3-champion"</c>); for scoring, <c>"scoring"</c>, <c>"scoring of 8h races"</c> or
    /// <c>"scoring of LMP2 Teams"</c>; for the classification rule, <c>"classification"</c>.
    /// </summary>
    public required string Subject { get; init; }

    /// <summary>Gets the property that changed in plain words (<c>"points beyond 10th"</c>); null when the subject was added or removed.</summary>
    public string? Aspect { get; init; }

    /// <summary>Gets the value in the first rule set in plain words; null when the subject was added.</summary>
    public string? Before { get; init; }

    /// <summary>Gets the value in the second rule set in plain words; null when the subject was removed.</summary>
    public string? After { get; init; }

    /// <summary>Gets the change as a sentence.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the change as a sentence.</summary>
    /// <returns>The <see cref="Description"/>.</returns>
    public override string ToString() => Description;
}

/// <summary>
/// The differences between two rule sets, each a <see cref="RuleChange"/>, made by <see cref="RuleSetDiff.Compare"/>. Empty when the
/// rule sets have the same rules.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RuleSetDifferences
{
    /// <summary>Gets the label of the first rule set (the rules compared from).</summary>
    public required string From { get; init; }

    /// <summary>Gets the label of the second rule set (the rules compared to).</summary>
    public required string To { get; init; }

    /// <summary>Gets the changes, area by area in the order of <see cref="RuleArea"/>, each area in the rule sets' order.</summary>
    public required EquatableArray<RuleChange> Changes { get; init; }

    /// <summary>Gets a value indicating whether the rule sets have the same rules.</summary>
    public bool IsEmpty => Changes.IsEmpty;
}
