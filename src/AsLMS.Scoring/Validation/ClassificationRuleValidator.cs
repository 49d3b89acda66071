using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>Validates a classification rule: its minimum share of the reference distance is above 0 and at most 1.</summary>
/// <remarks>
/// <para>Code: <see cref="ErrorCodes.ValueOutOfRange"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ClassificationRuleValidator : AbstractValidator<ClassificationRule>
{
    /// <summary>Initializes a new instance of the <see cref="ClassificationRuleValidator"/> class.</summary>
    public ClassificationRuleValidator()
    {
        RuleFor(r => r.MinimumShare).Custom((share, context) =>
        {
            if (share is { } value && (value <= Ratio.Zero || value > Ratio.One))
            {
                FailureLog.Into(context).Error(ErrorCodes.ValueOutOfRange, "MinimumShare", value, $"The classification rule asks for {value} of the reference distance: the share must be above 0 and at most 1 (or null for no distance condition).");
            }
        });
    }
}
