using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using FluentValidation.Results;
using NodaTime;

namespace AsLMS.Scoring.Standings;

/// <summary>
/// A season's results indexed once for scoring: entries, drivers and entrants by number, and each race's classification with
/// its post-race adjustments applied (exactly once). Every table and every round of a progression reads the same sheet.
/// </summary>
internal sealed class SeasonSheet
{
    private SeasonSheet(RuleSet rules, SeasonResults results, Entry[] entries, Dictionary<CarNumber, int> entryIndex, Driver[] drivers, Dictionary<DriverId, int> driverIndex, string[] entrants, int[] entrantOfEntry, RaceSheet[] races)
    {
        Rules = rules;
        Results = results;
        Entries = entries;
        EntryIndex = entryIndex;
        Drivers = drivers;
        DriverIndex = driverIndex;
        Entrants = entrants;
        EntrantOfEntry = entrantOfEntry;
        Races = races;
    }

    public RuleSet Rules { get; }

    public SeasonResults Results { get; }

    public Entry[] Entries { get; }

    public Dictionary<CarNumber, int> EntryIndex { get; }

    public Driver[] Drivers { get; }

    public Dictionary<DriverId, int> DriverIndex { get; }

    public string[] Entrants { get; }

    public int[] EntrantOfEntry { get; }

    /// <summary>Gets the races that have results, in round order.</summary>
    public RaceSheet[] Races { get; }

    public static SeasonSheet Build(RuleSet rules, SeasonResults results)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(results);
        var failures = new List<ValidationFailure>();

        var entries = results.Entries.AsSpan().ToArray();
        var entryIndex = new Dictionary<CarNumber, int>(entries.Length);
        var entrantIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var entrantOfEntry = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            if (!entryIndex.TryAdd(entries[i].Car, i))
            {
                failures.Add(Failure(ErrorCodes.DuplicateEntry, "Entries", entries[i].Car.Value, $"Car #{entries[i].Car} ({entries[i].Entrant}) is entered twice."));
            }

            if (!entrantIndex.TryGetValue(entries[i].Entrant, out var entrant))
            {
                entrant = entrantIndex.Count;
                entrantIndex.Add(entries[i].Entrant, entrant);
            }

            entrantOfEntry[i] = entrant;
        }

        var entrants = new string[entrantIndex.Count];
        foreach (var (name, index) in entrantIndex)
        {
            entrants[index] = name;
        }

        var drivers = results.Drivers.AsSpan().ToArray();
        var driverIndex = new Dictionary<DriverId, int>(drivers.Length);
        for (var i = 0; i < drivers.Length; i++)
        {
            if (!driverIndex.TryAdd(drivers[i].Id, i))
            {
                failures.Add(Failure(ErrorCodes.DuplicateDriver, "Drivers", drivers[i].Id.Value, $"Driver '{drivers[i].Id}' ({drivers[i].Name}) is listed twice."));
            }
        }

        var races = new List<RaceSheet>(results.Races.Count);
        var seen = new HashSet<RaceId>();
        foreach (var result in results.Races)
        {
            var race = rules.Season.FindRace(result.Race);
            if (race is null)
            {
                failures.Add(Failure(ErrorCodes.RaceNotInCalendar, "Races", result.Race.Value, $"Results were given for race '{result.Race}', which is not in the {rules.Label} calendar."));
                continue;
            }

            if (!seen.Add(result.Race))
            {
                failures.Add(Failure(ErrorCodes.DuplicateRaceResult, "Races", result.Race.Value, $"Race '{result.Race}' ({race.Name}) has two results."));
                continue;
            }

            races.Add(RaceSheet.Build(race, result, entries, entryIndex, driverIndex, failures));
        }

        foreach (var adjustment in results.Adjustments)
        {
            var car = adjustment switch
            {
                PointsDeduction d => d.Car,
                ChampionshipExclusion { Car: { } c } => c,
                _ => (CarNumber?)null,
            };
            if (car is { } number && !entryIndex.ContainsKey(number))
            {
                failures.Add(Failure(ErrorCodes.UnknownCar, "Adjustments", number.Value, $"A season adjustment names car #{number}, which has no entry."));
            }
        }

        if (failures.Count > 0)
        {
            throw new ScoringInputException(failures);
        }

        races.Sort((a, b) => a.Race.Round.CompareTo(b.Race.Round));
        return new SeasonSheet(rules, results, entries, entryIndex, drivers, driverIndex, entrants, entrantOfEntry, [.. races]);
    }

    internal static ValidationFailure Failure(string code, string property, object? attempted, string message)
        => new(property, message, attempted) { ErrorCode = code };
}

