using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>Validates a class of a rule set: a sub-classification's parent is a class of the rule set, and a class of its own.</summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.UnknownClass"/>, <see cref="ErrorCodes.NestedSubClass"/>.</para>
/// <para>This type is immutable and thread-safe once constructed.</para>
/// </remarks>
public sealed class ClassDefinitionValidator : AbstractValidator<ClassDefinition>
{
    /// <summary>Initializes a new instance of the <see cref="ClassDefinitionValidator"/> class.</summary>
    /// <param name="rules">The rule set the class belongs to.</param>
    public ClassDefinitionValidator(RuleSet rules)
    {
        Preconditions.CheckNotNull(rules);
        RuleFor(c => c.Parent).Custom((parent, context) =>
        {
            if (parent is not { } parentId)
            {
                return;
            }

            var log = FailureLog.Into(context);
            var definition = context.InstanceToValidate;
            var parentClass = ListChecks.FindClass(rules, parentId);
            if (parentClass is null)
            {
                log.Error(ErrorCodes.UnknownClass, "Parent", parentId.Value, $"Sub-classification '{definition.Id}' is inside class '{parentId}', which the {rules.Season?.Label} rules do not define.");
            }
            else if (parentClass.Parent is not null || parentId == definition.Id)
            {
                log.Error(ErrorCodes.NestedSubClass, "Parent", parentId.Value, $"Sub-classification '{definition.Id}' is inside '{parentId}', which is itself a sub-classification: a sub-classification's parent must be a class of its own.");
            }
        });
    }
}
