using AsLMS.Scoring.Rules;
using FluentValidation;
using NodaTime;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates an event of the calendar: it has a circuit with a time zone, and each race has a round from 1, a scheduled duration
/// or laps above zero, a multiplier of at least zero, and a scheduled start in the circuit's time zone on the race's date.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.MissingValue"/>, <see cref="ErrorCodes.ValueOutOfRange"/>, <see cref="ErrorCodes.RaceStartMismatch"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RaceEventValidator : AbstractValidator<RaceEvent>
{
    /// <summary>Initializes a new instance of the <see cref="RaceEventValidator"/> class.</summary>
    public RaceEventValidator()
    {
        RuleFor(e => e).Custom((raceEvent, context) =>
        {
            var log = FailureLog.Into(context);
            var zone = raceEvent.Circuit?.TimeZone;
            if (raceEvent.Circuit is null)
            {
                log.Error(ErrorCodes.MissingValue, "Circuit", null, $"Event {raceEvent.Name} has no circuit.");
            }
            else if (zone is null)
            {
                log.Error(ErrorCodes.MissingValue, "Circuit.TimeZone", null, $"Event {raceEvent.Name}: circuit {raceEvent.Circuit.Name} has no time zone.");
            }

            for (var i = 0; i < raceEvent.Races.Count; i++)
            {
                var race = raceEvent.Races[i];
                if (race is null)
                {
                    log.Error(ErrorCodes.MissingValue, $"Races[{i}]", null, $"Event {raceEvent.Name}: race {i} is null.");
                    continue;
                }

                Check(race, zone, log.At($"Races{Describe.Index(race.Id)}"));
            }
        });
    }

    private static void Check(Race race, DateTimeZone? zone, FailureLog log)
    {
        var name = Describe.Race(race, race.Id);
        if (race.Round < 1)
        {
            log.Error(ErrorCodes.ValueOutOfRange, "Round", race.Round, $"{name} is round {race.Round}: rounds start at 1.");
        }

        if (race.Multiplier < Ratio.Zero)
        {
            log.Error(ErrorCodes.ValueOutOfRange, "Multiplier", race.Multiplier, $"{name} has a points multiplier of {race.Multiplier}: it cannot be negative.");
        }

        if (race.ScheduledDuration is { } duration && duration <= Duration.Zero)
        {
            log.Error(ErrorCodes.ValueOutOfRange, "ScheduledDuration", duration, $"{name} is scheduled for {Describe.Time(duration)}: the duration must be positive.");
        }

        if (race.ScheduledLaps is < 1)
        {
            log.Error(ErrorCodes.ValueOutOfRange, "ScheduledLaps", race.ScheduledLaps, $"{name} is scheduled for {race.ScheduledLaps} laps: at least 1.");
        }

        if (race.Start is { } start && zone is not null && (!start.Zone.Equals(zone) || start.Date != race.Date))
        {
            log.Error(
                ErrorCodes.RaceStartMismatch,
                "Start",
                start,
                !start.Zone.Equals(zone)
                    ? $"{name} starts at {start.LocalDateTime:uuuu-MM-dd HH:mm} in time zone {start.Zone.Id}, not in its circuit's {zone.Id}."
                    : $"{name} is on {race.Date:uuuu-MM-dd} but starts on {start.Date:uuuu-MM-dd} at the circuit.");
        }
    }
}
