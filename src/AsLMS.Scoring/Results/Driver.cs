using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Results;

/// <summary>A driver of a season: identity, nationality and FIA categorisation for the season.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Driver
{
    /// <summary>Gets the driver's identifier, which entries and results use.</summary>
    public required DriverId Id { get; init; }

    /// <summary>Gets the driver's name as published, e.g. <c>"Malthe Jakobsen"</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the nationality as an ISO 3166-1 alpha-3 code (<c>"DNK"</c>), or null if unknown.</summary>
    public string? Nationality { get; init; }

    /// <summary>Gets the FIA categorisation for the season, or null if unknown.</summary>
    public DriverCategory? Category { get; init; }
}
