namespace AsLMS.Scoring.Results;

/// <summary>
/// A season's results: its drivers, entries, and the classification of each race run so far, plus adjustments that apply to
/// the season as a whole (championship exclusions, deductions not tied to a race).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SeasonResults
{
    /// <summary>Gets the drivers.</summary>
    public required EquatableArray<Driver> Drivers { get; init; }

    /// <summary>Gets the entries.</summary>
    public required EquatableArray<Entry> Entries { get; init; }

    /// <summary>Gets the race results, in any order; each refers to a race of the rule set's calendar.</summary>
    public required EquatableArray<RaceResult> Races { get; init; }

    /// <summary>Gets adjustments that apply to the season rather than to one race.</summary>
    public EquatableArray<Adjustment> Adjustments { get; init; }

    /// <summary>Finds an entry by car number.</summary>
    /// <param name="car">The car number.</param>
    /// <returns>The entry, or null.</returns>
    public Entry? FindEntry(CarNumber car)
    {
        foreach (var entry in Entries)
        {
            if (entry.Car == car)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Finds a driver by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The driver, or null.</returns>
    public Driver? FindDriver(DriverId id)
    {
        foreach (var driver in Drivers)
        {
            if (driver.Id == id)
            {
                return driver;
            }
        }

        return null;
    }

    /// <summary>Finds a race's result.</summary>
    /// <param name="race">The race identifier.</param>
    /// <returns>The result, or null if the race has none (yet).</returns>
    public RaceResult? FindRace(RaceId race)
    {
        foreach (var result in Races)
        {
            if (result.Race == race)
            {
                return result;
            }
        }

        return null;
    }
}
