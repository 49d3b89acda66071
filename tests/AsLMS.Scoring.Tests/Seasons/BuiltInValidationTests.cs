using AsLMS.Scoring.Tests.Support;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.Tests.Seasons;

public sealed class BuiltInValidationTests
{
    public static TheoryData<string> Keys => [.. BuiltIn.Keys];

    [Theory]
    [MemberData(nameof(Keys))]
    public void BuiltInRuleSet_Validate_IsClean(string key)
    {
        var report = SeasonValidation.Validate(BuiltIn.Get(key));

        Assert.True(report.IsClean, string.Join(Environment.NewLine, report.Failures.Select(f => $"[{f.ErrorCode}] {f.PropertyName}: {f.ErrorMessage}")));
    }
}