/// <summary>One race's classification ready for scoring: classified cars in finishing order, every car's status and crew.</summary>
internal sealed class RaceSheet
{
    private RaceSheet(Race race, RaceResult result, int[] order, int[] rowOfEntry, int[] rowEntry, ResultStatus[] status, int[] crewStart, int[] crewDrivers, Duration?[] crewTimes)
    {
        Race = race;
        Result = result;
        Order = order;
        RowOfEntry = rowOfEntry;
        RowEntry = rowEntry;
        Status = status;
        CrewStart = crewStart;
        CrewDrivers = crewDrivers;
        CrewTimes = crewTimes;
    }

    public Race Race { get; }

    public RaceResult Result { get; }

    /// <summary>Gets the entry indices of the classified cars, in finishing order after adjustments.</summary>
    public int[] Order { get; }

    /// <summary>Gets, for each entry, its row in <see cref="RaceResult.Cars"/>, or -1 when it has none.</summary>
    public int[] RowOfEntry { get; }

    /// <summary>Gets, for each row of <see cref="RaceResult.Cars"/>, its entry index.</summary>
    public int[] RowEntry { get; }

    /// <summary>Gets each row's status after adjustments.</summary>
    public ResultStatus[] Status { get; }

    /// <summary>Gets, for each row, where its crew starts in <see cref="CrewDrivers"/>; one extra element ends the last.</summary>
    public int[] CrewStart { get; }

    public int[] CrewDrivers { get; }

    public Duration?[] CrewTimes { get; }

    public static RaceSheet Build(Race race, RaceResult result, Entry[] entries, Dictionary<CarNumber, int> entryIndex, Dictionary<DriverId, int> driverIndex, List<ValidationFailure> failures)
    {
        var cars = result.Cars;
        var rowOfEntry = new int[entries.Length];
        Array.Fill(rowOfEntry, -1);
        var status = new ResultStatus[cars.Count];
        var rowEntry = new int[cars.Count];
        var crewStart = new int[cars.Count + 1];
        var crewDrivers = new List<int>(cars.Count * 3);
        var crewTimes = new List<Duration?>(cars.Count * 3);
        var classified = new List<int>(cars.Count);
        var failed = false;

        for (var row = 0; row < cars.Count; row++)
        {
            var car = cars[row];
            crewStart[row] = crewDrivers.Count;
            status[row] = car.Status;
            if (!entryIndex.TryGetValue(car.Car, out var entry))
            {
                failures.Add(SeasonSheet.Failure(ErrorCodes.UnknownCar, $"{race.Id}.Cars", car.Car.Value, $"{race.Name}: car #{car.Car} is classified but has no entry."));
                rowEntry[row] = -1;
                failed = true;
                continue;
            }

            rowEntry[row] = entry;
            if (rowOfEntry[entry] >= 0)
            {
                failures.Add(SeasonSheet.Failure(ErrorCodes.DuplicateCarInRace, $"{race.Id}.Cars", car.Car.Value, $"{race.Name}: car #{car.Car} ({entries[entry].Entrant}) appears twice."));
                failed = true;
                continue;
            }

            rowOfEntry[entry] = row;
            if (car.Drivers.IsEmpty)
            {
                foreach (var driver in entries[entry].Crew)
                {
                    AddCrew(driver, null);
                }
            }
            else
            {
                foreach (var driveTime in car.Drivers)
                {
                    AddCrew(driveTime.Driver, driveTime.Time);
                }
            }

            if (car.Status == ResultStatus.Classified)
            {
                if (car.Position is null)
                {
                    failures.Add(SeasonSheet.Failure(ErrorCodes.MissingPosition, $"{race.Id}.Cars", car.Car.Value, $"{race.Name}: car #{car.Car} ({entries[entry].Entrant}) is classified but has no position."));
                    failed = true;
                }
                else
                {
                    classified.Add(row);
                }
            }

            void AddCrew(DriverId driver, Duration? time)
            {
                if (driverIndex.TryGetValue(driver, out var index))
                {
                    crewDrivers.Add(index);
                    crewTimes.Add(time);
                }
                else
                {
                    failures.Add(SeasonSheet.Failure(ErrorCodes.UnknownDriver, $"{race.Id}.Cars", driver.Value, $"{race.Name}: car #{car.Car} ({entries[entry].Entrant}) names driver '{driver}', who is not among the season's drivers."));
                    failed = true;
                }
            }
        }

        crewStart[cars.Count] = crewDrivers.Count;

        classified.Sort((a, b) => cars[a].Position!.Value.CompareTo(cars[b].Position!.Value));
        for (var i = 1; i < classified.Count; i++)
        {
            if (cars[classified[i]].Position == cars[classified[i - 1]].Position)
            {
                failures.Add(SeasonSheet.Failure(ErrorCodes.DuplicatePosition, $"{race.Id}.Cars", cars[classified[i]].Position, $"{race.Name}: cars #{cars[classified[i - 1]].Car} and #{cars[classified[i]].Car} are both classified P{cars[classified[i]].Position}."));
                failed = true;
            }
        }

        if (!failed)
        {
            ApplyAdjustments(race, result, classified, status, rowOfEntry, entryIndex, failures);
        }

        var order = new int[classified.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = rowEntry[classified[i]];
        }

        return new RaceSheet(race, result, order, rowOfEntry, rowEntry, status, crewStart, [.. crewDrivers], [.. crewTimes]);
    }

