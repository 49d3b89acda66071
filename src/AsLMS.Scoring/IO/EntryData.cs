using AsLMS.Scoring.IO.AlKamel;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.IO;

/// <summary>
/// What timing files do not say, given beside them (usually as a JSON side file, see <see cref="Json.ScoringJson.LoadEntryData"/>):
/// drivers' FIA categories and nationalities; entries' full-season flags, sub-classes and corrections; each race's class
/// poles, fastest laps, penalties and exclusions; and season-wide adjustments. It is merged into the results the files gave by
/// <see cref="ApplyTo"/>.
/// </summary>
/// <remarks>
/// <para>Every driver, car and race it names must be in the results: a name that matches nothing is an error, never a silent
/// addition (it is most often a typo).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record EntryData
{
    /// <summary>Gets details of drivers.</summary>
    public EquatableArray<DriverDetails> Drivers { get; init; }

    /// <summary>Gets details of entries.</summary>
    public EquatableArray<EntryDetails> Entries { get; init; }

    /// <summary>Gets details of races: poles, fastest laps, post-race decisions.</summary>
    public EquatableArray<RaceDetails> Races { get; init; }

    /// <summary>Gets adjustments that apply to the season rather than to one race (championship exclusions, deductions).</summary>
    public EquatableArray<Adjustment> Adjustments { get; init; }

    /// <summary>Merges this entry data into results read from timing files.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The results with the details merged in.</returns>
    /// <exception cref="InputFormatException">A driver, car or race named here is not in the results (<c>UnknownDriver</c>,
    /// <c>UnknownCar</c>, <c>NoResultForRace</c>), or a driver is given by neither identifier nor name (<c>MissingValue</c>).
    /// Each failure's <see cref="InputFailure.Field"/> is the JSON path of the detail (<c>$.entries[2].car</c>).</exception>
    public SeasonResults ApplyTo(SeasonResults results) => EntryDataMerge.Apply(this, results, null, default);
}

/// <summary>
/// Details of a driver: found by <see cref="Id"/>, or else by the identifier of <see cref="Name"/>
/// (<see cref="AlKamelReader.DriverIdOf(string)"/>, so <c>"Antonio GIOVINAZZI"</c> finds the driver the files named so).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DriverDetails
{
    /// <summary>Gets the driver's identifier, or null to find the driver by <see cref="Name"/>.</summary>
    public DriverId? Id { get; init; }

    /// <summary>Gets the driver's name: how to find the driver when <see cref="Id"/> is null, and the name to show when it is set.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the nationality (ISO 3166-1 alpha-3, e.g. <c>"ITA"</c>), or null to keep what is known.</summary>
    public string? Nationality { get; init; }

    /// <summary>Gets the FIA categorisation for the season, or null to keep what is known.</summary>
    public DriverCategory? Category { get; init; }
}

/// <summary>Details of an entry, found by its car number; every property given replaces what the files said.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EntryDetails
{
    /// <summary>Gets the car.</summary>
    public required CarNumber Car { get; init; }

    /// <summary>Gets the entrant's name, or null to keep the files'.</summary>
    public string? Entrant { get; init; }

    /// <summary>Gets the class, or null to keep the files'.</summary>
    public ClassId? Class { get; init; }

    /// <summary>Gets the sub-classification (e.g. <c>"LMP2 Am"</c>), or null to keep what is known.</summary>
    public ClassId? SubClass { get; init; }

    /// <summary>Gets whether this is a full-season entry, or null to keep what is known (entries read from files are full-season).</summary>
    public bool? FullSeason { get; init; }

    /// <summary>Gets the car (make and model), or null to keep the files'.</summary>
    public string? Vehicle { get; init; }

    /// <summary>Gets the nominated crew, or null to keep the drivers seen in the files.</summary>
    public EquatableArray<DriverId>? Crew { get; init; }
}

/// <summary>Details of a race, found by its identifier.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RaceDetails
{
    /// <summary>Gets the race.</summary>
    public required RaceId Race { get; init; }

    /// <summary>Gets the class poles; each replaces any pole of the same class.</summary>
    public EquatableArray<ClassPole> Poles { get; init; }

    /// <summary>Gets fastest laps; they replace the files' fastest laps of the same classes.</summary>
    public EquatableArray<FastestLap> FastestLaps { get; init; }

    /// <summary>Gets post-race decisions (penalties, exclusions, deductions), added to the race's.</summary>
    public EquatableArray<Adjustment> Adjustments { get; init; }

    /// <summary>Gets whether the classification is final or provisional, or null to keep the results'.</summary>
    public ClassificationState? State { get; init; }
}
