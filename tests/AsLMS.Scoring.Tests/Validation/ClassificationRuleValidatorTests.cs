using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using FluentValidation;

namespace AsLMS.Scoring.Tests.Validation;

// The classification rule's one check, with a validator made in the test: the minimum share of the reference distance must be
// above 0 and at most 1 (null: no distance condition). The message gives the share as Ratio prints it (0, 1.1).
public sealed class ClassificationRuleValidatorTests
{
    private const string Rule = "the share must be above 0 and at most 1 (or null for no distance condition).";

    public static TheoryData<Ratio, string> OutOfRange => new()
    {
        { Ratio.Zero, $"The classification rule asks for 0 of the reference distance: {Rule}" },
        { Ratio.FromPercent(110), $"The classification rule asks for 1.1 of the reference distance: {Rule}" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_ShareOutOfRange_ReportedOnMinimumShare(Ratio share, string message)
    {
        var failure = Assert.Single(new ClassificationRuleValidator().Validate(new ClassificationRule { MinimumShare = share }).Errors);

        Assert.Equal((ErrorCodes.ValueOutOfRange, "MinimumShare", message, Severity.Error), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage, failure.Severity));
    }

    [Fact]
    public void Validate_ShareJustInsideOrNone_Passes()
    {
        // 1 %, 70 % (the usual rule), 100 %, and no condition.
        foreach (var share in new Ratio?[] { Ratio.FromPercent(1), Ratio.FromPercent(70), Ratio.One, null })
        {
            Assert.Empty(new ClassificationRuleValidator().Validate(new ClassificationRule { MinimumShare = share }).Errors);
        }
    }
}
