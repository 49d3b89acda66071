using System.Buffers;
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
/// <remarks>
/// The races' arrays (one element per car or crew member) are parts of a few arrays rented from the shared pool for the whole
/// season (<see cref="SheetArrays"/>): the calculator gives them back with <see cref="Return"/> when its output is built, so a
/// calculation allocates nothing per race result. (An array per race and purpose was tried first: a large season rents more arrays
/// of one size than the pool keeps, and most were allocated again each time.) A sheet not returned is simply collected.
/// </remarks>
internal sealed class SeasonSheet
{
    private readonly SheetArrays arrays;

    private SeasonSheet(RuleSet rules, SeasonResults results, SeasonIndex index, RaceSheet[] races, SheetArrays arrays)
    {
        Rules = rules;
        Results = results;
        Index = index;
        Races = races;
        this.arrays = arrays;
    }

    public RuleSet Rules { get; }

    public SeasonResults Results { get; }

    public SeasonIndex Index { get; }

    public Entry[] Entries => Index.Entries;

    public Dictionary<CarNumber, int> EntryIndex => Index.EntryIndex;

    public Driver[] Drivers => Index.Drivers;

    public Dictionary<DriverId, int> DriverIndex => Index.DriverIndex;

    public string[] Entrants => Index.Entrants;

    public int[] EntrantOfEntry => Index.EntrantOfEntry;

    /// <summary>Gets the races that have results, in round order.</summary>
    public RaceSheet[] Races { get; }

    /// <summary>Gives the races' arrays back to the pool: the sheet must not be read afterwards.</summary>
    public void Return() => arrays.Return();

    /// <summary>Builds the sheet, or throws with every failure found.</summary>
    /// <exception cref="ScoringInputException">The results cannot be scored.</exception>
    public static SeasonSheet Build(RuleSet rules, SeasonResults results)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(results);
        var failures = new List<ValidationFailure>();
        var sheet = TryBuild(rules, results, FailureLog.Into(failures));
        return sheet ?? throw new ScoringInputException(failures);
    }

    /// <summary>
    /// Builds the sheet, reporting what makes the input unscorable: the structural checks of the results (see
    /// <see cref="ErrorCodes"/>, the codes marked "calculator") and the scoring rules the calculator could not apply.
    /// </summary>
    /// <returns>The sheet, or null when an error was reported.</returns>
    public static SeasonSheet? TryBuild(RuleSet rules, SeasonResults results, FailureLog log)
    {
        if (rules.Season is null || rules.Scoring is null)
        {
            log.Error(ErrorCodes.MissingValue, rules.Season is null ? "Season" : "Scoring", null, $"The rule set has no {(rules.Season is null ? "season" : "scoring rules")}.");
            return null;
        }

        var index = SeasonIndex.Build(results, log);
        var calendarRaces = ResultChecks.RaceResults(rules, results, log, reportNotInCalendar: true);

        // Rules the engine would otherwise fail on deep inside: a race it has no scoring for, a drop count it cannot apply.
        CheckScoring(rules.Scoring, "Scoring", calendarRaces, log);
        for (var i = 0; i < rules.Tables.Count; i++)
        {
            var table = rules.Tables[i];
            if (table is null)
            {
                log.Error(ErrorCodes.MissingValue, $"Tables[{i}]", null, $"Table {i} of the rule set is null.");
            }
            else if (table.Scoring is { } own)
            {
                CheckScoring(own, $"Tables{Describe.Index(table.Id)}.Scoring", calendarRaces, log);
            }
        }

        var arrays = SheetArrays.For(calendarRaces.Select(r => r.Result), index);
        var races = new RaceSheet[calendarRaces.Count];
        for (var i = 0; i < races.Length; i++)
        {
            var (race, result) = calendarRaces[i];
            races[i] = RaceSheet.Build(race, result, rules, index, log.At("Races", race.Id.Value), arrays);
        }

        ResultChecks.SeasonAdjustments(rules, results, index, log);
        if (log.Errors > 0)
        {
            arrays.Return();
            return null;
        }

        Array.Sort(races, (a, b) => a.Race.Round.CompareTo(b.Race.Round));
        return new SeasonSheet(rules, results, index, races, arrays);
    }

    private static void CheckScoring(ScoringRules scoring, string path, List<(Race Race, RaceResult Result)> races, FailureLog log)
    {
        if (!ScoringChecks.CoversEveryCategory(scoring))
        {
            ScoringChecks.Coverage(scoring, races.Select(r => r.Race), log.At(path));
        }

        if (scoring.Drops is { } drops)
        {
            ScoringChecks.DropCounts(drops, log.At(path + ".Drops"));
        }
    }
}

