using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.Tests.Validation;

// The counts of a drop rule, checked without a calendar (the checks against the calendar are in ErrorCodeCases): each broken
// segment is reported with its code, path and message.
public sealed class DropRuleValidatorTests
{
    public static TheoryData<DropSegment, string, string, string> Broken => new()
    {
        { new DropSegment(), ErrorCodes.DropCountOutOfRange, "Segments[0]", "The dropped-results segment from round 1 sets neither how many results count (BestResults) nor how many are dropped (WorstDropped): set one." },
        { new DropSegment { FirstRound = 2, BestResults = 3, WorstDropped = 1 }, ErrorCodes.DropCountOutOfRange, "Segments[0]", "The dropped-results segment from round 2 sets both how many results count (BestResults = 3) and how many are dropped (WorstDropped = 1): set one." },
        { new DropSegment { BestResults = 0 }, ErrorCodes.DropCountOutOfRange, "Segments[0].BestResults", "The dropped-results segment from round 1 counts the best 0 results: at least 1 must count." },
        { new DropSegment { WorstDropped = -1 }, ErrorCodes.DropCountOutOfRange, "Segments[0].WorstDropped", "The dropped-results segment from round 1 drops the worst -1 results: the number dropped cannot be negative." },
        { null!, ErrorCodes.MissingValue, "Segments[0]", "Dropped-results segment 0 is null." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenSegment_ReportedWithItsCodePathAndMessage(DropSegment segment, string code, string path, string message)
    {
        var failure = Assert.Single(new DropRuleValidator(season: null).Validate(new DropRule { Segments = [segment] }).Errors);

        Assert.Equal((code, path, message), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(null, 0)]
    public void Validate_CountsJustInsideTheRules_Pass(int? best, int? worst)
        => Assert.Empty(new DropRuleValidator(season: null).Validate(new DropRule { Segments = [new DropSegment { BestResults = best, WorstDropped = worst }] }).Errors);
}
