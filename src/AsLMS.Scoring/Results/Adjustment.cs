using NodaTime;

namespace AsLMS.Scoring.Results;

/// <summary>
/// A decision applied to results: a points deduction, a post-race penalty, an exclusion. Race adjustments belong to a
/// <see cref="RaceResult"/>; season adjustments (<see cref="ChampionshipExclusion"/>, deductions not tied to a race) to
/// <see cref="SeasonResults"/>.
/// </summary>
/// <remarks>Every adjustment type is immutable and thread-safe.</remarks>
public abstract record Adjustment
{
    private protected Adjustment()
    {
    }

    /// <summary>Gets the reason, as published (e.g. <c>"Technical infringement, stewards' decision 12"</c>).</summary>
    public string? Reason { get; init; }
}

/// <summary>Points taken from a car, and from its drivers unless one driver is named.</summary>
/// <remarks>Deductions are never dropped: they count in full whatever the drop rule.</remarks>
public sealed record PointsDeduction : Adjustment
{
    /// <summary>Gets the car.</summary>
    public required CarNumber Car { get; init; }

    /// <summary>Gets the points taken (a positive number).</summary>
    public required Points Points { get; init; }

    /// <summary>Gets the one driver penalised, or null for the car in every table and each of its drivers in this race.</summary>
    public DriverId? Driver { get; init; }

    /// <summary>Gets the one table the deduction applies to, or null for every table.</summary>
    public TableId? Table { get; init; }
}

/// <summary>A post-race time penalty: the time is added to the car's total time and the classified cars re-ordered by laps, then time.</summary>
public sealed record TimePenalty : Adjustment
{
    /// <summary>Gets the car.</summary>
    public required CarNumber Car { get; init; }

    /// <summary>Gets the time added.</summary>
    public required Duration Time { get; init; }
}

/// <summary>A post-race penalty of places: the car drops that many places among the classified cars.</summary>
public sealed record PositionPenalty : Adjustment
{
    /// <summary>Gets the car.</summary>
    public required CarNumber Car { get; init; }

    /// <summary>Gets the number of places lost.</summary>
    public required int Places { get; init; }
}

/// <summary>A car excluded from a race's results after the fact: it scores nothing and the cars behind move up.</summary>
public sealed record RaceExclusion : Adjustment
{
    /// <summary>Gets the car.</summary>
    public required CarNumber Car { get; init; }
}

/// <summary>
/// A car or a driver excluded from a championship: it scores nothing and disappears from the table(s), but its race results
/// stand, so nobody moves up (as with Formula One 1997). Given in a race's adjustments instead of the season's, it applies to that
/// race only: the car or driver keeps its place in the classification and in the table but scores nothing in that race (a car not
/// eligible for points, points withheld after a race).
/// </summary>
public sealed record ChampionshipExclusion : Adjustment
{
    /// <summary>Gets the car excluded, or null when a driver is.</summary>
    public CarNumber? Car { get; init; }

    /// <summary>Gets the driver excluded, or null when a car is.</summary>
    public DriverId? Driver { get; init; }

    /// <summary>Gets the one table it applies to, or null for every table.</summary>
    public TableId? Table { get; init; }
}
