using NodaTime;

namespace AsLMS.Scoring.Results;

/// <summary>Whether a classification may still change.</summary>
public enum ClassificationState
{
    /// <summary>Final: after post-race decisions.</summary>
    Final,

    /// <summary>Provisional: post-race decisions may still change it.</summary>
    Provisional,
}

/// <summary>
/// One race's classification: every car's overall finishing position, laps and status, each crew member's drive time, pole
/// position per class, fastest laps, and post-race adjustments.
/// </summary>
/// <remarks>
/// <para>This type is immutable and thread-safe.</para>
/// <para>Rows may be in any order: the order is given by <see cref="CarResult.Position"/>. Adjustments are applied to this
/// classification by the calculator, so give the classification as it stood before them (or give the final classification
/// and no adjustments): each penalty is applied exactly once.</para>
/// </remarks>
public sealed record RaceResult
{
    /// <summary>Gets the race of the calendar this is the result of.</summary>
    public required RaceId Race { get; init; }

    /// <summary>Gets every car's result.</summary>
    public required EquatableArray<CarResult> Cars { get; init; }

    /// <summary>Gets the pole sitter of each class (and, where set, each sub-classification).</summary>
    public EquatableArray<ClassPole> Poles { get; init; }

    /// <summary>Gets the fastest laps: one per class, or several when laps were equal (the points are then shared).</summary>
    public EquatableArray<FastestLap> FastestLaps { get; init; }

    /// <summary>Gets the post-race adjustments: penalties, exclusions, deductions.</summary>
    public EquatableArray<Adjustment> Adjustments { get; init; }

    /// <summary>Gets the laps completed by the leader, when the race may have been shortened (for distance-based reductions).</summary>
    public int? LeaderLaps { get; init; }

    /// <summary>Gets the race's actual running time, when the race may have been shortened (for time-based reductions).</summary>
    public Duration? RunningTime { get; init; }

    /// <summary>
    /// Gets a value indicating whether the race was suspended and not resumed, its result taken at an earlier lap (as opposed to
    /// running its distance or reaching its time limit). Shortened-race rules with <see cref="Rules.ShortenedRaceRule.OnlyIfSuspended"/> need it.
    /// </summary>
    public bool Suspended { get; init; }

    /// <summary>Gets whether the classification is final or provisional.</summary>
    public ClassificationState State { get; init; } = ClassificationState.Final;
}

/// <summary>A car's status at the end of a race.</summary>
public enum ResultStatus
{
    /// <summary>Classified: the car has a finishing position and scores.</summary>
    Classified,

    /// <summary>Running at the end but not classified (too little distance, or not taking the flag).</summary>
    NotClassified,

    /// <summary>Retired.</summary>
    Retired,

    /// <summary>Disqualified.</summary>
    Disqualified,

    /// <summary>Did not start.</summary>
    DidNotStart,

    /// <summary>Excluded from the race's results.</summary>
    Excluded,
}

/// <summary>One car's result in a race.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CarResult
{
    /// <summary>Gets the car.</summary>
    public required CarNumber Car { get; init; }

    /// <summary>Gets the overall finishing position (1-based) of a classified car; null for the others.</summary>
    public int? Position { get; init; }

    /// <summary>Gets the status.</summary>
    public required ResultStatus Status { get; init; }

    /// <summary>Gets the laps completed.</summary>
    public int Laps { get; init; }

    /// <summary>Gets the total race time, when known.</summary>
    public Duration? TotalTime { get; init; }

    /// <summary>Gets the crew in this race with each driver's drive time; empty to use the entry's nominated crew (drive times unknown).</summary>
    public EquatableArray<DriveTime> Drivers { get; init; }
}

/// <summary>A crew member of a car in a race and the time they drove.</summary>
/// <param name="Driver">The driver.</param>
/// <param name="Time">The time driven, or null if unknown (the minimum drive time is then taken as met).</param>
public readonly record struct DriveTime(DriverId Driver, Duration? Time);

/// <summary>The pole sitter of a class in a race.</summary>
/// <param name="Class">The class or sub-classification.</param>
/// <param name="Car">The car on pole.</param>
public readonly record struct ClassPole(ClassId Class, CarNumber Car);

/// <summary>A fastest lap of a race.</summary>
/// <param name="Class">The class it is the fastest of, or null for the whole race.</param>
/// <param name="Car">The car.</param>
/// <param name="Driver">The driver who set it, or null to credit the car's crew.</param>
public readonly record struct FastestLap(ClassId? Class, CarNumber Car, DriverId? Driver);