/// <summary>
/// The arrays the races of a sheet are written into: one of each element type for the whole season, rented from the shared pool at
/// the size the results need, each race taking its parts in turn.
/// </summary>
internal sealed class SheetArrays
{
    private int intsTaken;
    private int statusesTaken;
    private int timesTaken;

    private SheetArrays(int ints, int statuses, int times)
    {
        Ints = ArrayPool<int>.Shared.Rent(Math.Max(1, ints));
        Statuses = ArrayPool<ResultStatus>.Shared.Rent(Math.Max(1, statuses));
        Times = ArrayPool<Duration?>.Shared.Rent(Math.Max(1, times));
    }

    public int[] Ints { get; }

    public ResultStatus[] Statuses { get; }

    public Duration?[] Times { get; }

    /// <summary>Rents arrays large enough for the sheets of these race results.</summary>
    public static SheetArrays For(IEnumerable<RaceResult> results, SeasonIndex index)
    {
        int ints = 0, statuses = 0, crew = 0;
        foreach (var result in results)
        {
            var cars = result.Cars.Count;

            // Per race: each entry's row, each row's entry, each row's crew start (and one more), the classified rows; a status per row.
            ints += index.Entries.Length + (3 * cars) + 1;
            statuses += cars;
            crew += CrewCapacity(result, index);
        }

        return new SheetArrays(ints + crew, statuses, crew);
    }

    /// <summary>Counts the crew members a race's rows name (its drivers, or the entry's nominated crew): at most what its sheet keeps.</summary>
    public static int CrewCapacity(RaceResult result, SeasonIndex index)
    {
        var crew = 0;
        foreach (var car in result.Cars)
        {
            crew += car is null ? 0
                : !car.Drivers.IsEmpty ? car.Drivers.Count
                : index.FindEntry(car.Car)?.Crew.Count ?? 0;
        }

        return crew;
    }

    /// <summary>Takes the next <paramref name="count"/> integers and returns where they start.</summary>
    public int TakeInts(int count)
    {
        intsTaken += count;
        return intsTaken - count;
    }

    /// <summary>Takes the next <paramref name="count"/> statuses and returns where they start.</summary>
    public int TakeStatuses(int count)
    {
        statusesTaken += count;
        return statusesTaken - count;
    }

    /// <summary>Takes the next <paramref name="count"/> drive times and returns where they start.</summary>
    public int TakeTimes(int count)
    {
        timesTaken += count;
        return timesTaken - count;
    }

    /// <summary>Gives the arrays back to the pool: no sheet written into them may be read afterwards.</summary>
    public void Return()
    {
        ArrayPool<int>.Shared.Return(Ints);
        ArrayPool<ResultStatus>.Shared.Return(Statuses);
        ArrayPool<Duration?>.Shared.Return(Times);
    }
}

/// <summary>One race's classification ready for scoring: classified cars in finishing order, every car's status and crew.</summary>
/// <remarks>Its data are parts of its season's <see cref="SheetArrays"/>, read through spans of the right lengths.</remarks>
internal sealed class RaceSheet
{
    private readonly SheetArrays arrays;
    private readonly int rowOfEntryAt;
    private readonly int rowEntryAt;
    private readonly int crewStartAt;
    private readonly int orderAt;
    private readonly int orderCount;
    private readonly int statusAt;
    private readonly int crewAt;
    private readonly int timesAt;
    private readonly int crewCount;

    private RaceSheet(Race race, RaceResult result, SheetArrays arrays, int rowOfEntryAt, int rowEntryAt, int crewStartAt, int orderAt, int orderCount, int statusAt, int crewAt, int timesAt, int crewCount)
    {
        Race = race;
        Result = result;
        this.arrays = arrays;
        this.rowOfEntryAt = rowOfEntryAt;
        this.rowEntryAt = rowEntryAt;
        this.crewStartAt = crewStartAt;
        this.orderAt = orderAt;
        this.orderCount = orderCount;
        this.statusAt = statusAt;
        this.crewAt = crewAt;
        this.timesAt = timesAt;
        this.crewCount = crewCount;
    }

