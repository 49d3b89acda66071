namespace AsLMS.Scoring.Results;

/// <summary>An entry: a car, its entrant (the team), its class and optional sub-classification, and its nominated crew.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Entry
{
    /// <summary>Gets the car's number, which identifies the entry in the season.</summary>
    public required CarNumber Car { get; init; }

    /// <summary>Gets the entrant (team), e.g. <c>"Algarve Pro Racing"</c>.</summary>
    public required string Entrant { get; init; }

    /// <summary>Gets the car's class.</summary>
    public required ClassId Class { get; init; }

    /// <summary>Gets the car's sub-classification inside its class (e.g. LMP2 Am), or null.</summary>
    public ClassId? SubClass { get; init; }

    /// <summary>Gets the nominated crew; a race result may name a different crew for that race.</summary>
    public EquatableArray<DriverId> Crew { get; init; }

    /// <summary>Gets a value indicating whether this is a full-season entry (as opposed to a one-off).</summary>
    public bool FullSeason { get; init; } = true;

    /// <summary>Gets the car (make and model), for display; null if unknown.</summary>
    public string? Vehicle { get; init; }

    /// <summary>Gets the entry as people name it: <c>#4 CrowdStrike Racing by APR</c>.</summary>
    public string DisplayName => $"#{Car} {Entrant}";
}
