using AsLMS.Scoring.Results;
using NodaTime;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>The kind of Al Kamel file, told apart by its header.</summary>
public enum AlKamelFormat
{
    /// <summary>A race classification: one row per car (<c>POSITION;NUMBER;TEAM;DRIVER_1;...;STATUS;LAPS;TOTAL_TIME;...</c>).</summary>
    Classification,

    /// <summary>A lap-by-lap analysis: one row per lap of every car (<c>NUMBER;DRIVER_NUMBER;LAP_NUMBER;LAP_TIME;...;ELAPSED;...</c>).</summary>
    LapAnalysis,
}

/// <summary>
/// What one Al Kamel file says about a race: its classification as a <see cref="RaceResult"/>, and the entries and drivers it
/// reveals (car number, team, class, vehicle, crew, driver names), from which a <see cref="SeasonResults"/> is built
/// (see <see cref="SeasonImport"/>), plus timing details the results model does not carry.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ImportedRace
{
    /// <summary>Gets the file the race was read from (its path, or the name the caller gave), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the kind of file it was.</summary>
    public required AlKamelFormat Format { get; init; }

    /// <summary>
    /// Gets the race's classification: every car in overall order (classified cars with their position), laps, status, total
    /// time, crew (with drive times from a lap analysis), each class's fastest lap, and the winner's time as the running time.
    /// Poles and post-race decisions are not in the files: they come from entry data (<see cref="EntryData"/>).
    /// </summary>
    public required RaceResult Result { get; init; }

    /// <summary>Gets one entry per car, in overall order, with the crew seen in the file.</summary>
    public required EquatableArray<Entry> Entries { get; init; }

    /// <summary>Gets every driver named in the file, identified by <see cref="AlKamelReader.DriverIdOf(string)"/>.</summary>
    public required EquatableArray<Driver> Drivers { get; init; }

    /// <summary>Gets each car's timing details, in overall order.</summary>
    public required EquatableArray<CarTiming> Timing { get; init; }
}

/// <summary>One car's timing details from an Al Kamel file; what a format does not show is null.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CarTiming
{
    /// <summary>Gets the car.</summary>
    public required CarNumber Car { get; init; }

    /// <summary>Gets the car's class as the file writes it.</summary>
    public required ClassId Class { get; init; }

    /// <summary>Gets the car's position among the classified cars of its class, or null when it is not classified.</summary>
    public int? ClassPosition { get; init; }

    /// <summary>Gets the car's best lap time, or null when it set none.</summary>
    public Duration? BestLap { get; init; }

    /// <summary>Gets the lap on which the best lap was set, or null.</summary>
    public int? BestLapNumber { get; init; }

    /// <summary>Gets who drove the best lap (lap analysis only), or null.</summary>
    public DriverId? BestLapDriver { get; init; }

    /// <summary>Gets the number of pit stops (laps with a pit time; lap analysis only), or null.</summary>
    public int? PitStops { get; init; }

    /// <summary>Gets the total time spent in the pit lane (the sum of PIT_TIME; lap analysis only), or null.</summary>
    public Duration? PitTime { get; init; }

    /// <summary>Gets whether the car took the chequered flag (lap analysis only), or null.</summary>
    public bool? TookChequeredFlag { get; init; }
}
