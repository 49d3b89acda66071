using NodaTime;

namespace AsLMS.Scoring.Rules;

/// <summary>
/// A season's span and calendar: its events, each at a circuit, each with one or more races. Winter seasons span two
/// calendar years (2023-24); 2021 to 2023 ran within one.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Season
{
    private readonly EquatableArray<RaceEvent> events;
    private readonly EquatableArray<Race> races;

    /// <summary>Gets the season's label, e.g. <c>"2023-24"</c> or <c>"2021"</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Gets the first day of the season.</summary>
    public required LocalDate FirstDay { get; init; }

    /// <summary>Gets the last day of the season.</summary>
    public required LocalDate LastDay { get; init; }

    /// <summary>Gets the events in calendar order.</summary>
    public EquatableArray<RaceEvent> Events
    {
        get => events;
        init
        {
            events = value;
            races = value.SelectMany(e => e.Races).OrderBy(r => r.Round).ToEquatableArray();
        }
    }

    /// <summary>Gets every race of every event, in round order.</summary>
    public EquatableArray<Race> Races => races;

    /// <summary>Tells whether a date falls within the season (both ends included).</summary>
    /// <param name="date">The date.</param>
    /// <returns>True if within the season.</returns>
    public bool Contains(LocalDate date) => date >= FirstDay && date <= LastDay;

    /// <summary>Finds a race by its identifier.</summary>
    /// <param name="id">The race identifier.</param>
    /// <returns>The race, or null if the calendar has no such race.</returns>
    public Race? FindRace(RaceId id)
    {
        foreach (var race in races)
        {
            if (race.Id == id)
            {
                return race;
            }
        }

        return null;
    }

    /// <summary>Finds the event a race belongs to.</summary>
    /// <param name="id">The race identifier.</param>
    /// <returns>The event, or null if the calendar has no such race.</returns>
    public RaceEvent? FindEvent(RaceId id)
    {
        foreach (var raceEvent in events)
        {
            foreach (var race in raceEvent.Races)
            {
                if (race.Id == id)
                {
                    return raceEvent;
                }
            }
        }

        return null;
    }
}

/// <summary>An event of a season: a circuit weekend with one race, or two (a double-header, each race scored on its own).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RaceEvent
{
    /// <summary>Gets the event's name, e.g. <c>"4 Hours of Sepang"</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the circuit.</summary>
    public required Circuit Circuit { get; init; }

    /// <summary>Gets the races of the event.</summary>
    public required EquatableArray<Race> Races { get; init; }

    /// <summary>Gets where the event's facts come from.</summary>
    public Provenance? Provenance { get; init; }
}

/// <summary>A circuit, with the time zone its races' start times are given in.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Circuit
{
    /// <summary>Gets the circuit's name, e.g. <c>"Sepang International Circuit"</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the country as an ISO 3166-1 alpha-3 code, e.g. <c>"MYS"</c>.</summary>
    public required string Country { get; init; }

    /// <summary>Gets the circuit's time zone, e.g. <c>Asia/Kuala_Lumpur</c>.</summary>
    public required DateTimeZone TimeZone { get; init; }
}

/// <summary>A race of the calendar: what results refer to by <see cref="Id"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Race
{
    /// <summary>Gets the race's identifier, which results use.</summary>
    public required RaceId Id { get; init; }

    /// <summary>Gets the race's 1-based round: its position in the season, counting each race of a double-header.</summary>
    public required int Round { get; init; }

    /// <summary>Gets the race's name, e.g. <c>"4 Hours of Sepang, race 1"</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the race's date, at the circuit.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>Gets the scheduled start in the circuit's time zone, when known.</summary>
    public ZonedDateTime? Start { get; init; }

    /// <summary>Gets the scheduled duration (4 hours for a modern AsLMS race), when the race is run to time.</summary>
    public Duration? ScheduledDuration { get; init; }

    /// <summary>Gets the scheduled number of laps, when the race is run to distance.</summary>
    public int? ScheduledLaps { get; init; }

    /// <summary>
    /// Gets the race's category, which selects its <see cref="RaceScoring"/> (for example <c>"6h"</c>, <c>"8h"</c>,
    /// <c>"Le Mans"</c> in the WEC, <c>"Sprint"</c> in Formula One); null for the rule set's default scoring.
    /// </summary>
    public string? Category { get; init; }

    /// <summary>Gets the points multiplier of this race (2 for double points); one by default. Pole points are not multiplied.</summary>
    public Ratio Multiplier { get; init; } = Ratio.One;
}
