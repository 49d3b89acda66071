using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Standings;

/// <summary>Who a standings row is for: a driver, a car or an entrant.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Competitor
{
    /// <summary>Gets what kind of competitor this is.</summary>
    public required CompetitorKind Kind { get; init; }

    /// <summary>Gets the identifier: the driver's id, the car number, or the entrant's name.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the name to display: the driver's name, <c>#4 CrowdStrike Racing by APR</c>, or the entrant.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the cars this competitor's results were scored in.</summary>
    public EquatableArray<CarNumber> Cars { get; init; }

    /// <summary>Gets the name to display.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
