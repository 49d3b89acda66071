using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates a race's result against the rule set and the season's entries: the checks the calculator makes (race in the
/// calendar, known cars and drivers, each car once, positions, adjustments), then positions that run 1, 2, 3..., laps consistent
/// with the order, the classification share, a driver in one car only, poles and fastest laps in the car's class, and each car's
/// result with <see cref="CarResultValidator"/>.
/// </summary>
/// <remarks>
/// <para>Codes: the calculator's (<see cref="ErrorCodes.RaceNotInCalendar"/>, <see cref="ErrorCodes.UnknownCar"/>,
/// <see cref="ErrorCodes.DuplicateCarInRace"/>, <see cref="ErrorCodes.UnknownDriver"/>, <see cref="ErrorCodes.MissingPosition"/>,
/// <see cref="ErrorCodes.DuplicatePosition"/>, <see cref="ErrorCodes.TimePenaltyWithoutTimes"/>, <see cref="ErrorCodes.CarNotInRace"/>,
/// <see cref="ErrorCodes.MisplacedAdjustment"/>, <see cref="ErrorCodes.UnknownTable"/>, <see cref="ErrorCodes.ValueOutOfRange"/>,
/// <see cref="ErrorCodes.MissingValue"/>), and <see cref="ErrorCodes.DriverInTwoCars"/>, <see cref="ErrorCodes.UnknownClass"/>,
/// <see cref="ErrorCodes.CarNotInClass"/>, <see cref="ErrorCodes.DuplicatePole"/>; and three warnings, which published results do
/// contain and the calculator scores through: <see cref="ErrorCodes.PositionGap"/> (a disqualified car's position left empty),
/// <see cref="ErrorCodes.LapsContradictOrder"/> (a penalised car placed behind cars with fewer laps) and
/// <see cref="ErrorCodes.BelowClassificationThreshold"/>.</para>
/// <para>A driver counts in a car's crew for <see cref="ErrorCodes.DriverInTwoCars"/> unless the car did not start: a team that
/// withdraws a car may move its driver to the sister car, and the withdrawn car's row still lists its nominated crew. The check
/// applies when the rule set's drivers score the car's points in full (<see cref="SharedDrivePolicy.FullPointsToEachDriver"/>, endurance
/// racing); under the other policies (early Formula One) a driver could take over a second car.</para>
/// <para>This type is immutable and thread-safe once constructed.</para>
/// </remarks>
public sealed class RaceResultValidator : AbstractValidator<RaceResult>
{
    /// <summary>Initializes a new instance of the <see cref="RaceResultValidator"/> class.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The season's results the race result belongs to (for entries and drivers).</param>
    /// <param name="options">The options, or null for <see cref="ValidationOptions.Default"/>.</param>
    public RaceResultValidator(RuleSet rules, SeasonResults results, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(results);
        options ??= ValidationOptions.Default;

        // What the calculator checks, with the calculator's own code.
        RuleFor(r => r).Custom((result, context) =>
        {
            var scope = ValidationScope.Of(context, rules, results, options);
            var log = FailureLog.Into(context);
            var race = ResultChecks.CalendarRace(rules, result, log);
            if (race is not null)
            {
                var arrays = SheetArrays.For([result], scope.Index);
                RaceSheet.Build(race, result, rules, scope.Index, log, arrays);
                arrays.Return();
            }

            if (result.LeaderLaps is < 0)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "LeaderLaps", result.LeaderLaps, $"{Describe.Race(race, result.Race)}: the leader's laps ({result.LeaderLaps}) cannot be negative.");
            }

            if (result.RunningTime is { } running && running < NodaTime.Duration.Zero)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "RunningTime", running, $"{Describe.Race(race, result.Race)}: the running time ({Describe.Time(running)}) cannot be negative.");
            }
        });

        RuleFor(r => r).Custom((result, context) =>
        {
            var scope = ValidationScope.Of(context, rules, results, options);
            var view = scope.View(result);
            var log = FailureLog.Into(context);
            CheckPositions(view, log);
            CheckLaps(view, log);
            CheckClassificationShare(scope, view, log);
            CheckDrivers(scope, view, log);
            CheckPoles(scope, view, log);
            CheckFastestLaps(scope, view, log);
        });

        RuleForEach(r => r.Cars)
            .OverrideIndexer((_, _, car, i) => car is null ? $"[{i}]" : Describe.CarIndex(car.Car))
            .SetValidator(race => new CarResultValidator(rules, results, race, options));
    }

    /// <summary>Classified positions must run 1, 2, 3...; tied cars share a position and the next is skipped (1, 2, 2, 4).</summary>
    private static void CheckPositions(RaceView view, FailureLog log)
    {
        // Every car counts, entered or not (an unknown car is UnknownCar, not a gap), but each once (a second row is DuplicateCarInRace).
        var positions = new List<(int Position, CarNumber Car)>();
        var seen = new HashSet<CarNumber>();
        foreach (var car in view.Result.Cars)
        {
            if (car is { Status: ResultStatus.Classified } && seen.Add(car.Car))
            {
                if (car.Position is not { } position)
                {
                    return; // A classified car without a position leaves a gap of its own: MissingPosition says so.
                }

                positions.Add((position, car.Car));
            }
        }

        positions.Sort((a, b) => a.Position.CompareTo(b.Position));
        for (var i = 0; i < positions.Count; i++)
        {
            var (position, car) = positions[i];
            if (position == i + 1 || (i > 0 && position == positions[i - 1].Position))
            {
                continue;
            }

            var entry = view.Find(car)?.Entry;
            var message = i == 0
                ? $"{view.Name}: the first classified car, {Describe.Car(car, entry)}, is P{position}: positions must start at 1."
                : $"{view.Name}: {Describe.Car(car, entry)} is classified P{position} after P{positions[i - 1].Position}: P{i + 1} is missing (positions must run 1, 2, 3..., tied cars sharing one).";
            log.Warning(ErrorCodes.PositionGap, $"Cars{Describe.CarIndex(car)}.Position", position, message);
            return;
        }
    }

    /// <summary>A classified car cannot have covered more laps than a car classified ahead of it.</summary>
    private static void CheckLaps(RaceView view, FailureLog log)
    {
        RaceView.Row? fewest = null;
        var group = 0;
        RaceView.Row? fewestBeforeGroup = null;
        foreach (var row in view.Classified)
        {
            if (row.Car.Position != group)
            {
                group = row.Car.Position!.Value;
                fewestBeforeGroup = fewest;
            }

            if (fewestBeforeGroup is { } ahead && row.Car.Laps > ahead.Car.Laps)
            {
                log.Warning(
                    ErrorCodes.LapsContradictOrder,
                    $"Cars{Describe.CarIndex(row.Car.Car)}.Laps",
                    row.Car.Laps,
                    $"{view.Name}: {Describe.Car(row.Entry)}, classified P{row.Car.Position}, has {row.Car.Laps} laps, more than the {ahead.Car.Laps} of {Describe.Car(ahead.Entry)} classified ahead of it in P{ahead.Car.Position}.");
            }

            if (fewest is null || row.Car.Laps < fewest.Car.Laps)
            {
                fewest = row;
            }
        }
    }

    /// <summary>A classified car must have covered the rule set's share of its class winner's (or the overall winner's) laps.</summary>
    private static void CheckClassificationShare(ValidationScope scope, RaceView view, FailureLog log)
    {
        var rule = scope.Rules.Classification;
        if (rule?.MinimumShare is not { } share || share <= Ratio.Zero || share > Ratio.One || view.Classified.Count == 0)
        {
            return; // No distance condition, or one the rule-set validation reports as out of range.
        }

        var winners = new Dictionary<ClassId, RaceView.Row>();
        foreach (var row in view.Classified)
        {
            winners.TryAdd(row.Entry.Class, row);
        }

        foreach (var row in view.Classified)
        {
            var winner = rule.Reference == ClassificationReference.OverallWinner ? view.Classified[0] : winners[row.Entry.Class];
            if (share.IsReachedBy(row.Car.Laps, winner.Car.Laps))
            {
                continue;
            }

            var needed = (long)Math.Ceiling((decimal)winner.Car.Laps * share.Numerator / share.Denominator);
            var reference = rule.Reference == ClassificationReference.OverallWinner ? "the overall winner" : $"the {row.Entry.Class} winner";
            log.Warning(
                ErrorCodes.BelowClassificationThreshold,
                $"Cars{Describe.CarIndex(row.Car.Car)}.Laps",
                row.Car.Laps,
                $"{view.Name}: {Describe.Car(row.Entry)} is classified P{row.Car.Position} with {row.Car.Laps} laps, below the classification rule's {share} of {reference}'s {winner.Car.Laps} laps ({Describe.Car(winner.Entry)}): {needed} laps are needed.");
        }
    }

    /// <summary>A driver may be in one car's crew only (cars that did not start aside), where every driver scores the car's points in full.</summary>
    private static void CheckDrivers(ValidationScope scope, RaceView view, FailureLog log)
    {
        // Under the early Formula One rules (points split, or none, between the drivers of a car) a driver could take over a
        // team-mate's car and so drive two cars in one race; in endurance racing a driver drives for one car.
        if (scope.Rules.Scoring?.SharedDrives is not SharedDrivePolicy.FullPointsToEachDriver)
        {
            return;
        }

        var carOf = new Dictionary<DriverId, RaceView.Row>();
        foreach (var row in view.Rows)
        {
            if (row.Car.Status == ResultStatus.DidNotStart)
            {
                continue;
            }

            foreach (var driver in row.Crew.Distinct())
            {
                if (!carOf.TryAdd(driver, row))
                {
                    var first = carOf[driver];
                    log.Error(
                        ErrorCodes.DriverInTwoCars,
                        $"Cars{Describe.CarIndex(row.Car.Car)}.Drivers",
                        driver.Value,
                        $"{view.Name}: {Describe.Driver(driver, scope.Index.FindDriver(driver))} is in the crews of {Describe.Car(first.Entry)} and {Describe.Car(row.Entry)}.");
                }
            }
        }
    }

    /// <summary>Each pole names a known class, a car of that class (or sub-classification), and one car per class.</summary>
    private static void CheckPoles(ValidationScope scope, RaceView view, FailureLog log)
    {
        var seen = new HashSet<ClassId>();
        foreach (var pole in view.Result.Poles)
        {
            var property = $"Poles{Describe.Index(pole.Class)}";
            if (!seen.Add(pole.Class))
            {
                log.Error(ErrorCodes.DuplicatePole, property, pole.Car.Value, $"{view.Name}: the {pole.Class} pole is credited twice (again to car #{pole.Car}).");
            }

            CheckClassOf(scope, view, pole.Class, pole.Car, $"the {pole.Class} pole", property, log);
        }
    }

    /// <summary>Each class fastest lap names a known class and a car of that class.</summary>
    private static void CheckFastestLaps(ValidationScope scope, RaceView view, FailureLog log)
    {
        for (var i = 0; i < view.Result.FastestLaps.Count; i++)
        {
            var lap = view.Result.FastestLaps[i];
            if (lap.Class is { } carClass)
            {
                CheckClassOf(scope, view, carClass, lap.Car, $"the {carClass} fastest lap", $"FastestLaps[{i}]", log);
            }
        }
    }

    private static void CheckClassOf(ValidationScope scope, RaceView view, ClassId carClass, CarNumber car, string what, string property, FailureLog log)
    {
        if (!scope.Classes.ContainsKey(carClass))
        {
            log.Error(ErrorCodes.UnknownClass, property + ".Class", carClass.Value, $"{view.Name}: {what} is for class '{carClass}', which the {scope.Rules.Label} rules do not define.");
            return;
        }

        // An unknown car is the calculator's UnknownCar; a car of an unknown class is its entry's UnknownClass.
        if (scope.Index.FindEntry(car) is { } entry && scope.Classes.ContainsKey(entry.Class) && entry.Class != carClass && entry.SubClass != carClass)
        {
            var entered = entry.SubClass is { } sub ? $"{entry.Class} ({sub})" : entry.Class.Value;
            log.Error(ErrorCodes.CarNotInClass, property + ".Car", car.Value, $"{view.Name}: {what} is credited to {Describe.Car(entry)}, which is entered in {entered}.");
        }
    }
}