    public Race Race { get; }

    public RaceResult Result { get; }

    /// <summary>Gets the entry indices of the classified cars, in finishing order after adjustments.</summary>
    public ReadOnlySpan<int> Order => arrays.Ints.AsSpan(orderAt, orderCount);

    /// <summary>Gets, for each row of <see cref="RaceResult.Cars"/>, its entry index.</summary>
    public ReadOnlySpan<int> RowEntry => arrays.Ints.AsSpan(rowEntryAt, Result.Cars.Count);

    /// <summary>Gets each row's status after adjustments.</summary>
    public ReadOnlySpan<ResultStatus> Status => arrays.Statuses.AsSpan(statusAt, Result.Cars.Count);

    /// <summary>Gets, for each row, where its crew starts in <see cref="CrewDrivers"/>; one extra element ends the last.</summary>
    public ReadOnlySpan<int> CrewStart => arrays.Ints.AsSpan(crewStartAt, Result.Cars.Count + 1);

    public ReadOnlySpan<int> CrewDrivers => arrays.Ints.AsSpan(crewAt, crewCount);

    public ReadOnlySpan<Duration?> CrewTimes => arrays.Times.AsSpan(timesAt, crewCount);

    /// <summary>
    /// Builds a race's sheet into parts of <paramref name="arrays"/>, reporting null rows, unknown cars (in the classification, poles and
    /// fastest laps), cars listed twice, unknown drivers, classified cars without a position, shared positions, invalid adjustments and
    /// time penalties that cannot be applied. Adjustments are applied only when nothing was reported.
    /// </summary>
    public static RaceSheet Build(Race race, RaceResult result, RuleSet rules, SeasonIndex index, FailureLog log, SheetArrays arrays)
    {
        var entries = index.Entries;
        var entryIndex = index.EntryIndex;
        var driverIndex = index.DriverIndex;
        var errorsBefore = log.Errors;
        var cars = result.Cars;
        var ints = arrays.Ints;
        var times = arrays.Times;
        var rowOfEntryAt = arrays.TakeInts(entries.Length);
        var rowOfEntry = ints.AsSpan(rowOfEntryAt, entries.Length);
        rowOfEntry.Fill(-1);
        var statusAt = arrays.TakeStatuses(cars.Count);
        var status = arrays.Statuses.AsSpan(statusAt, cars.Count);
        var rowEntryAt = arrays.TakeInts(cars.Count);
        var rowEntry = ints.AsSpan(rowEntryAt, cars.Count);
        var crewStartAt = arrays.TakeInts(cars.Count + 1);
        var crewStart = ints.AsSpan(crewStartAt, cars.Count + 1);
        var classifiedAt = arrays.TakeInts(cars.Count);
        var classifiedCount = 0;
        var crewCapacity = SheetArrays.CrewCapacity(result, index);
        var crewAt = arrays.TakeInts(crewCapacity);
        var timesAt = arrays.TakeTimes(crewCapacity);
        var crewCount = 0;

        for (var row = 0; row < cars.Count; row++)
        {
            var car = cars[row];
            crewStart[row] = crewCount;
            rowEntry[row] = -1;
            status[row] = default;
            if (car is null)
            {
                log.Error(ErrorCodes.MissingValue, $"Cars[{row}]", null, $"{Describe.Race(race, race.Id)}: row {row} of the classification is null.");
                continue;
            }

            status[row] = car.Status;
            if (!entryIndex.TryGetValue(car.Car, out var entry))
            {
                log.Error(ErrorCodes.UnknownCar, CarPath(car.Car), car.Car.Value, $"{Describe.Race(race, race.Id)}: car #{car.Car} is classified but has no entry.");
                continue;
            }

            rowEntry[row] = entry;
            if (rowOfEntry[entry] >= 0)
            {
                log.Error(ErrorCodes.DuplicateCarInRace, CarPath(car.Car), car.Car.Value, $"{Describe.Race(race, race.Id)}: {Describe.Car(entries[entry])} appears twice.");
                continue;
            }

            rowOfEntry[entry] = row;
            if (car.Drivers.IsEmpty)
            {
                foreach (var driver in entries[entry].Crew)
                {
                    AddCrew(driver, null, "Crew");
                }
            }
            else
            {
                foreach (var driveTime in car.Drivers)
                {
                    AddCrew(driveTime.Driver, driveTime.Time, "Drivers");
                }
            }

            if (car.Status == ResultStatus.Classified)
            {
                if (car.Position is null)
                {
                    log.Error(ErrorCodes.MissingPosition, CarPath(car.Car) + ".Position", null, $"{Describe.Race(race, race.Id)}: {Describe.Car(entries[entry])} is classified but has no position.");
                }
                else
                {
                    ints[classifiedAt + classifiedCount++] = row;
                }
            }

            void AddCrew(DriverId driver, Duration? time, string source)
            {
                if (driverIndex.TryGetValue(driver, out var index))
                {
                    ints[crewAt + crewCount] = index;
                    times[timesAt + crewCount++] = time;
                }
                else
                {
                    log.Error(
                        ErrorCodes.UnknownDriver,
                        source == "Crew" ? CarPath(car.Car) : CarPath(car.Car) + ".Drivers",
                        driver.Value,
                        $"{Describe.Race(race, race.Id)}: {Describe.Car(entries[entry])} names driver '{driver}'{(source == "Crew" ? " in its nominated crew" : string.Empty)}, who is not among the season's drivers.");
                }
            }
        }
        crewStart[cars.Count] = crewCount;

        var inOrder = ints.AsSpan(classifiedAt, classifiedCount);
        inOrder.Sort((a, b) => cars[a].Position!.Value.CompareTo(cars[b].Position!.Value));
        for (var i = 1; i < inOrder.Length; i++)
        {
            if (cars[inOrder[i]].Position == cars[inOrder[i - 1]].Position)
            {
                log.Error(ErrorCodes.DuplicatePosition, $"Cars{Describe.CarIndex(cars[inOrder[i]].Car)}.Position", cars[inOrder[i]].Position, $"{Describe.Race(race, race.Id)}: {Describe.Car(entries[rowEntry[inOrder[i - 1]]])} and {Describe.Car(entries[rowEntry[inOrder[i]]])} are both classified P{cars[inOrder[i]].Position}.");
            }
        }

        foreach (var pole in result.Poles)
        {
            if (!entryIndex.ContainsKey(pole.Car))
            {
                log.Error(ErrorCodes.UnknownCar, $"Poles{Describe.Index(pole.Class)}", pole.Car.Value, $"{Describe.Race(race, race.Id)}: the {pole.Class} pole is credited to car #{pole.Car}, which has no entry.");
            }
        }

        for (var i = 0; i < result.FastestLaps.Count; i++)
        {
            var lap = result.FastestLaps[i];
            if (!entryIndex.ContainsKey(lap.Car))
            {
                log.Error(ErrorCodes.UnknownCar, $"FastestLaps[{i}].Car", lap.Car.Value, $"{Describe.Race(race, race.Id)}: a fastest lap is credited to car #{lap.Car}, which has no entry.");
            }

            if (lap.Driver is { } driver && !driverIndex.ContainsKey(driver))
            {
                log.Error(ErrorCodes.UnknownDriver, $"FastestLaps[{i}].Driver", driver.Value, $"{Describe.Race(race, race.Id)}: a fastest lap is credited to driver '{driver}', who is not among the season's drivers.");
            }
        }

        ResultChecks.RaceAdjustments(rules, index, race, result, rowOfEntry, log);
        CheckTimePenalties(race, result, ints.AsSpan(classifiedAt, classifiedCount), rowOfEntry, index, log);
        if (log.Errors == errorsBefore)
        {
            ApplyAdjustments(result, ints.AsSpan(classifiedAt, classifiedCount), ref classifiedCount, status, rowOfEntry, entryIndex);
        }

        // The order is written over the classified rows it comes from.
        var order = ints.AsSpan(classifiedAt, classifiedCount);
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = rowEntry[order[i]];
        }

