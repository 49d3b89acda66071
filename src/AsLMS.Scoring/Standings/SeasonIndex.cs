using AsLMS.Scoring.Results;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.Standings;

/// <summary>
/// A season's entries, drivers and entrants indexed once: by car number, by driver identifier, and entrants by name. The
/// calculator scores from it and the validators look names up in it; building it reports missing and duplicate entries and drivers.
/// </summary>
/// <remarks>Never changed after it is built; safe to read from several threads.</remarks>
internal sealed class SeasonIndex
{
    private SeasonIndex(Entry[] entries, Dictionary<CarNumber, int> entryIndex, Driver[] drivers, Dictionary<DriverId, int> driverIndex, string[] entrants, int[] entrantOfEntry)
    {
        Entries = entries;
        EntryIndex = entryIndex;
        Drivers = drivers;
        DriverIndex = driverIndex;
        Entrants = entrants;
        EntrantOfEntry = entrantOfEntry;
    }

    /// <summary>Gets the entries (without null elements), in the order given.</summary>
    public Entry[] Entries { get; }

    /// <summary>Gets each car number's entry (the first, when a number is entered twice).</summary>
    public Dictionary<CarNumber, int> EntryIndex { get; }

    /// <summary>Gets the drivers (without null elements), in the order given.</summary>
    public Driver[] Drivers { get; }

    /// <summary>Gets each driver identifier's driver (the first, when an identifier is listed twice).</summary>
    public Dictionary<DriverId, int> DriverIndex { get; }

    /// <summary>Gets the entrants' names, each once.</summary>
    public string[] Entrants { get; }

    /// <summary>Gets, for each entry, its entrant.</summary>
    public int[] EntrantOfEntry { get; }

    /// <summary>Indexes a season's entries and drivers, reporting null elements, entries without an entrant, and duplicates.</summary>
    public static SeasonIndex Build(SeasonResults results, FailureLog log)
    {
        var entries = WithoutNulls(results.Entries, "Entries", log);
        var entryIndex = new Dictionary<CarNumber, int>(entries.Length);
        var entrantIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var entrantOfEntry = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (!entryIndex.TryAdd(entry.Car, i))
            {
                log.Error(ErrorCodes.DuplicateEntry, $"Entries{Describe.CarIndex(entry.Car)}", entry.Car.Value, $"Car #{entry.Car} ({entry.Entrant}) is entered twice.");
            }

            var entrantName = entry.Entrant;
            if (entrantName is null)
            {
                log.Error(ErrorCodes.MissingValue, $"Entries{Describe.CarIndex(entry.Car)}.Entrant", null, $"Car #{entry.Car} has no entrant.");
                entrantName = string.Empty;
            }

            if (!entrantIndex.TryGetValue(entrantName, out var entrant))
            {
                entrant = entrantIndex.Count;
                entrantIndex.Add(entrantName, entrant);
            }

            entrantOfEntry[i] = entrant;
        }

        var entrants = new string[entrantIndex.Count];
        foreach (var (name, index) in entrantIndex)
        {
            entrants[index] = name;
        }

        var drivers = WithoutNulls(results.Drivers, "Drivers", log);
        var driverIndex = new Dictionary<DriverId, int>(drivers.Length);
        for (var i = 0; i < drivers.Length; i++)
        {
            if (!driverIndex.TryAdd(drivers[i].Id, i))
            {
                log.Error(ErrorCodes.DuplicateDriver, $"Drivers{Describe.Index(drivers[i].Id)}", drivers[i].Id.Value, $"Driver '{drivers[i].Id}' ({drivers[i].Name}) is listed twice.");
            }
        }

        return new SeasonIndex(entries, entryIndex, drivers, driverIndex, entrants, entrantOfEntry);
    }

    /// <summary>Finds a car's entry.</summary>
    public Entry? FindEntry(CarNumber car) => EntryIndex.TryGetValue(car, out var i) ? Entries[i] : null;

    /// <summary>Finds a driver.</summary>
    public Driver? FindDriver(DriverId driver) => DriverIndex.TryGetValue(driver, out var i) ? Drivers[i] : null;

    private static T[] WithoutNulls<T>(EquatableArray<T> items, string property, FailureLog log)
        where T : class
    {
        var span = items.AsSpan();
        var nulls = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] is null)
            {
                log.Error(ErrorCodes.MissingValue, $"{property}[{i}]", null, $"{property} element {i} is null.");
                nulls++;
            }
        }

        if (nulls == 0)
        {
            return span.ToArray();
        }

        var result = new T[span.Length - nulls];
        var n = 0;
        foreach (var item in span)
        {
            if (item is not null)
            {
                result[n++] = item;
            }
        }

        return result;
    }
}
