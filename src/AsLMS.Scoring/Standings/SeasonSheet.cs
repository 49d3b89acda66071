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
        var rowOfEntry = new int[entries.Length];
        Array.Fill(rowOfEntry, -1);
        var status = new ResultStatus[cars.Count];
        var rowEntry = new int[cars.Count];
        var crewStart = new int[cars.Count + 1];
        var crewDrivers = new List<int>(cars.Count * 3);
        var crewTimes = new List<Duration?>(cars.Count * 3);
        var classified = new List<int>(cars.Count);

        for (var row = 0; row < cars.Count; row++)
        {
            var car = cars[row];
            crewStart[row] = crewDrivers.Count;
            rowEntry[row] = -1;
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
                    classified.Add(row);
                }
            }

            void AddCrew(DriverId driver, Duration? time, string source)
            {
                if (driverIndex.TryGetValue(driver, out var index))
                {
                    crewDrivers.Add(index);
                    crewTimes.Add(time);
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

        crewStart[cars.Count] = crewDrivers.Count;

        classified.Sort((a, b) => cars[a].Position!.Value.CompareTo(cars[b].Position!.Value));
        for (var i = 1; i < classified.Count; i++)
        {
            if (cars[classified[i]].Position == cars[classified[i - 1]].Position)
            {
                log.Error(ErrorCodes.DuplicatePosition, $"Cars{Describe.CarIndex(cars[classified[i]].Car)}.Position", cars[classified[i]].Position, $"{Describe.Race(race, race.Id)}: {Describe.Car(entries[rowEntry[classified[i - 1]]])} and {Describe.Car(entries[rowEntry[classified[i]]])} are both classified P{cars[classified[i]].Position}.");
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
        CheckTimePenalties(race, result, classified, rowOfEntry, index, log);
        if (log.Errors == errorsBefore)
        {
            ApplyAdjustments(result, classified, status, rowOfEntry, entryIndex);
        }

        var order = new int[classified.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = rowEntry[classified[i]];
        }

        return new RaceSheet(race, result, order, rowOfEntry, rowEntry, status, crewStart, [.. crewDrivers], [.. crewTimes]);
    }

    private static string CarPath(CarNumber car) => "Cars" + Describe.CarIndex(car);

    /// <summary>Gets the row index of an entry's result, or -1.</summary>
    public int RowOf(int entry) => RowOfEntry[entry];

    /// <summary>Reports a time penalty that cannot be applied because a classified car has no total time to add it to and re-order by.</summary>
    private static void CheckTimePenalties(Race race, RaceResult result, List<int> classified, int[] rowOfEntry, SeasonIndex index, FailureLog log)
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
    private static void ApplyAdjustments(RaceResult result, List<int> classified, ResultStatus[] status, int[] rowOfEntry, Dictionary<CarNumber, int> entryIndex)
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
