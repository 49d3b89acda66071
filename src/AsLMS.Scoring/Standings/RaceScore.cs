using System.Diagnostics.CodeAnalysis;
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
    // The standings hold one race score per row and race: they are most of what a calculation allocates, so they are kept small.
    // Almost every score has at most two sources of points (the scale, and a pole point, a fastest lap or a shared drive): those are
    // kept inline, with their sources in the two halves of `sources` (source + 1; 0 for none), each as a fraction of two 32-bit
    // halves of a long (numerator, denominator - 1), which every championship's points fit. A score with more sources, or with points
    // beyond that, keeps all seven in `all`, indexed by PointsSource. Either way the representation of a value is unique, so equality
    // compares fields. The status and position are kept with a flag each for whether there is one: 48 bytes a score, from 64.
    private const byte HasPosition = 1;
    private const byte IsDropped = 2;
    private const byte IsBelowMinimumDriveTime = 4;
    private const byte HasStatus = 8;

    private readonly long first;
    private readonly long second;
    private readonly Points[]? all;
    private readonly int position;
    private readonly int status;
    private readonly byte sources;
    private readonly byte flags;

    /// <summary>Makes a score from its parts in one step (the calculator makes thousands).</summary>
    /// <param name="race">The race.</param>
    /// <param name="status">The status, or null.</param>
    /// <param name="position">The position, or null.</param>
    /// <param name="parts">The points of each source, indexed by <see cref="PointsSource"/>.</param>
    /// <param name="dropped">Whether the result was dropped.</param>
    /// <param name="belowMinimumDriveTime">Whether the driver drove less than the minimum.</param>
    [SetsRequiredMembers]
    internal RaceScore(RaceId race, ResultStatus? status, int? position, ReadOnlySpan<Points> parts, bool dropped, bool belowMinimumDriveTime)
    {
        Race = race;
        this.status = status is { } s ? (int)s : 0;
        this.position = position ?? 0;
        flags = (byte)((position is null ? 0 : HasPosition) | (status is null ? 0 : HasStatus) | (dropped ? IsDropped : 0)
            | (belowMinimumDriveTime ? IsBelowMinimumDriveTime : 0));
        (first, second, sources, all) = Encode(parts);
    }

    /// <summary>Gets the race.</summary>
    public required RaceId Race { get; init; }

    /// <summary>Gets the best status of the competitor's cars in the race; null when it took no part.</summary>
    public ResultStatus? Status
    {
        get => (flags & HasStatus) != 0 ? (ResultStatus)status : null;
        init => (status, flags) = (value is { } s ? (int)s : 0, With(flags, HasStatus, value is not null));
    }

    /// <summary>Gets the position in the table (the order among the table's eligible cars); null when not classified.</summary>
    public int? Position
    {
        get => (flags & HasPosition) != 0 ? position : null;
        init => (position, flags) = (value ?? 0, With(flags, HasPosition, value is not null));
    }

    /// <summary>Gets the points of the scale for the position.</summary>
    public Points PositionPoints
    {
        get => Get(PointsSource.Position);
        init => (first, second, sources, all) = Set(PointsSource.Position, value);
    }

    /// <summary>Gets the points for a classified car beyond the scale.</summary>
    public Points BeyondScalePoints
    {
        get => Get(PointsSource.BeyondScale);
        init => (first, second, sources, all) = Set(PointsSource.BeyondScale, value);
    }

    /// <summary>Gets the pole points.</summary>
    public Points PolePoints
    {
        get => Get(PointsSource.Pole);
        init => (first, second, sources, all) = Set(PointsSource.Pole, value);
    }

    /// <summary>Gets the fastest-lap points.</summary>
    public Points FastestLapPoints
    {
        get => Get(PointsSource.FastestLap);
        init => (first, second, sources, all) = Set(PointsSource.FastestLap, value);
    }

    /// <summary>Gets the extra points of the race's multiplier.</summary>
    public Points MultiplierPoints
    {
        get => Get(PointsSource.Multiplier);
        init => (first, second, sources, all) = Set(PointsSource.Multiplier, value);
    }

    /// <summary>Gets the shortened-race reduction (zero or negative).</summary>
    public Points ShortenedRacePoints
    {
        get => Get(PointsSource.ShortenedRace);
        init => (first, second, sources, all) = Set(PointsSource.ShortenedRace, value);
    }

    /// <summary>Gets the shared-drive reduction (zero or negative).</summary>
    public Points SharedDrivePoints
    {
        get => Get(PointsSource.SharedDrive);
        init => (first, second, sources, all) = Set(PointsSource.SharedDrive, value);
    }

    /// <summary>Gets a value indicating whether this result was dropped under the drop rule and does not count.</summary>
    public bool Dropped
    {
        get => (flags & IsDropped) != 0;
        init => flags = With(flags, IsDropped, value);
    }

    /// <summary>Gets a value indicating whether the driver drove less than the minimum drive time and so scored nothing.</summary>
    public bool BelowMinimumDriveTime
    {
        get => (flags & IsBelowMinimumDriveTime) != 0;
        init => flags = With(flags, IsBelowMinimumDriveTime, value);
    }

    /// <summary>Gets the race's points: the sum of every source, whether or not the result was dropped.</summary>
    public Points Points
    {
        get
        {
            if (all is null)
            {
                return Unpack(first) + Unpack(second);
            }

            var sum = Scoring.Points.Zero;
            foreach (var part in all)
            {
                sum += part;
            }

            return sum;
        }
    }

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

    /// <inheritdoc/>
    public bool Equals(RaceScore other)
        => Race == other.Race && status == other.status && position == other.position && flags == other.flags && sources == other.sources
            && first == other.first && second == other.second
            && (all is null ? other.all is null : other.all is not null && all.AsSpan().SequenceEqual(other.all));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Race);
        hash.Add(status);
        hash.Add(position);
        hash.Add(flags);
        hash.Add(Points);
        return hash.ToHashCode();
    }

    private static byte With(byte flags, byte flag, bool on) => (byte)(on ? flags | flag : flags & ~flag);

    /// <summary>Keeps up to two non-zero parts inline (in source order), else all seven.</summary>
    private static (long First, long Second, byte Sources, Points[]? All) Encode(ReadOnlySpan<Points> parts)
    {
        int a = -1, b = -1;
        long packedA = 0, packedB = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].IsZero)
            {
                continue;
            }

            if (a < 0 && TryPack(parts[i], out packedA))
            {
                a = i;
            }
            else if (a >= 0 && b < 0 && TryPack(parts[i], out packedB))
            {
                b = i;
            }
            else
            {
                return (0, 0, 0, parts.ToArray());
            }
        }

        return (packedA, packedB, (byte)((a + 1) | ((b + 1) << 4)), null);
    }

    /// <summary>Packs points whose numerator and denominator - 1 fit 32 bits into one long (zero packs to 0).</summary>
    private static bool TryPack(Points points, out long packed)
    {
        var numerator = points.Numerator;
        var denominatorMinusOne = points.Denominator - 1;
        if (numerator is < int.MinValue or > int.MaxValue || denominatorMinusOne > int.MaxValue)
        {
            packed = 0;
            return false;
        }

        packed = (numerator << 32) | denominatorMinusOne;
        return true;
    }

    private static Points Unpack(long packed) => Scoring.Points.Create(packed >> 32, (packed & 0xFFFF_FFFF) + 1);

    private Points Get(PointsSource source)
    {
        if (all is not null)
        {
            return all[(int)source];
        }

        var code = (int)source + 1;
        return (sources & 0xF) == code ? Unpack(first) : (sources >> 4) == code ? Unpack(second) : default;
    }

    private (long First, long Second, byte Sources, Points[]? All) Set(PointsSource source, Points value)
    {
        Span<Points> parts = stackalloc Points[7];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Get((PointsSource)i);
        }

        parts[(int)source] = value;
        return Encode(parts);
    }
}
