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
/// The races' arrays (one element per car or crew member) are rented from the shared pool: the calculator gives them back with
/// <see cref="Return"/> when its output is built, so a calculation allocates nothing per race result. A sheet not returned
/// (validation, tests) is simply collected.
/// </remarks>
internal sealed class SeasonSheet
{
    private SeasonSheet(RuleSet rules, SeasonResults results, SeasonIndex index, RaceSheet[] races)
    {
        Rules = rules;
        Results = results;
        Index = index;
        Races = races;
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
    public void Return()
    {
        foreach (var race in Races)
        {
            race.Return();
        }
    }

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

        var races = new RaceSheet[calendarRaces.Count];
        for (var i = 0; i < races.Length; i++)
        {
            var (race, result) = calendarRaces[i];
            races[i] = RaceSheet.Build(race, result, rules, index, log.At("Races", race.Id.Value));
        }

        ResultChecks.SeasonAdjustments(rules, results, index, log);
        if (log.Errors > 0)
        {
            foreach (var race in races)
            {
                race.Return();
            }

            return null;
        }

        Array.Sort(races, (a, b) => a.Race.Round.CompareTo(b.Race.Round));
        return new SeasonSheet(rules, results, index, races);
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

/// <summary>One race's classification ready for scoring: classified cars in finishing order, every car's status and crew.</summary>
/// <remarks>Its arrays are rented from the shared pool (see <see cref="SeasonSheet"/>) and may be longer than what they hold: read them
/// through the spans, which have the right lengths.</remarks>
internal sealed class RaceSheet
{
    private readonly int[] order;
    private readonly int[] rowOfEntry;
    private readonly int[] rowEntry;
    private readonly ResultStatus[] status;
    private readonly int[] crewStart;
    private readonly int[] crewDrivers;
    private readonly Duration?[] crewTimes;
    private readonly int classifiedCount;
    private readonly int crewCount;

    private RaceSheet(Race race, RaceResult result, int[] order, int classifiedCount, int[] rowOfEntry, int[] rowEntry, ResultStatus[] status, int[] crewStart, int[] crewDrivers, Duration?[] crewTimes, int crewCount)
    {
        Race = race;
        Result = result;
        this.order = order;
        this.classifiedCount = classifiedCount;
        this.rowOfEntry = rowOfEntry;
        this.rowEntry = rowEntry;
        this.status = status;
        this.crewStart = crewStart;
        this.crewDrivers = crewDrivers;
        this.crewTimes = crewTimes;
        this.crewCount = crewCount;
    }

    public Race Race { get; }

    public RaceResult Result { get; }

    /// <summary>Gets the entry indices of the classified cars, in finishing order after adjustments.</summary>
    public ReadOnlySpan<int> Order => order.AsSpan(0, classifiedCount);

    /// <summary>Gets, for each row of <see cref="RaceResult.Cars"/>, its entry index.</summary>
    public ReadOnlySpan<int> RowEntry => rowEntry.AsSpan(0, Result.Cars.Count);

    /// <summary>Gets each row's status after adjustments.</summary>
    public ReadOnlySpan<ResultStatus> Status => status.AsSpan(0, Result.Cars.Count);

    /// <summary>Gets, for each row, where its crew starts in <see cref="CrewDrivers"/>; one extra element ends the last.</summary>
    public ReadOnlySpan<int> CrewStart => crewStart.AsSpan(0, Result.Cars.Count + 1);

    public ReadOnlySpan<int> CrewDrivers => crewDrivers.AsSpan(0, crewCount);

    public ReadOnlySpan<Duration?> CrewTimes => crewTimes.AsSpan(0, crewCount);

    /// <summary>
    /// Builds a race's sheet, reporting null rows, unknown cars (in the classification, poles and fastest laps), cars listed twice,
    /// unknown drivers, classified cars without a position, shared positions, invalid adjustments and time penalties that cannot be
    /// applied. Adjustments are applied only when nothing was reported.
    /// </summary>
    public static RaceSheet Build(Race race, RaceResult result, RuleSet rules, SeasonIndex index, FailureLog log)
    {
        var entries = index.Entries;
        var entryIndex = index.EntryIndex;
        var driverIndex = index.DriverIndex;
        var errorsBefore = log.Errors;
        var cars = result.Cars;
        var rowOfEntry = Rent<int>(entries.Length);
        Array.Fill(rowOfEntry, -1, 0, entries.Length);
        var status = Rent<ResultStatus>(cars.Count);
        var rowEntry = Rent<int>(cars.Count);
        var crewStart = Rent<int>(cars.Count + 1);
        var crewDrivers = Rent<int>(cars.Count * 3);
        var crewTimes = Rent<Duration?>(cars.Count * 3);
        var crewCount = 0;
        var classified = Rent<int>(cars.Count);
        var classifiedCount = 0;

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
                    classified[classifiedCount++] = row;
                }
            }

            void AddCrew(DriverId driver, Duration? time, string source)
            {
                if (driverIndex.TryGetValue(driver, out var index))
                {
                    if (crewCount == crewDrivers.Length)
                    {
                        crewDrivers = Grow(crewDrivers, crewCount);
                        crewTimes = Grow(crewTimes, crewCount);
                    }

                    crewDrivers[crewCount] = index;
                    crewTimes[crewCount++] = time;
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

        var inOrder = classified.AsSpan(0, classifiedCount);
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
        CheckTimePenalties(race, result, classified.AsSpan(0, classifiedCount), rowOfEntry, index, log);
        if (log.Errors == errorsBefore)
        {
            ApplyAdjustments(result, classified, ref classifiedCount, status, rowOfEntry, entryIndex);
        }

        // The order is written over the classified rows it comes from.
        for (var i = 0; i < classifiedCount; i++)
        {
            classified[i] = rowEntry[classified[i]];
        }

        return new RaceSheet(race, result, classified, classifiedCount, rowOfEntry, rowEntry, status, crewStart, crewDrivers, crewTimes, crewCount);
    }

    /// <summary>Gives the arrays back to the pool: the sheet must not be read afterwards.</summary>
    public void Return()
    {
        ArrayPool<int>.Shared.Return(order);
        ArrayPool<int>.Shared.Return(rowOfEntry);
        ArrayPool<int>.Shared.Return(rowEntry);
        ArrayPool<ResultStatus>.Shared.Return(status);
        ArrayPool<int>.Shared.Return(crewStart);
        ArrayPool<int>.Shared.Return(crewDrivers);
        ArrayPool<Duration?>.Shared.Return(crewTimes);
    }

    private static T[] Rent<T>(int length) => ArrayPool<T>.Shared.Rent(Math.Max(1, length));

    /// <summary>Rents an array twice as long, with the first items copied, and gives the old one back.</summary>
    private static T[] Grow<T>(T[] array, int count)
    {
        var larger = ArrayPool<T>.Shared.Rent(2 * array.Length);
        Array.Copy(array, larger, count);
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }

    private static string CarPath(CarNumber car) => "Cars" + Describe.CarIndex(car);

    /// <summary>Gets the row index of an entry's result, or -1.</summary>
    public int RowOf(int entry) => rowOfEntry[entry];

    /// <summary>Reports a time penalty that cannot be applied because a classified car has no total time to add it to and re-order by.</summary>
    private static void CheckTimePenalties(Race race, RaceResult result, ReadOnlySpan<int> classified, int[] rowOfEntry, SeasonIndex index, FailureLog log)
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
    /// <param name="classified">The classified rows in finishing order (the first <paramref name="count"/> items).</param>
    /// <param name="count">The number of classified rows, less those excluded.</param>
    /// <param name="status">Each row's status: an excluded row's becomes <see cref="ResultStatus.Excluded"/>.</param>
    /// <param name="rowOfEntry">Each entry's row.</param>
    /// <param name="entryIndex">Each car's entry.</param>
    private static void ApplyAdjustments(RaceResult result, int[] classified, ref int count, ResultStatus[] status, int[] rowOfEntry, Dictionary<CarNumber, int> entryIndex)
    {
        if (result.Adjustments.IsEmpty)
        {
            return;
        }

        var cars = result.Cars;
        int RowOfCar(CarNumber car) => entryIndex.TryGetValue(car, out var e) ? rowOfEntry[e] : -1;

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
            var originalRank = new Dictionary<int, int>(count);
            for (var i = 0; i < count; i++)
            {
                originalRank[classified[i]] = i;
            }

            classified.AsSpan(0, count).Sort((a, b) =>
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
                var at = Array.IndexOf(classified, row, 0, count);
                if (at >= 0)
                {
                    // The car drops the places (no further than last); the cars it falls behind move up one.
                    var to = Math.Min(count - 1, at + Math.Max(0, penalty.Places));
                    Array.Copy(classified, at + 1, classified, at, to - at);
                    classified[to] = row;
                }
            }
        }

        foreach (var adjustment in result.Adjustments)
        {
            if (adjustment is RaceExclusion exclusion && RowOfCar(exclusion.Car) is var row and >= 0)
            {
                var at = Array.IndexOf(classified, row, 0, count);
                if (at >= 0)
                {
                    Array.Copy(classified, at + 1, classified, at, count - at - 1);
                    count--;
                }

                status[row] = ResultStatus.Excluded;
            }
        }
    }
}
