using AsLMS.Scoring.Internal;
using AsLMS.Scoring.IO.AlKamel;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.IO;

/// <summary>
/// Builds a season's results for a rule set from Al Kamel files (classifications or lap analyses, told apart by their
/// header) and an optional entry-data side file (<see cref="EntryData"/> as JSON).
/// </summary>
/// <remarks>
/// <para>Entries and drivers are gathered from every file: a car keeps the team and vehicle of the first file it appears in
/// and the class it has in all of them (a car in two classes is a <c>ConflictingEntry</c>); its crew is every driver seen in
/// it, in order of appearance; drivers are one per identifier (<see cref="AlKamelReader.DriverIdOf(string)"/>). Entries read
/// from files are full-season entries until entry data says otherwise.</para>
/// <para>A class the files write differently from the rule set only in case, spaces, hyphens or underscores takes the rule
/// set's identifier (the WEC files' <c>HYPERCAR</c> is the rule set's <c>Hypercar</c>), so that the tables find their cars;
/// a class the rule set does not have is kept as written.</para>
/// <para>Every file is read before failing, so one <see cref="InputFormatException"/> lists the problems of all of them.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class SeasonImport
{
    /// <summary>
    /// Reads every <c>*.csv</c> file of a folder, in order of file name (so name them <c>01-sepang.csv</c>,
    /// <c>02-sepang.csv</c>...), as the results of the rule set's races in round order.
    /// </summary>
    /// <param name="rules">The rule set: its calendar and classification rule.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="entryDataPath">An entry-data JSON file to merge in, or null.</param>
    /// <returns>The season's results.</returns>
    /// <exception cref="InputFormatException">A file cannot be read, or there are more files than races.</exception>
    /// <exception cref="IOException">The folder or a file cannot be opened.</exception>
    public static SeasonResults FromFolder(RuleSet rules, string folder, string? entryDataPath = null)
    {
        Preconditions.CheckNotBlank(folder);
        var files = Directory.GetFiles(folder, "*.csv").OrderBy(f => Path.GetFileName(f), StringComparer.OrdinalIgnoreCase);
        return FromFiles(rules, files, entryDataPath);
    }

    /// <summary>Reads files as the results of the rule set's races in round order: the first file is round 1.</summary>
    /// <param name="rules">The rule set: its calendar and classification rule.</param>
    /// <param name="files">The files, in round order.</param>
    /// <param name="entryDataPath">An entry-data JSON file to merge in, or null.</param>
    /// <returns>The season's results.</returns>
    /// <exception cref="InputFormatException">A file cannot be read, or there are more files than races (<c>NoRaceForInput</c>).</exception>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    public static SeasonResults FromFiles(RuleSet rules, IEnumerable<string> files, string? entryDataPath = null)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(files);
        var calendar = rules.Season.Races;
        var mapping = new List<KeyValuePair<RaceId, string>>();
        var extra = new List<InputFailure>();
        foreach (var file in files)
        {
            if (mapping.Count < calendar.Count)
            {
                mapping.Add(new(calendar[mapping.Count].Id, file));
            }
            else
            {
                extra.Add(new InputFailure
                {
                    Code = ErrorCodes.NoRaceForInput,
                    Message = $"The calendar of {rules.Label} has {calendar.Count} races: no race is left for this file.",
                    Source = file,
                });
            }
        }

        if (extra.Count > 0)
        {
            throw new InputFormatException(extra);
        }

        return Read(rules, mapping, entryDataPath);
    }

    /// <summary>Reads files as the results of the races they are mapped to.</summary>
    /// <param name="rules">The rule set: its calendar and classification rule.</param>
    /// <param name="files">The file of each race.</param>
    /// <param name="entryDataPath">An entry-data JSON file to merge in, or null.</param>
    /// <returns>The season's results, races in round order.</returns>
    /// <exception cref="InputFormatException">A file cannot be read, or a race is not in the calendar (<c>RaceNotInCalendar</c>).</exception>
    /// <exception cref="IOException">A file cannot be opened.</exception>
    public static SeasonResults FromFiles(RuleSet rules, IReadOnlyDictionary<RaceId, string> files, string? entryDataPath = null)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(files);
        var unknown = files
            .Where(f => rules.Season.FindRace(f.Key) is null)
            .Select(f => new InputFailure
            {
                Code = ErrorCodes.RaceNotInCalendar,
                Message = $"Race '{f.Key}' is not in the calendar of {rules.Label}.",
                Source = f.Value,
            })
            .ToList();
        if (unknown.Count > 0)
        {
            throw new InputFormatException(unknown);
        }

        return Read(rules, files.OrderBy(f => rules.Season.FindRace(f.Key)!.Round), entryDataPath);
    }

    /// <summary>Gathers races already read into a season's results, and merges entry data in.</summary>
    /// <param name="races">The races, in round order.</param>
    /// <param name="entryData">Entry data to merge in, or null.</param>
    /// <returns>The season's results.</returns>
    /// <exception cref="InputFormatException">Two races have the same identifier (<c>DuplicateRaceResult</c>), a car has two
    /// classes (<c>ConflictingEntry</c>), or the entry data names what is not there.</exception>
    public static SeasonResults Combine(IEnumerable<ImportedRace> races, EntryData? entryData = null)
    {
        var results = Gather(Preconditions.CheckNotNull(races).ToList());
        return entryData is null ? results : entryData.ApplyTo(results);
    }

    private static SeasonResults Read(RuleSet rules, IEnumerable<KeyValuePair<RaceId, string>> files, string? entryDataPath)
    {
        var races = new List<ImportedRace>();
        var failures = new List<InputFailure>();
        foreach (var (race, file) in files)
        {
            try
            {
                races.Add(AlignClasses(AlKamelReader.Read(file, race, rules.Classification), rules));
            }
            catch (InputFormatException ex)
            {
                failures.AddRange(ex.Failures);
            }
        }

        if (failures.Count > 0)
        {
            throw new InputFormatException(failures);
        }

        var results = Gather(races);
        if (entryDataPath is null)
        {
            return results;
        }

        var json = File.ReadAllBytes(entryDataPath);
        var entryData = ScoringJson.Deserialize<EntryData>(json, entryDataPath);
        return EntryDataMerge.Apply(entryData, results, entryDataPath, json);
    }

    private static ImportedRace AlignClasses(ImportedRace race, RuleSet rules)
    {
        // A key two rule-set classes share is ambiguous: neither is chosen.
        var known = new Dictionary<string, ClassId?>(StringComparer.Ordinal);
        foreach (var definition in rules.Classes)
        {
            var key = LooseKey(definition.Id.Value);
            known[key] = known.ContainsKey(key) ? (ClassId?)null : definition.Id;
        }

        ClassId Align(ClassId written) => known.TryGetValue(LooseKey(written.Value), out var id) && id is { } found ? found : written;
        return race with
        {
            Result = race.Result with { FastestLaps = race.Result.FastestLaps.Select(f => f with { Class = f.Class is { } c ? Align(c) : (ClassId?)null }).ToEquatableArray() },
            Entries = race.Entries.Select(e => e with { Class = Align(e.Class) }).ToEquatableArray(),
            Timing = race.Timing.Select(t => t with { Class = Align(t.Class) }).ToEquatableArray(),
        };
    }

    private static string LooseKey(string className)
        => string.Concat(className.Where(c => c is not (' ' or '-' or '_')).Select(char.ToUpperInvariant));

    private static SeasonResults Gather(List<ImportedRace> races)
    {
        var drivers = new Dictionary<DriverId, Driver>();
        var driverOrder = new List<DriverId>();
        var entries = new Dictionary<CarNumber, (Entry Entry, string? Source)>();
        var entryOrder = new List<CarNumber>();
        var seenRaces = new Dictionary<RaceId, string?>();
        var failures = new List<InputFailure>();
        foreach (var race in races)
        {
            if (!seenRaces.TryAdd(race.Result.Race, race.Source))
            {
                failures.Add(new InputFailure
                {
                    Code = ErrorCodes.DuplicateRaceResult,
                    Message = $"Race '{race.Result.Race}' is given twice (also by {seenRaces[race.Result.Race] ?? "another input"}).",
                    Source = race.Source,
                });
            }

            foreach (var driver in race.Drivers)
            {
                if (drivers.TryAdd(driver.Id, driver))
                {
                    driverOrder.Add(driver.Id);
                }
            }

            foreach (var entry in race.Entries)
            {
                if (!entries.TryGetValue(entry.Car, out var known))
                {
                    entries.Add(entry.Car, (entry, race.Source));
                    entryOrder.Add(entry.Car);
                }
                else if (known.Entry.Class != entry.Class)
                {
                    failures.Add(new InputFailure
                    {
                        Code = ErrorCodes.ConflictingEntry,
                        Message = $"Car #{entry.Car} is in class '{entry.Class}' here but '{known.Entry.Class}' in {known.Source ?? "an earlier race"}.",
                        Source = race.Source,
                        Field = "CLASS",
                        Value = entry.Class.Value,
                    });
                }
                else
                {
                    var crew = known.Entry.Crew.Concat(entry.Crew.Where(d => !known.Entry.Crew.Contains(d))).ToEquatableArray();
                    entries[entry.Car] = (known.Entry with { Crew = crew }, known.Source);
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new InputFormatException(failures);
        }

        return new SeasonResults
        {
            Drivers = driverOrder.Select(id => drivers[id]).ToEquatableArray(),
            Entries = entryOrder.Select(car => entries[car].Entry).ToEquatableArray(),
            Races = races.Select(r => r.Result).ToEquatableArray(),
        };
    }
}
