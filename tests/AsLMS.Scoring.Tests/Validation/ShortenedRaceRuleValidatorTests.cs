using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.Tests.Validation;

// The completed share of a shortened-race rule: above 0 and at most 1 (the whole race).
public sealed class ShortenedRaceRuleValidatorTests
{
    public static TheoryData<Ratio, string> OutsideShares => new()
    {
        { Ratio.Zero, "A shortened-race rule applies below 0 of the race: the share must be above 0 and at most 1." },
        { Ratio.FromFraction(3, 2), "A shortened-race rule applies below 1.5 of the race: the share must be above 0 and at most 1." },
    };

    [Theory]
    [MemberData(nameof(OutsideShares))]
    public void Validate_ShareOutsideZeroToOne_ValueOutOfRangeWithTheShare(Ratio share, string message)
    {
        var failure = Assert.Single(new ShortenedRaceRuleValidator().Validate(new ShortenedRaceRule { CompletedBelow = share }).Errors);

        Assert.Equal((ErrorCodes.ValueOutOfRange, "CompletedBelow", message), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_ShareOfTheWholeRace_Passes()
        => Assert.Empty(new ShortenedRaceRuleValidator().Validate(new ShortenedRaceRule { CompletedBelow = Ratio.One }).Errors);
}
