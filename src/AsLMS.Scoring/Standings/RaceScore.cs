using AsLMS.Scoring.Results;

namespace AsLMS.Scoring.Standings;

/// <summary>Where a part of a race score comes from.</summary>
public enum PointsSource
{
    /// <summary>The points scale, for a position in the table.</summary>
    Position,

    /// <summary>The points for a classified car beyond the end of the scale.</summary>
    BeyondScale,

    /// <summary>Pole position in the class.</summary>
    Pole,

    /// <summary>The fastest lap.</summary>
    FastestLap,

    /// <summary>The extra points of a race multiplier (double points).</summary>
    Multiplier,

    /// <summary>The reduction for a race stopped early (negative).</summary>
    ShortenedRace,

    /// <summary>The part of a shared car's points that went to its other drivers (negative).</summary>
    SharedDrive,
}

/// <summary>One part of a race score and where it comes from.</summary>
/// <param name="Source">Where the points come from.</param>
/// <param name="Points">The points (negative for reductions).</param>
public readonly record struct PointsAward(PointsSource Source, Points Points);

/// <summary>
/// A competitor's score in one race of a table: status, position in the table, the points with their sources, and whether
/// the result was dropped. <see cref="Points"/> is the sum of the sources.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct RaceScore
{
    /// <summary>Gets the race.</summary>
    public required RaceId Race { get; init; }

    /// <summary>Gets the best status of the competitor's cars in the race; null when it took no part.</summary>
    public ResultStatus? Status { get; init; }

    /// <summary>Gets the position in the table (the order among the table's eligible cars); null when not classified.</summary>
    public int? Position { get; init; }

    /// <summary>Gets the points of the scale for the position.</summary>
    public Points PositionPoints { get; init; }

    /// <summary>Gets the points for a classified car beyond the scale.</summary>
    public Points BeyondScalePoints { get; init; }

    /// <summary>Gets the pole points.</summary>
    public Points PolePoints { get; init; }

    /// <summary>Gets the fastest-lap points.</summary>
    public Points FastestLapPoints { get; init; }

    /// <summary>Gets the extra points of the race's multiplier.</summary>
    public Points MultiplierPoints { get; init; }

    /// <summary>Gets the shortened-race reduction (zero or negative).</summary>
    public Points ShortenedRacePoints { get; init; }

    /// <summary>Gets the shared-drive reduction (zero or negative).</summary>
    public Points SharedDrivePoints { get; init; }

    /// <summary>Gets a value indicating whether this result was dropped under the drop rule and does not count.</summary>
    public bool Dropped { get; init; }

    /// <summary>Gets a value indicating whether the driver drove less than the minimum drive time and so scored nothing.</summary>
    public bool BelowMinimumDriveTime { get; init; }

    /// <summary>Gets the race's points: the sum of every source, whether or not the result was dropped.</summary>
    public Points Points => PositionPoints + BeyondScalePoints + PolePoints + FastestLapPoints + MultiplierPoints + ShortenedRacePoints + SharedDrivePoints;

    /// <summary>Gets the points this race adds to the total: <see cref="Points"/>, or zero when dropped.</summary>
    public Points CountedPoints => Dropped ? Scoring.Points.Zero : Points;

    /// <summary>Gets a value indicating whether the competitor took part in the race (or scored in it, such as a pole point).</summary>
    public bool TookPart => Status is not null || !Points.IsZero;

    /// <summary>Lists the non-zero sources of the race's points.</summary>
    /// <returns>The awards.</returns>
    public EquatableArray<PointsAward> Awards()
    {
        Span<PointsAward> buffer = stackalloc PointsAward[7];
        var count = 0;
        Add(buffer, ref count, PointsSource.Position, PositionPoints);
        Add(buffer, ref count, PointsSource.BeyondScale, BeyondScalePoints);
        Add(buffer, ref count, PointsSource.Multiplier, MultiplierPoints);
        Add(buffer, ref count, PointsSource.ShortenedRace, ShortenedRacePoints);
        Add(buffer, ref count, PointsSource.Pole, PolePoints);
        Add(buffer, ref count, PointsSource.FastestLap, FastestLapPoints);
        Add(buffer, ref count, PointsSource.SharedDrive, SharedDrivePoints);
        return EquatableArray.Create<PointsAward>(buffer[..count]);

        static void Add(Span<PointsAward> buffer, ref int count, PointsSource source, Points points)
        {
            if (!points.IsZero)
            {
                buffer[count++] = new PointsAward(source, points);
            }
        }
    }
}
