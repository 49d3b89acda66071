using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// The checks on results that the calculator makes before scoring and the validators make too: one implementation, so a code
/// means the same whether it comes from <see cref="StandingsCalculator"/> or from <see cref="SeasonValidation"/>.
/// </summary>
internal static class ResultChecks
{
    /// <summary>
    /// Pairs each race result with its race of the calendar, in the order given, reporting null results, results for races not in
    /// the calendar (when asked; <see cref="RaceResultValidator"/> reports those itself) and second results for a race.
    /// </summary>
    public static List<(Race Race, RaceResult Result)> RaceResults(RuleSet rules, SeasonResults results, FailureLog log, bool reportNotInCalendar)
    {
        var list = new List<(Race, RaceResult)>(results.Races.Count);
        var seen = new HashSet<RaceId>();
        var calendarLog = reportNotInCalendar ? log : FailureLog.Discard();
        for (var i = 0; i < results.Races.Count; i++)
        {
            var result = results.Races[i];
            if (result is null)
            {
                log.Error(ErrorCodes.MissingValue, $"Races[{i}]", null, $"Race result {i} is null.");
                continue;
            }

            var race = CalendarRace(rules, result, calendarLog.At("Races", result.Race.Value));
            if (race is null)
            {
                continue;
            }

            if (!seen.Add(result.Race))
            {
                log.Error(ErrorCodes.DuplicateRaceResult, $"Races{Describe.Index(result.Race)}", result.Race.Value, $"{Describe.Race(race, race.Id)} has two results.");
                continue;
            }

            list.Add((race, result));
        }

        return list;
    }

    /// <summary>Finds a result's race in the calendar, reporting a race that is not in it.</summary>
    public static Race? CalendarRace(RuleSet rules, RaceResult result, FailureLog log)
    {
        var race = rules.Season?.FindRace(result.Race);
        if (race is null)
        {
            log.Error(ErrorCodes.RaceNotInCalendar, "Race", result.Race.Value, $"Results were given for race '{result.Race}', which is not in the {rules.Season?.Label} calendar.");
        }

        return race;
    }

    /// <summary>Checks the season's adjustments: each must name known cars, drivers and tables, and be a season adjustment.</summary>
    public static void SeasonAdjustments(RuleSet rules, SeasonResults results, SeasonIndex index, FailureLog log)
    {
        for (var i = 0; i < results.Adjustments.Count; i++)
        {
            Adjustment(rules, index, race: null, rowOfEntry: default, results.Adjustments[i], log.At($"Adjustments[{i}]"));
        }
    }

    /// <summary>Checks a race's adjustments (see <see cref="Adjustment"/>).</summary>
    public static void RaceAdjustments(RuleSet rules, SeasonIndex index, Race race, RaceResult result, ReadOnlySpan<int> rowOfEntry, FailureLog log)
    {
        for (var i = 0; i < result.Adjustments.Count; i++)
        {
            Adjustment(rules, index, race, rowOfEntry, result.Adjustments[i], log.At($"Adjustments[{i}]"));
        }
    }

    /// <summary>
    /// Checks one adjustment: it names known cars, drivers and tables; its amount is positive; a penalty or an exclusion from a race
    /// names a car that has a result in that race (each entry's row in <c>rowOfEntry</c>, empty for a season adjustment); and a race
    /// penalty or exclusion is given in a race, where the calculator applies it.
    /// </summary>
    private static void Adjustment(RuleSet rules, SeasonIndex index, Race? race, ReadOnlySpan<int> rowOfEntry, Adjustment? adjustment, FailureLog log)
    {
        var where = race is null ? "A season adjustment" : $"{Describe.Race(race, race.Id)}: an adjustment";
        if (adjustment is null)
        {
            log.Error(ErrorCodes.MissingValue, string.Empty, null, $"{where} is null.");
            return;
        }

        var kind = adjustment switch
        {
            PointsDeduction => "points deduction",
            TimePenalty => "time penalty",
            PositionPenalty => "position penalty",
            RaceExclusion => "race exclusion",
            _ => "championship exclusion",
        };
        where = race is null ? $"A season {kind}" : $"{Describe.Race(race, race.Id)}: a {kind}";

        CarNumber? car = adjustment switch
        {
            PointsDeduction d => d.Car,
            TimePenalty t => t.Car,
            PositionPenalty p => p.Car,
            RaceExclusion x => x.Car,
            ChampionshipExclusion c => c.Car,
            _ => null,
        };
        if (car is { } number)
        {
            if (!index.EntryIndex.TryGetValue(number, out var entry))
            {
                log.Error(ErrorCodes.UnknownCar, "Car", number.Value, $"{where} names car #{number}, which has no entry.");
            }
            else if (race is not null && adjustment is TimePenalty or PositionPenalty or RaceExclusion && rowOfEntry[entry] < 0)
            {
                log.Error(ErrorCodes.CarNotInRace, "Car", number.Value, $"{where} names {Describe.Car(index.Entries[entry])}, which has no result in this race.");
            }
        }

        var driver = adjustment switch
        {
            PointsDeduction d => d.Driver,
            ChampionshipExclusion c => c.Driver,
            _ => null,
        };
        if (driver is { } id && !index.DriverIndex.ContainsKey(id))
        {
            log.Error(ErrorCodes.UnknownDriver, "Driver", id.Value, $"{where} names driver '{id}', who is not among the season's drivers.");
        }

        var table = adjustment switch
        {
            PointsDeduction d => d.Table,
            ChampionshipExclusion c => c.Table,
            _ => null,
        };
        if (table is { } tableId && ListChecks.FindTable(rules, tableId) is null)
        {
            log.Error(ErrorCodes.UnknownTable, "Table", tableId.Value, $"{where} names table '{tableId}', which the {rules.Season?.Label} rules do not define.");
        }

        switch (adjustment)
        {
            case PointsDeduction { Points: var points } when points <= Points.Zero:
                log.Error(ErrorCodes.ValueOutOfRange, "Points", points, $"{where} for car #{car} takes {points} points: the points taken must be positive.");
                break;
            case TimePenalty { Time: var time } when time <= NodaTime.Duration.Zero:
                log.Error(ErrorCodes.ValueOutOfRange, "Time", time, $"{where} for car #{car} adds {Describe.Time(time)}: the time added must be positive.");
                break;
            case PositionPenalty { Places: var places } when places < 1:
                log.Error(ErrorCodes.ValueOutOfRange, "Places", places, $"{where} for car #{car} moves it {places} places: the places lost must be at least 1.");
                break;
            case ChampionshipExclusion { Car: null, Driver: null }:
                log.Error(ErrorCodes.MissingValue, "Car", null, $"{where} names neither a car nor a driver.");
                break;
        }

        if (race is null && adjustment is TimePenalty or PositionPenalty or RaceExclusion)
        {
            log.Error(ErrorCodes.MisplacedAdjustment, string.Empty, kind, $"{where} for car #{car} belongs to a race: give it in that race's adjustments, where it is applied.");
        }
    }
}
