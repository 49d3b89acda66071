using NodaTime;

namespace AsLMS.Scoring.Generation;

/// <summary>What <see cref="SeasonGenerator"/> generates. The defaults give the demo season: 3 classes, 6 races, 40 cars.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record GeneratorOptions
{
    /// <summary>Gets the options of the demo season.</summary>
    public static GeneratorOptions Demo { get; } = new();

    /// <summary>
    /// Gets the options of a large synthetic season (20 races, 200 cars, 5 classes each with an Am sub-classification, crews of 3),
    /// for benchmarks.
    /// </summary>
    public static GeneratorOptions Large { get; } = new()
    {
        Races = 20,
        Cars = 200,
        Classes = ["Hypercar", "LMP2", "LMP3", "GT3", "GT4"],
        AmSubClasses = true,
        MinimumCrew = 3,
        MaximumCrew = 3,
    };

    /// <summary>Gets the seed: the same seed and options always give the same season.</summary>
    public long Seed { get; init; } = 2025;

    /// <summary>Gets the number of races (each event is a double-header).</summary>
    public int Races { get; init; } = 6;

    /// <summary>Gets the number of cars, spread over the classes.</summary>
    public int Cars { get; init; } = 40;

    /// <summary>Gets the classes, fastest first.</summary>
    public EquatableArray<string> Classes { get; init; } = ["LMP2", "LMP3", "GT"];

    /// <summary>Gets a value indicating whether each class gets an "Am" sub-classification (all-Am crews) with tables of its own.</summary>
    public bool AmSubClasses { get; init; }

    /// <summary>Gets the smallest crew.</summary>
    public int MinimumCrew { get; init; } = 2;

    /// <summary>Gets the largest crew.</summary>
    public int MaximumCrew { get; init; } = 3;

    /// <summary>Gets the scheduled duration of each race.</summary>
    public Duration RaceDuration { get; init; } = Duration.FromHours(4);

    /// <summary>Gets the points for classified cars beyond 10th (0.5 as in the 2021 rules).</summary>
    public Points BeyondScale { get; init; } = Points.Half;

    /// <summary>Gets the minimum drive time for a driver to score, or null for none (the default: not confirmed for the AsLMS).</summary>
    public Duration? MinimumDriveTime { get; init; }
}
