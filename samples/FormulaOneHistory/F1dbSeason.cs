using System.Globalization;
using System.Text.Json;
using AsLMS.Scoring;

namespace FormulaOneHistory;

/// <summary>
/// One Formula One season as exported from f1db (https://github.com/f1db/f1db, data CC BY 4.0): the races with their results,
/// sprint results and fastest laps, and the published final drivers' and constructors' tables. Read as published; nothing is
/// derived here.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record F1dbSeason
{
    /// <summary>Gets the championship year.</summary>
    public required int Year { get; init; }

    /// <summary>Gets the races in round order.</summary>
    public required EquatableArray<F1dbRace> Races { get; init; }

    /// <summary>Gets the published final drivers' table.</summary>
    public required EquatableArray<F1dbStanding> DriverStandings { get; init; }

    /// <summary>Gets the published final constructors' table (empty before 1958).</summary>
    public required EquatableArray<F1dbStanding> ConstructorStandings { get; init; }

    /// <summary>Reads a season file.</summary>
    /// <param name="path">The path of a season file (<c>1950.json</c>).</param>
    /// <returns>The season.</returns>
    /// <exception cref="InvalidDataException">The file is not an f1db season export.</exception>
    public static F1dbSeason Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        try
        {
            return Parse(document.RootElement);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"'{path}' is not an f1db season export: {e.Message}", e);
        }
    }

    /// <summary>Reads a season from its JSON text.</summary>
    /// <param name="json">The text of a season file.</param>
    /// <returns>The season.</returns>
    /// <exception cref="InvalidDataException">The text is not an f1db season export.</exception>
    public static F1dbSeason Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        try
        {
            return Parse(document.RootElement);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"The text is not an f1db season export: {e.Message}", e);
        }
    }

    private static F1dbSeason Parse(JsonElement root) => new()
    {
        Year = root.GetProperty("season").GetInt32(),
        Races = root.GetProperty("races").EnumerateArray().Select(ParseRace).OrderBy(r => r.Round).ToEquatableArray(),
        DriverStandings = root.GetProperty("driverStandings").EnumerateArray().Select(s => ParseStanding(s, "driverId")).ToEquatableArray(),
        ConstructorStandings = root.TryGetProperty("constructorStandings", out var constructors)
            ? constructors.EnumerateArray().Select(s => ParseStanding(s, "constructorId")).ToEquatableArray()
            : default,
    };

    private static F1dbRace ParseRace(JsonElement race) => new()
    {
        Round = race.GetProperty("round").GetInt32(),
        Date = DateOnly.ParseExact(race.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        GrandPrixId = race.GetProperty("grandPrixId").GetString()!,
        ScheduledLaps = OptionalInt(race, "scheduledLaps"),
        Laps = OptionalInt(race, "laps"),
        Results = race.GetProperty("results").EnumerateArray().Select(ParseResult).ToEquatableArray(),
        SprintResults = race.TryGetProperty("sprintResults", out var sprint) ? sprint.EnumerateArray().Select(ParseResult).ToEquatableArray() : default,
        FastestLaps = race.TryGetProperty("fastestLaps", out var laps)
            ? laps.EnumerateArray().Select(l => new F1dbFastestLap(Position(l.GetProperty("position")), l.GetProperty("driverId").GetString()!)).ToEquatableArray()
            : default,
    };

    private static F1dbResult ParseResult(JsonElement result) => new()
    {
        Position = Position(result.GetProperty("position")),
        DriverNumber = result.GetProperty("driverNumber").ValueKind == JsonValueKind.Null ? string.Empty : result.GetProperty("driverNumber").ToString(),
        DriverId = result.GetProperty("driverId").GetString()!,
        ConstructorId = result.GetProperty("constructorId").GetString()!,
        Laps = OptionalInt(result, "laps"),
        PublishedPoints = OptionalDecimal(result, "points"),
    };

    private static F1dbStanding ParseStanding(JsonElement standing, string idProperty) => new()
    {
        Position = Position(standing.GetProperty("position")),
        Id = standing.GetProperty(idProperty).GetString()!,
        Engine = standing.TryGetProperty("engineManufacturerId", out var engine) ? engine.GetString() : null,
        Points = standing.GetProperty("points").GetDecimal(),
    };

    private static string Position(JsonElement position)
        => position.ValueKind == JsonValueKind.Number ? position.GetInt32().ToString(CultureInfo.InvariantCulture) : position.GetString()!;

    private static int? OptionalInt(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static decimal? OptionalDecimal(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;
}

/// <summary>A race (Grand Prix) of an f1db season, with its sprint when it had one.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record F1dbRace
{
    /// <summary>Gets the round.</summary>
    public required int Round { get; init; }

    /// <summary>Gets the date of the Grand Prix.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Gets the f1db Grand Prix identifier, e.g. <c>great-britain</c>.</summary>
    public required string GrandPrixId { get; init; }

    /// <summary>Gets the scheduled laps, if known.</summary>
    public int? ScheduledLaps { get; init; }

    /// <summary>Gets the laps run, if known.</summary>
    public int? Laps { get; init; }

    /// <summary>Gets the Grand Prix results, one row per driver (a shared car has one row per driver).</summary>
    public required EquatableArray<F1dbResult> Results { get; init; }

    /// <summary>Gets the sprint results, empty when there was no sprint.</summary>
    public EquatableArray<F1dbResult> SprintResults { get; init; }

    /// <summary>Gets the fastest laps, in order (position 1 is the race's fastest; several when equal).</summary>
    public EquatableArray<F1dbFastestLap> FastestLaps { get; init; }
}

/// <summary>One driver's row of a race result.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record F1dbResult
{
    /// <summary>Gets the position: a number, or a code (<c>DNF</c>, <c>NC</c>, <c>DSQ</c>, <c>EX</c>, <c>DNS</c>, <c>DNQ</c>, <c>DNPQ</c>, <c>DNP</c>).</summary>
    public required string Position { get; init; }

    /// <summary>Gets the car number, as published.</summary>
    public required string DriverNumber { get; init; }

    /// <summary>Gets the driver.</summary>
    public required string DriverId { get; init; }

    /// <summary>Gets the constructor (chassis make).</summary>
    public required string ConstructorId { get; init; }

    /// <summary>Gets the laps, if known (the second driver of a shared car has none).</summary>
    public int? Laps { get; init; }

    /// <summary>Gets the points as published for this row; never fed to the calculator, only compared with what it computes.</summary>
    public decimal? PublishedPoints { get; init; }

    /// <summary>Gets the classified position, or null for a code.</summary>
    public int? ClassifiedPosition => int.TryParse(Position, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
}

/// <summary>A fastest lap of a race.</summary>
/// <param name="Position">Its rank among the race's fastest laps (1 for the fastest).</param>
/// <param name="DriverId">The driver.</param>
public sealed record F1dbFastestLap(string Position, string DriverId);

/// <summary>A row of a published final table.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record F1dbStanding
{
    /// <summary>Gets the position: a number, or <c>DSQ</c> / <c>EX</c> for a competitor excluded from the championship.</summary>
    public required string Position { get; init; }

    /// <summary>Gets the driver or constructor identifier.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the engine make, for a constructor (the published tables name constructors by chassis and engine).</summary>
    public string? Engine { get; init; }

    /// <summary>Gets the points as published (rounded to two decimals where they are fractions such as 1/7).</summary>
    public required decimal Points { get; init; }

    /// <summary>Gets the numeric position, or null when the competitor was excluded.</summary>
    public int? Rank => int.TryParse(Position, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
}