    /// <summary>Gets the row index of an entry's result, or -1.</summary>
    public int RowOf(int entry) => RowOfEntry[entry];

    /// <summary>Applies post-race decisions in a fixed order: time penalties, then position penalties, then exclusions.</summary>
    private static void ApplyAdjustments(Race race, RaceResult result, List<int> classified, ResultStatus[] status, int[] rowOfEntry, Dictionary<CarNumber, int> entryIndex, List<ValidationFailure> failures)
    {
        if (result.Adjustments.IsEmpty)
        {
            return;
        }

        var cars = result.Cars;
        int RowOfCar(CarNumber car) => entryIndex.TryGetValue(car, out var e) ? rowOfEntry[e] : -1;

        foreach (var adjustment in result.Adjustments)
        {
            var car = adjustment switch
            {
                PointsDeduction d => d.Car,
                TimePenalty t => t.Car,
                PositionPenalty p => p.Car,
                RaceExclusion x => x.Car,
                ChampionshipExclusion { Car: { } c } => c,
                _ => (CarNumber?)null,
            };
            if (car is { } number && RowOfCar(number) < 0 && !entryIndex.ContainsKey(number))
            {
                failures.Add(SeasonSheet.Failure(ErrorCodes.UnknownCar, $"{race.Id}.Adjustments", number.Value, $"{race.Name}: an adjustment names car #{number}, which has no entry."));
            }
        }

        var timePenalties = new Dictionary<int, Duration>();
        foreach (var adjustment in result.Adjustments)
        {
            if (adjustment is TimePenalty penalty && RowOfCar(penalty.Car) is var row and >= 0)
            {
                timePenalties[row] = timePenalties.GetValueOrDefault(row) + penalty.Time;
            }
        }

        if (timePenalties.Count > 0)
        {
            foreach (var row in classified)
            {
                if (cars[row].TotalTime is null)
                {
                    failures.Add(SeasonSheet.Failure(ErrorCodes.TimePenaltyWithoutTimes, $"{race.Id}.Cars", cars[row].Car.Value, $"{race.Name}: a time penalty must re-order the classification, but car #{cars[row].Car} has no total time."));
                    return;
                }
            }

            var originalRank = new Dictionary<int, int>(classified.Count);
            for (var i = 0; i < classified.Count; i++)
            {
                originalRank[classified[i]] = i;
            }

            classified.Sort((a, b) =>
            {
                var laps = cars[b].Laps.CompareTo(cars[a].Laps);
                if (laps != 0)
                {
                    return laps;
                }

                var timeA = cars[a].TotalTime!.Value + timePenalties.GetValueOrDefault(a);
                var timeB = cars[b].TotalTime!.Value + timePenalties.GetValueOrDefault(b);
                var time = timeA.CompareTo(timeB);
                return time != 0 ? time : originalRank[a].CompareTo(originalRank[b]);
            });
        }

        foreach (var adjustment in result.Adjustments)
        {
            if (adjustment is PositionPenalty penalty && RowOfCar(penalty.Car) is var row and >= 0)
            {
                var at = classified.IndexOf(row);
                if (at >= 0)
                {
                    classified.RemoveAt(at);
                    classified.Insert(Math.Min(classified.Count, at + Math.Max(0, penalty.Places)), row);
                }
            }
        }

        foreach (var adjustment in result.Adjustments)
        {
            if (adjustment is RaceExclusion exclusion && RowOfCar(exclusion.Car) is var row and >= 0)
            {
                classified.Remove(row);
                status[row] = ResultStatus.Excluded;
            }
        }
    }
}
