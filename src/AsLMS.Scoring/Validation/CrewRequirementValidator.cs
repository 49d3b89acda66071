using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates a crew requirement of a rule set: it has an identifier and a bound, its bounds are not negative, its classes exist,
/// and some crew can meet it: its minimum is not above its own maximum, nor above the maximum of another requirement of a
/// common class that counts at least the same drivers (a crew of at most 3 cannot hold 4 Bronzes; "at most 1 Silver or Bronze"
/// leaves no room for "at least 2 Bronzes").
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.MissingValue"/>, <see cref="ErrorCodes.ValueOutOfRange"/>, <see cref="ErrorCodes.UnknownClass"/>,
/// <see cref="ErrorCodes.UnsatisfiableCrewRequirement"/>. Crews are not checked against a requirement that fails here.</para>
/// <para>This type is immutable and thread-safe once constructed.</para>
/// </remarks>
public sealed class CrewRequirementValidator : AbstractValidator<CrewRequirement>
{
    /// <summary>Initializes a new instance of the <see cref="CrewRequirementValidator"/> class.</summary>
    /// <param name="rules">The rule set the requirement belongs to.</param>
    public CrewRequirementValidator(RuleSet rules)
    {
        Preconditions.CheckNotNull(rules);
        RuleFor(r => r).Custom((requirement, context) =>
        {
            var log = FailureLog.Into(context);
            var what = Describe.Requirement(requirement);
            if (string.IsNullOrWhiteSpace(requirement.Id))
            {
                log.Error(ErrorCodes.MissingValue, "Id", requirement.Id, $"A crew requirement ({requirement.Description}) has no identifier.");
            }

            if (requirement.Minimum is null && requirement.Maximum is null)
            {
                log.Error(ErrorCodes.MissingValue, "Minimum", null, $"{what} sets neither a minimum nor a maximum: it requires nothing.");
            }

            if (requirement.Minimum is < 0)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "Minimum", requirement.Minimum, $"{what} asks for at least {requirement.Minimum} drivers: the minimum cannot be negative.");
            }

            if (requirement.Maximum is < 0)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "Maximum", requirement.Maximum, $"{what} allows at most {requirement.Maximum} drivers: the maximum cannot be negative.");
            }

            foreach (var carClass in requirement.Classes)
            {
                if (ListChecks.FindClass(rules, carClass) is null)
                {
                    log.Error(ErrorCodes.UnknownClass, "Classes", carClass.Value, $"{what} applies to class '{carClass}', which the {rules.Season?.Label} rules do not define.");
                }
            }

            foreach (var conflict in CrewRules.Conflicts(rules))
            {
                if (!ReferenceEquals(conflict.Requirement, requirement))
                {
                    continue;
                }

                log.Error(
                    ErrorCodes.UnsatisfiableCrewRequirement,
                    "Minimum",
                    requirement.Minimum,
                    ReferenceEquals(conflict.Limit, requirement)
                        ? $"{what} asks for at least {requirement.Minimum} drivers but allows at most {requirement.Maximum}: no crew can meet it."
                        : $"{what} asks for at least {requirement.Minimum} drivers, but {Describe.Requirement(conflict.Limit)} allows at most {conflict.Limit.Maximum} of the same drivers in {conflict.Class}: no crew can meet both.");
            }
        });
    }
}
