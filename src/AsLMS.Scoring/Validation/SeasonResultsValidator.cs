using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates a season's results against a rule set: the season-wide checks the calculator makes (entries and drivers listed
/// once, one result per race, season adjustments), then every entry with <see cref="EntryValidator"/> and every race result with
/// <see cref="RaceResultValidator"/>. Property paths name entries by car number and races by identifier:
/// <c>Races[R1].Cars[#4].Drivers</c>.
/// </summary>
/// <remarks>This type is immutable and thread-safe once constructed: one instance can validate any number of seasons at once.</remarks>
public sealed class SeasonResultsValidator : AbstractValidator<SeasonResults>
{
    /// <summary>Initializes a new instance of the <see cref="SeasonResultsValidator"/> class.</summary>
    /// <param name="rules">The rule set the results are validated against.</param>
    /// <param name="options">The options, or null for <see cref="ValidationOptions.Default"/>.</param>
    public SeasonResultsValidator(RuleSet rules, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(rules);
        options ??= ValidationOptions.Default;

        RuleFor(r => r).Custom((results, context) =>
        {
            var log = FailureLog.Into(context);
            var index = SeasonIndex.Build(results, log);
            ResultChecks.RaceResults(rules, results, log, reportNotInCalendar: false);
            ResultChecks.SeasonAdjustments(rules, results, index, log);
        });

        RuleForEach(r => r.Entries)
            .OverrideIndexer((_, _, entry, i) => entry is null ? $"[{i}]" : Describe.CarIndex(entry.Car))
            .SetValidator(results => new EntryValidator(rules, results, options));

        RuleForEach(r => r.Races)
            .OverrideIndexer((_, _, race, i) => race is null ? $"[{i}]" : Describe.Index(race.Race))
            .SetValidator(results => new RaceResultValidator(rules, results, options));
    }
}
