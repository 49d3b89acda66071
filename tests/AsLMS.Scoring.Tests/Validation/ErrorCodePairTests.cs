using AsLMS.Scoring.Tests.Support;
using System.Reflection;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>
/// A test per error code: an input just past the rule is reported with the code, in a message that names what it is about; the
/// same input just inside the rule validates clean. Codes the calculator checks are also refused by the calculator, with the
/// same code, and the inside input is scored.
/// </summary>
public sealed class ErrorCodePairTests
{
    public static TheoryData<string> Cases => new(ErrorCodeCases.All.Select(c => c.Name));

    public static TheoryData<string> CalculatorCases => new(ErrorCodeCases.All.Where(c => c.Calculator).Select(c => c.Name));

    [Fact]
    public void ValidSeason_ValidatesClean()
    {
        var report = SeasonValidation.Validate(ValidSeason.BaseRules, ValidSeason.BaseResults);
        Assert.True(report.IsClean, report.ToString());
    }

    [Fact]
    public void EveryErrorCode_HasACase()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.Empty(codes.Except(ErrorCodeCases.All.Select(c => c.Code)).Except(ErrorCodeAreas.NotReportedByValidation));
        Assert.Empty(ErrorCodeAreas.NotReportedByValidation.Intersect(ErrorCodeCases.All.Select(c => c.Code)));
        Assert.Equal(ErrorCodeCases.All.Count, ErrorCodeCases.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_JustPastTheRule_ReportsTheCodeNamingWhatItIsAbout(string name)
    {
        var test = ErrorCodeCases.All.Single(c => c.Name == name);
        var (rules, results) = test.Broken();
        var report = SeasonValidation.Validate(rules, results);

        var failures = report.Failures.Where(f => f.ErrorCode == test.Code).ToList();
        Assert.True(failures.Count > 0, $"Expected {test.Code}; got:{Environment.NewLine}{report}");
        Assert.Contains(failures, f => test.Mentions.All(m => f.ErrorMessage.Contains(m, StringComparison.Ordinal)));
        Assert.All(failures, f => Assert.False(string.IsNullOrEmpty(f.PropertyName)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_JustInsideTheRule_IsClean(string name)
    {
        var test = ErrorCodeCases.All.Single(c => c.Name == name);
        var (rules, results) = test.Inside();
        var report = SeasonValidation.Validate(rules, results);
        Assert.True(report.IsClean, report.ToString());
    }

    [Theory]
    [MemberData(nameof(CalculatorCases))]
    public void Calculate_JustPastTheRule_ThrowsWithTheCodeAndJustInsideScores(string name)
    {
        var test = ErrorCodeCases.All.Single(c => c.Name == name);
        var (rules, results) = test.Broken();
        var exception = Assert.Throws<ScoringInputException>(() => StandingsCalculator.Calculate(rules, results));
        Assert.Contains(test.Code, exception.Errors.Select(e => e.ErrorCode));

        // The calculator reports what validation reports under that code, word for word.
        var validated = SeasonValidation.Validate(rules, results).Failures.Where(f => f.ErrorCode == test.Code).Select(f => f.ErrorMessage).ToHashSet();
        Assert.Subset(validated, exception.Errors.Where(e => e.ErrorCode == test.Code).Select(e => e.ErrorMessage).ToHashSet());

        var (insideRules, insideResults) = test.Inside();
        Assert.NotEmpty(StandingsCalculator.Calculate(insideRules, insideResults).Tables);
    }
}
