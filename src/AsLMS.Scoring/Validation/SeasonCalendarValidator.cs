using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates a season's span and calendar: the first day is not after the last, race identifiers and rounds are used once, rounds
/// follow the dates, every race falls within the season, and each event's races with <see cref="RaceEventValidator"/>.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.ValueOutOfRange"/>, <see cref="ErrorCodes.DuplicateRace"/>, <see cref="ErrorCodes.DuplicateRound"/>,
/// <see cref="ErrorCodes.RoundOutOfOrder"/>, <see cref="ErrorCodes.RaceOutsideSeason"/>. An empty calendar is valid: a season can
/// be announced before its races are.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SeasonCalendarValidator : AbstractValidator<Season>
{
    /// <summary>Initializes a new instance of the <see cref="SeasonCalendarValidator"/> class.</summary>
    public SeasonCalendarValidator()
    {
        RuleFor(s => s).Custom((season, context) =>
        {
            var log = FailureLog.Into(context);
            if (season.FirstDay > season.LastDay)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "LastDay", season.LastDay, $"Season {season.Label} ends on {season.LastDay:uuuu-MM-dd}, before it starts on {season.FirstDay:uuuu-MM-dd}.");
            }

            var ids = new HashSet<RaceId>();
            var rounds = new HashSet<int>();
            Race? previous = null;
            foreach (var race in season.Races)
            {
                var property = $"Races{Describe.Index(race.Id)}";
                var name = Describe.Race(race, race.Id);
                if (!ids.Add(race.Id))
                {
                    log.Error(ErrorCodes.DuplicateRace, property, race.Id.Value, $"Two races of the {season.Label} calendar are '{race.Id}' (the second is {race.Name}, round {race.Round}).");
                }

                if (!rounds.Add(race.Round))
                {
                    log.Error(ErrorCodes.DuplicateRound, $"{property}.Round", race.Round, $"{name} and another race of the {season.Label} calendar are both round {race.Round}.");
                }

                if (previous is not null && previous.Round != race.Round && race.Date < previous.Date)
                {
                    log.Error(ErrorCodes.RoundOutOfOrder, $"{property}.Date", race.Date, $"{name}, round {race.Round}, is on {race.Date:uuuu-MM-dd}, before round {previous.Round} ({previous.Name}) on {previous.Date:uuuu-MM-dd}.");
                }

                if (!season.Contains(race.Date) && season.FirstDay <= season.LastDay)
                {
                    log.Error(ErrorCodes.RaceOutsideSeason, $"{property}.Date", race.Date, $"{name} is on {race.Date:uuuu-MM-dd}, outside season {season.Label} ({season.FirstDay:uuuu-MM-dd} to {season.LastDay:uuuu-MM-dd}).");
                }

                previous = race;
            }
        });

        RuleForEach(s => s.Events)
            .OverrideIndexer((_, _, e, i) => e is null ? $"[{i}]" : Describe.Index(e.Name))
            .SetValidator(new RaceEventValidator());
    }
}
