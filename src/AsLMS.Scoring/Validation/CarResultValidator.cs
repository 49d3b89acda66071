using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using FluentValidation;
using NodaTime;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates one car's result in a race: laps and times are not negative; its crew in the race names each driver once, was
/// nominated for the entry, meets the crew requirements, and did not drive for longer than the car ran.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.ValueOutOfRange"/>, <see cref="ErrorCodes.DriverListedTwice"/>, <see cref="ErrorCodes.DriveTimeExceedsRace"/>,
/// and two warnings: <see cref="ErrorCodes.DriverNotNominated"/> and <see cref="ErrorCodes.CrewRequirementNotMet"/>.</para>
/// <para>Crews may change between races (a substitute for an injured or unavailable driver, a car shared differently at one event),
/// so the crew given in the race is the one scored: a driver who is among the season's drivers but not in the entry's nominated
/// crew is a warning that the entry list may be out of date; a driver who is not among the season's drivers is an error
/// (<see cref="ErrorCodes.UnknownDriver"/>, reported by <see cref="RaceResultValidator"/>). An entry with no nominated crew gives
/// no warning.</para>
/// <para>The drive times may add up to the car's total time when it is given (plus a second per driver for rounding), otherwise to
/// the race's running time, or scheduled duration, plus <see cref="ValidationOptions.FinishAllowance"/>.</para>
/// <para>This type is immutable and thread-safe once constructed.</para>
/// </remarks>
public sealed class CarResultValidator : AbstractValidator<CarResult>
{
    /// <summary>Initializes a new instance of the <see cref="CarResultValidator"/> class.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The season's results (for entries and drivers).</param>
    /// <param name="race">The race result the car result belongs to.</param>
    /// <param name="options">The options, or null for <see cref="ValidationOptions.Default"/>.</param>
    public CarResultValidator(RuleSet rules, SeasonResults results, RaceResult race, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(results);
        Preconditions.CheckNotNull(race);
        options ??= ValidationOptions.Default;

        RuleFor(c => c).Custom((car, context) =>
        {
            var scope = ValidationScope.Of(context, rules, results, options);
            var view = scope.View(race);
            var log = FailureLog.Into(context);
            var row = view.Find(car.Car);
            var who = $"{view.Name}: {Describe.Car(car.Car, row?.Entry)}";
            CheckValues(car, who, log);

            // Unknown cars and second rows of a car are the calculator's failures; their crews are not judged.
            if (row is null || !ReferenceEquals(row.Car, car))
            {
                return;
            }

            CheckCrew(scope, row, who, log);
            CheckDriveTimes(options, view, car, who, log);
        });
    }

    private static void CheckValues(CarResult car, string who, FailureLog log)
    {
        if (car.Laps < 0)
        {
            log.Error(ErrorCodes.ValueOutOfRange, "Laps", car.Laps, $"{who} has {car.Laps} laps: laps cannot be negative.");
        }

        if (car.TotalTime is { } total && total < Duration.Zero)
        {
            log.Error(ErrorCodes.ValueOutOfRange, "TotalTime", total, $"{who} has a negative total time ({Describe.Time(total)}).");
        }

        foreach (var drive in car.Drivers)
        {
            if (drive.Time is { } time && time < Duration.Zero)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "Drivers", time, $"{who}: driver '{drive.Driver}' has a negative drive time ({Describe.Time(time)}).");
            }
        }
    }

    private static void CheckCrew(ValidationScope scope, RaceView.Row row, string who, FailureLog log)
    {
        var car = row.Car;
        if (car.Drivers.IsEmpty)
        {
            return; // The nominated crew raced: the entry's validation judges it.
        }

        var seen = new HashSet<DriverId>();
        var nominated = row.Entry.Crew;
        foreach (var drive in car.Drivers)
        {
            var driver = scope.Index.FindDriver(drive.Driver);
            if (!seen.Add(drive.Driver))
            {
                log.Error(ErrorCodes.DriverListedTwice, "Drivers", drive.Driver.Value, $"{who}: the crew names {Describe.Driver(drive.Driver, driver)} twice.");
            }
            else if (driver is not null && !nominated.IsEmpty && !nominated.AsSpan().Contains(drive.Driver))
            {
                log.Warning(
                    ErrorCodes.DriverNotNominated,
                    "Drivers",
                    drive.Driver.Value,
                    $"{who}: {Describe.Driver(drive.Driver, driver)} drove but is not in the entry's nominated crew ({string.Join(", ", nominated)}); the race's crew is scored.");
            }
        }

        // A crew that is the nominated one was judged with the entry; a crew with an unknown driver cannot be judged.
        if (!seen.SetEquals(nominated) && scope.KnownCrew(car.Drivers.Select(d => d.Driver)) is { } crew)
        {
            CrewRules.Check(scope.Requirements, row.Entry, crew, scope.Options.RegionOf, $"{who}, crew in the race", "Drivers", log);
        }
    }

    private static void CheckDriveTimes(ValidationOptions options, RaceView view, CarResult car, string who, FailureLog log)
    {
        var driven = Duration.Zero;
        var timed = 0;
        foreach (var drive in car.Drivers)
        {
            if (drive.Time is { } time && time > Duration.Zero)
            {
                driven += time;
                timed++;
            }
        }

        if (timed == 0)
        {
            return;
        }

        Duration limit;
        string against;
        if (car.TotalTime is { } total)
        {
            // Drive times are published rounded; allow a second per driver.
            limit = total + Duration.FromSeconds(timed);
            against = $"the car's total time of {Describe.Time(total)}";
        }
        else if ((view.Result.RunningTime ?? view.Race?.ScheduledDuration) is { } raceTime)
        {
            limit = raceTime + options.FinishAllowance;
            against = $"the race's {Describe.Time(raceTime)} and {Describe.Time(options.FinishAllowance)} to finish the last lap";
        }
        else
        {
            return;
        }

        if (driven > limit)
        {
            log.Error(ErrorCodes.DriveTimeExceedsRace, "Drivers", driven, $"{who}: the drive times add up to {Describe.Time(driven)}, more than {against}.");
        }
    }
}
