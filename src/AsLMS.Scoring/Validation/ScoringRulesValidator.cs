using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates scoring rules against a calendar: every race's category has a scoring (or there is a default), each category has one
/// scoring, and the race scorings, shortened-race rules and drop rule with their own validators.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.MissingRaceScoring"/>, <see cref="ErrorCodes.DuplicateRaceScoring"/>, <see cref="ErrorCodes.MissingValue"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ScoringRulesValidator : AbstractValidator<ScoringRules>
{
    /// <summary>Initializes a new instance of the <see cref="ScoringRulesValidator"/> class.</summary>
    /// <param name="season">The calendar the rules score, or null to check them on their own.</param>
    public ScoringRulesValidator(Season? season)
    {
        RuleFor(s => s).Custom((scoring, context) =>
        {
            var log = FailureLog.Into(context);
            ScoringChecks.Coverage(scoring, season?.Races ?? default, log);
            var categories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var raceScoring in scoring.Races)
            {
                if (raceScoring is not null && !categories.Add(raceScoring.Category ?? string.Empty))
                {
                    var name = raceScoring.Category is null ? "the default" : $"category '{raceScoring.Category}'";
                    log.Error(ErrorCodes.DuplicateRaceScoring, $"Races{Describe.Index(raceScoring.Category ?? "default")}", raceScoring.Category, $"The scoring rules have two race scorings for {name}.");
                }
            }

            for (var i = 0; i < scoring.ShortenedRaces.Count; i++)
            {
                if (scoring.ShortenedRaces[i] is null)
                {
                    log.Error(ErrorCodes.MissingValue, $"ShortenedRaces[{i}]", null, $"Shortened-race rule {i} is null.");
                }
            }
        });

        RuleForEach(s => s.Races)
            .OverrideIndexer((_, _, r, i) => r is null ? $"[{i}]" : Describe.Index(r.Category ?? "default"))
            .SetValidator(new RaceScoringValidator());
        RuleForEach(s => s.ShortenedRaces).SetValidator(new ShortenedRaceRuleValidator());
        RuleFor(s => s.Drops!).SetValidator(new DropRuleValidator(season));
    }
}
