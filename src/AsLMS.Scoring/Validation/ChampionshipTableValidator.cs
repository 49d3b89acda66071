using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates a championship table: its classes exist, its excluded races are in the calendar, it counts at least one car per
/// entrant when it limits them, and its own scoring rules (when it has them) with <see cref="ScoringRulesValidator"/>.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.UnknownClass"/>, <see cref="ErrorCodes.RaceNotInCalendar"/>, <see cref="ErrorCodes.ValueOutOfRange"/>.</para>
/// <para>This type is immutable and thread-safe once constructed.</para>
/// </remarks>
public sealed class ChampionshipTableValidator : AbstractValidator<ChampionshipTable>
{
    /// <summary>Initializes a new instance of the <see cref="ChampionshipTableValidator"/> class.</summary>
    /// <param name="rules">The rule set the table belongs to.</param>
    public ChampionshipTableValidator(RuleSet rules)
    {
        Preconditions.CheckNotNull(rules);
        RuleFor(t => t).Custom((table, context) =>
        {
            var log = FailureLog.Into(context);
            foreach (var carClass in table.Classes)
            {
                if (ListChecks.FindClass(rules, carClass) is null)
                {
                    log.Error(ErrorCodes.UnknownClass, "Classes", carClass.Value, $"Table '{table.Id}' ranks class '{carClass}', which the {rules.Season?.Label} rules do not define.");
                }
            }

            foreach (var race in table.ExcludedRaces)
            {
                if (rules.Season?.FindRace(race) is null)
                {
                    log.Error(ErrorCodes.RaceNotInCalendar, "ExcludedRaces", race.Value, $"Table '{table.Id}' excludes race '{race}', which is not in the {rules.Season?.Label} calendar.");
                }
            }

            if (table.CarsCountedPerRace is < 1)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "CarsCountedPerRace", table.CarsCountedPerRace, $"Table '{table.Id}' counts {table.CarsCountedPerRace} cars per entrant in each race: at least 1 (or null for all).");
            }
        });

        RuleFor(t => t.Scoring!).SetValidator(new ScoringRulesValidator(rules.Season));
    }
}
