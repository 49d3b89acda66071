using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using NodaTime;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// The race-scoring and shortened-race validators on their own: each broken value is reported with its code, path and message
// (the message names the scoring by its category); each value just inside the rule passes. Fixture.Modern: 25-18-15-...-1.
public sealed class ScoringValidatorTests
{
    private static readonly ShortenedRaceRule HalfPointsBelow75Percent = new() { CompletedBelow = Ratio.FromPercent(75) };

    public static TheoryData<RaceScoring, string, string, string> BrokenScoring => new()
    {
        { Modern() with { FastestLap = new FastestLapRule { Points = -1 } }, ErrorCodes.NegativePoints, "FastestLap.Points", "The default race scoring gives -1 points for the fastest lap" },
        {
            Modern() with { Category = "Sprint", FastestLap = new FastestLapRule { Points = 1, MustFinishInTop = 0 } },
            ErrorCodes.ValueOutOfRange,
            "FastestLap.MustFinishInTop",
            "The race scoring of category 'Sprint' gives the fastest-lap points to a car in the top 0: at least the top 1 (or null for no condition)."
        },
        { Modern() with { MinimumDriveTime = Duration.FromSeconds(-1) }, ErrorCodes.ValueOutOfRange, "MinimumDriveTime", "The default race scoring has a negative minimum drive time (-0:00:01)." },
    };

    public static TheoryData<ShortenedRaceRule, string, string, string> BrokenShortenedRace => new()
    {
        { HalfPointsBelow75Percent with { CompletedBelow = null }, ErrorCodes.MissingValue, "CompletedBelow", "A shortened-race rule has no threshold: set the completed share below which it applies, or a number of laps." },
        { HalfPointsBelow75Percent with { CompletedBelow = null, LapsBelow = 0 }, ErrorCodes.ValueOutOfRange, "LapsBelow", "A shortened-race rule applies below 0 laps: at least 1." },
        { HalfPointsBelow75Percent with { Factor = Ratio.FromFraction(-1, 2) }, ErrorCodes.ValueOutOfRange, "Factor", "A shortened-race rule multiplies points by -0.5: the factor cannot be negative." },
    };

    [Theory]
    [MemberData(nameof(BrokenScoring))]
    public void RaceScoring_BrokenValue_ReportedWithItsCodePathAndMessage(RaceScoring scoring, string code, string path, string message)
    {
        var failure = Assert.Single(new RaceScoringValidator().Validate(scoring).Errors);

        Assert.Equal((code, path), (failure.ErrorCode, failure.PropertyName));
        Assert.StartsWith(message, failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void RaceScoring_ValuesJustInsideTheRules_Pass()
    {
        // No fastest-lap points, a top-1 condition, no minimum drive time.
        var inside = Modern() with { FastestLap = new FastestLapRule { Points = 0, MustFinishInTop = 1 }, MinimumDriveTime = Duration.Zero };

        Assert.Empty(new RaceScoringValidator().Validate(inside).Errors);
    }

    [Theory]
    [MemberData(nameof(BrokenShortenedRace))]
    public void ShortenedRace_BrokenValue_ReportedWithItsCodePathAndMessage(ShortenedRaceRule rule, string code, string path, string message)
    {
        var failure = Assert.Single(new ShortenedRaceRuleValidator().Validate(rule).Errors);

        Assert.Equal((code, path, message), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void ShortenedRace_ValuesJustInsideTheRules_Pass()
    {
        // A lap threshold alone (no share), 1 lap, a factor of 0 (the race pays nothing).
        Assert.Empty(new ShortenedRaceRuleValidator().Validate(HalfPointsBelow75Percent with { CompletedBelow = null, LapsBelow = 1, Factor = Ratio.Zero }).Errors);
    }
}
