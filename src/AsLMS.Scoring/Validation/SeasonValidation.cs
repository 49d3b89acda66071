using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// The entry point of validation: a rule set on its own, or results against their rule set, with every validator of the library
/// assembled. Validation never throws on bad input: every problem is a failure in the report.
/// </summary>
/// <remarks>
/// <para><see cref="Standings.StandingsCalculator"/> makes only the checks it needs to score (the codes marked "calculator" in
/// <see cref="ErrorCodes"/>), to stay fast; validate first to get every failure, as values, including the rule set's.</para>
/// <para>Cost: linear in the size of the rule set and of the results. Every method is thread-safe.</para>
/// </remarks>
public static class SeasonValidation
{
    private static readonly RuleSetValidator RuleSetValidator = new();

    /// <summary>Validates a rule set on its own.</summary>
    /// <param name="rules">The rule set.</param>
    /// <returns>The report.</returns>
    public static ValidationReport Validate(RuleSet rules)
    {
        Preconditions.CheckNotNull(rules);
        return ValidationReport.From(RuleSetValidator.Validate(rules));
    }

    /// <summary>Validates a rule set, and a season's results against it.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The results.</param>
    /// <param name="options">The options, or null for <see cref="ValidationOptions.Default"/>.</param>
    /// <returns>The report: the rule set's failures, then the results'.</returns>
    public static ValidationReport Validate(RuleSet rules, SeasonResults results, ValidationOptions? options = null)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(results);
        return ValidationReport.From(RuleSetValidator.Validate(rules), new SeasonResultsValidator(rules, options).Validate(results));
    }
}
