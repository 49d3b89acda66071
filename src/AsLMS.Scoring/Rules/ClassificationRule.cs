namespace AsLMS.Scoring.Rules;

/// <summary>Whose distance a car's distance is measured against to be classified.</summary>
public enum ClassificationReference
{
    /// <summary>The winner of the car's class (the usual ELMS and AsLMS practice).</summary>
    ClassWinner,

    /// <summary>The overall winner (the WEC rule).</summary>
    OverallWinner,
}

/// <summary>
/// When a car that is running at the end is classified: a share of the reference distance and, optionally, taking the chequered flag.
/// Used to derive statuses from raw timing (lap files) and to check given statuses; the calculator scores the statuses it is given.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ClassificationRule
{
    /// <summary>Gets the usual rule: 70 % of the class winner's laps, no need to take the flag.</summary>
    public static ClassificationRule Default { get; } = new() { MinimumShare = Ratio.FromPercent(70) };

    /// <summary>Gets the share of the reference laps a car must complete; null for no distance condition.</summary>
    public Ratio? MinimumShare { get; init; }

    /// <summary>Gets whose laps are the reference.</summary>
    public ClassificationReference Reference { get; init; } = ClassificationReference.ClassWinner;

    /// <summary>Gets a value indicating whether a car must take the chequered flag to be classified.</summary>
    public bool MustTakeChequeredFlag { get; init; }

    /// <summary>Gets where the rule comes from.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Tells whether a car meets the rule.</summary>
    /// <param name="laps">The car's laps.</param>
    /// <param name="referenceLaps">The reference laps (class or overall winner).</param>
    /// <param name="tookChequeredFlag">Whether the car took the flag.</param>
    /// <returns>True if the car is classified.</returns>
    public bool IsMetBy(int laps, int referenceLaps, bool tookChequeredFlag)
        => (!MustTakeChequeredFlag || tookChequeredFlag)
            && (MinimumShare is not { } share || share.IsReachedBy(laps, referenceLaps));
}
