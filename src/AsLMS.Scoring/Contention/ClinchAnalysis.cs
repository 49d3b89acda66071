using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// What the leader of a table needs in the next race to be sure of the title: for each result it could have (a position, or not
/// classified; with or without the pole), whether that clinches it outright, only if given rivals finish low enough, or not at all.
/// </summary>
/// <remarks>
/// <para>This type is immutable and thread-safe.</para>
/// <para>Exact under the analysis's assumptions: the leader is sure of the title exactly when no rival, on its own, can still finish
/// ahead of it, and each rival's chance depends only on its own result and the leader's. Fastest-lap points, where the rules have
/// them, are taken to go to the rival.</para>
/// </remarks>
public sealed record ClinchAnalysis
{
    /// <summary>Gets the leader after the round analysed.</summary>
    public required Competitor Leader { get; init; }

    /// <summary>Gets the next race of the table, or null when no race remains.</summary>
    public RaceId? NextRace { get; init; }

    /// <summary>Gets a value indicating whether the leader is already sure of the title.</summary>
    public required bool Clinched { get; init; }

    /// <summary>Gets, for each result the leader could have in the next race, what it means for the title.</summary>
    public EquatableArray<ClinchOption> Options { get; init; }

    /// <summary>Gets the answer in plain words, e.g. <c>"#57 is champion after R5 with P1-P3; with P4 if #2 finishes behind it"</c>.</summary>
    public required string Summary { get; init; }
}

/// <summary>What one result of the leader in the next race means for the title.</summary>
public enum ClinchOutcome
{
    /// <summary>The leader is champion whatever the others do.</summary>
    Clinches,

    /// <summary>The leader is champion if each rival listed avoids the positions given.</summary>
    ClinchesIf,

    /// <summary>The leader cannot be sure of the title after the race.</summary>
    CannotClinch,
}

/// <summary>One result the leader could have in the next race, and what it means for the title.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ClinchOption
{
    /// <summary>Gets the leader's position in the table in the race, or null for not classified.</summary>
    public int? LeaderPosition { get; init; }

    /// <summary>Gets a value indicating whether the leader takes the pole.</summary>
    public bool LeaderPole { get; init; }

    /// <summary>Gets what the result means for the title.</summary>
    public required ClinchOutcome Outcome { get; init; }

    /// <summary>Gets, for <see cref="ClinchOutcome.ClinchesIf"/>, the rivals that must avoid given positions.</summary>
    public EquatableArray<RivalCondition> Conditions { get; init; }
}

/// <summary>A rival that could still beat the leader, and the results it must not have in the next race for the leader to clinch.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RivalCondition
{
    /// <summary>Gets the rival.</summary>
    public required Competitor Rival { get; init; }

    /// <summary>Gets the positions that keep the rival in the fight when it does not take the pole (ascending).</summary>
    public required EquatableArray<int> Positions { get; init; }

    /// <summary>Gets the positions that keep the rival in the fight when it takes the pole (ascending; a superset of <see cref="Positions"/>).</summary>
    public required EquatableArray<int> PositionsWithPole { get; init; }

    /// <summary>Gets a value indicating whether the pole alone keeps the rival in the fight, even if it is not classified.</summary>
    public bool NotClassifiedWithPole { get; init; }

    /// <summary>Tells whether a result of the rival in the next race keeps it in the fight.</summary>
    /// <param name="position">Its position in the table, or null for not classified.</param>
    /// <param name="pole">Whether it takes the pole.</param>
    /// <returns>True if the leader cannot be sure of the title after that result.</returns>
    public bool KeepsInFight(int? position, bool pole)
        => position is { } p ? (pole ? PositionsWithPole : Positions).Contains(p) : pole && NotClassifiedWithPole;

    /// <summary>Gets the condition in plain words, e.g. <c>"#2 finishes 4th or lower"</c>.</summary>
    public required string Description { get; init; }
}