        return new RaceSheet(race, result, arrays, rowOfEntryAt, rowEntryAt, crewStartAt, classifiedAt, classifiedCount, statusAt, crewAt, timesAt, crewCount);
    }

    private static string CarPath(CarNumber car) => "Cars" + Describe.CarIndex(car);

    /// <summary>Gets the row index of an entry's result, or -1.</summary>
    public int RowOf(int entry) => arrays.Ints[rowOfEntryAt + entry];

    /// <summary>Reports a time penalty that cannot be applied because a classified car has no total time to add it to and re-order by.</summary>
    private static void CheckTimePenalties(Race race, RaceResult result, ReadOnlySpan<int> classified, ReadOnlySpan<int> rowOfEntry, SeasonIndex index, FailureLog log)
    {
        var penalised = false;
        foreach (var adjustment in result.Adjustments)
        {
            penalised |= adjustment is TimePenalty penalty && index.EntryIndex.TryGetValue(penalty.Car, out var entry) && rowOfEntry[entry] >= 0;
        }

        if (!penalised)
        {
            return;
        }

        foreach (var row in classified)
        {
            var car = result.Cars[row];
            if (car.TotalTime is null)
            {
                log.Error(ErrorCodes.TimePenaltyWithoutTimes, $"Cars{Describe.CarIndex(car.Car)}.TotalTime", car.Car.Value, $"{Describe.Race(race, race.Id)}: a time penalty must re-order the classification, but {Describe.Car(car.Car, index.FindEntry(car.Car))} has no total time.");
                return;
            }
        }
    }

    /// <summary>Applies post-race decisions in a fixed order: time penalties, then position penalties, then exclusions.</summary>
    /// <param name="result">The race result.</param>
    /// <param name="classified">The classified rows in finishing order (the first <paramref name="count"/> items are kept).</param>
    /// <param name="count">The number of classified rows, less those excluded.</param>
    /// <param name="status">Each row's status: an excluded row's becomes <see cref="ResultStatus.Excluded"/>.</param>
    /// <param name="rowOfEntry">Each entry's row.</param>
    /// <param name="entryIndex">Each car's entry.</param>
    private static void ApplyAdjustments(RaceResult result, Span<int> classified, ref int count, Span<ResultStatus> status, ReadOnlySpan<int> rowOfEntry, Dictionary<CarNumber, int> entryIndex)
    {
        if (result.Adjustments.IsEmpty)
        {
            return;
        }

        var cars = result.Cars;
        var timePenalties = new Dictionary<int, Duration>();
        foreach (var adjustment in result.Adjustments)
        {
            if (adjustment is TimePenalty penalty && RowOfCar(penalty.Car, rowOfEntry, entryIndex) is var row and >= 0)
            {
                timePenalties[row] = timePenalties.GetValueOrDefault(row) + penalty.Time;
            }
        }

        if (timePenalties.Count > 0)
        {
            var originalRank = new Dictionary<int, int>(count);
            for (var i = 0; i < count; i++)
            {
                originalRank[classified[i]] = i;
            }

            classified[..count].Sort((a, b) =>
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
            if (adjustment is PositionPenalty penalty && RowOfCar(penalty.Car, rowOfEntry, entryIndex) is var row and >= 0)
            {
                var at = classified[..count].IndexOf(row);
                if (at >= 0)
                {
                    // The car drops the places (no further than last); the cars it falls behind move up one.
                    var to = Math.Min(count - 1, at + Math.Max(0, penalty.Places));
                    classified[(at + 1)..(to + 1)].CopyTo(classified[at..]);
                    classified[to] = row;
                }
            }
        }

        foreach (var adjustment in result.Adjustments)
        {
            if (adjustment is RaceExclusion exclusion && RowOfCar(exclusion.Car, rowOfEntry, entryIndex) is var row and >= 0)
            {
                var at = classified[..count].IndexOf(row);
                if (at >= 0)
                {
                    classified[(at + 1)..count].CopyTo(classified[at..]);
                    count--;
                }

                status[row] = ResultStatus.Excluded;
            }
        }

        static int RowOfCar(CarNumber car, ReadOnlySpan<int> rowOfEntry, Dictionary<CarNumber, int> entryIndex)
            => entryIndex.TryGetValue(car, out var e) ? rowOfEntry[e] : -1;
    }
}
