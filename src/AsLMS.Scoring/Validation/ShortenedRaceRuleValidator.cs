using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates a shortened-race rule: it has a threshold (a completed share in (0, 1], or a number of laps from 1), a factor of at
/// least zero, and a replacement scale that is valid as a scale.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.MissingValue"/>, <see cref="ErrorCodes.ValueOutOfRange"/>, <see cref="ErrorCodes.NegativePoints"/>,
/// <see cref="ErrorCodes.IncreasingScale"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ShortenedRaceRuleValidator : AbstractValidator<ShortenedRaceRule>
{
    /// <summary>Initializes a new instance of the <see cref="ShortenedRaceRuleValidator"/> class.</summary>
    public ShortenedRaceRuleValidator()
    {
        RuleFor(r => r).Custom((rule, context) =>
        {
            var log = FailureLog.Into(context);
            const string What = "A shortened-race rule";
            if (rule.CompletedBelow is null && rule.LapsBelow is null)
            {
                log.Error(ErrorCodes.MissingValue, "CompletedBelow", null, $"{What} has no threshold: set the completed share below which it applies, or a number of laps.");
            }

            if (rule.CompletedBelow is { } share && (share <= Ratio.Zero || share > Ratio.One))
            {
                log.Error(ErrorCodes.ValueOutOfRange, "CompletedBelow", share, $"{What} applies below {share} of the race: the share must be above 0 and at most 1.");
            }

            if (rule.LapsBelow is < 1)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "LapsBelow", rule.LapsBelow, $"{What} applies below {rule.LapsBelow} laps: at least 1.");
            }

            if (rule.Factor < Ratio.Zero)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "Factor", rule.Factor, $"{What} multiplies points by {rule.Factor}: the factor cannot be negative.");
            }

            RaceScoringValidator.CheckScale(rule.Scale, $"{What}'s scale", "Scale", log);
        });
    }
}
