using AsLMS.Scoring.Rules;
using NodaTime;

namespace AsLMS.Scoring.Validation;

/// <summary>What validation needs beyond the rule set and the results: how to place a nationality in a region, and how long a car may run after the race time.</summary>
/// <remarks>This type is immutable and thread-safe (as long as <see cref="RegionOf"/> is).</remarks>
public sealed record ValidationOptions
{
    /// <summary>Gets the default options.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>
    /// Gets the region of a nationality (an ISO 3166-1 alpha-3 code such as <c>"JPN"</c>), or null when it is not known; used by
    /// crew requirements on regions (one Asian or Oceanian driver). A driver whose region is not known never counts towards such
    /// a requirement. The default is <see cref="Countries.RegionOf(string?)"/>: every ISO 3166-1 country by its UN M49 region, and
    /// the IOC-style aliases the sources use (<c>GER</c>, <c>TAI</c>).
    /// </summary>
    public Func<string, WorldRegion?> RegionOf { get; init; } = Countries.RegionOf;

    /// <summary>
    /// Gets how much longer than the race's running time (or scheduled duration) a car's drive times may add up to when the car's
    /// own total time is not given: the flag falls at the end of the time, then every car completes the lap it is on. Default 15
    /// minutes, more than a slow car's last lap at any circuit of the ACO series.
    /// </summary>
    public Duration FinishAllowance { get; init; } = Duration.FromMinutes(15);
}
