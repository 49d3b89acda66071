namespace AsLMS.Scoring.Contention;

/// <summary>How the remaining races are simulated: how many times, from which seed, on how many cores, with which odds.</summary>
/// <remarks>
/// <para>This type is immutable and thread-safe (as long as <see cref="Model"/> is).</para>
/// <para>The result depends on the inputs, <see cref="Simulations"/>, <see cref="Seed"/> and <see cref="Model"/> only: the simulations
/// are cut into fixed blocks of <see cref="BlockSize"/>, each with its own seed derived from <see cref="Seed"/>, and the blocks'
/// integer counts are added, so any number of cores gives the same figures.</para>
/// </remarks>
public sealed record SimulationOptions
{
    /// <summary>The number of simulations in a block: the unit of work, each with its own random stream.</summary>
    public const int BlockSize = 1024;

    /// <summary>Gets the default options: 10,000 simulations from seed 1 on every core, with <see cref="SeasonFormOdds"/>.</summary>
    public static SimulationOptions Default { get; } = new();

    /// <summary>Gets the number of simulated completions of the season.</summary>
    public int Simulations { get; init; } = 10_000;

    /// <summary>Gets the master seed.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Gets the most cores to use, or null for all of them.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>Gets the finishing odds, or null for <see cref="SeasonFormOdds.Default"/>.</summary>
    public IFinishingOddsModel? Model { get; init; }
}
