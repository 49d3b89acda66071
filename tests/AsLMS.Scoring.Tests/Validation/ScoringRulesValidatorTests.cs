using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// Scoring rules on their own (no calendar): one scoring per category, no null shortened-race rule, and each race scoring's own
// failures reported under the scoring's category ("default" for the one without).
public sealed class ScoringRulesValidatorTests
{
    private static ScoringRulesValidator Validator => new(season: null);

    [Fact]
    public void Validate_TwoDefaults_DuplicateRaceScoringAtDefault()
    {
        var failure = Assert.Single(Validator.Validate(new ScoringRules { Races = [Modern(), Modern(pole: 1)] }).Errors);

        Assert.Equal((ErrorCodes.DuplicateRaceScoring, "Races[default]"), (failure.ErrorCode, failure.PropertyName));
        Assert.Null(failure.AttemptedValue);
        Assert.Equal("The scoring rules have two race scorings for the default.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_TwoScoringsOfOneCategory_DuplicateRaceScoringAtTheCategory()
    {
        // "sprint" is "Sprint" ignoring case: the second is the one reported, as it is spelt.
        var failure = Assert.Single(Validator.Validate(new ScoringRules { Races = [Modern(), Modern() with { Category = "Sprint" }, Modern() with { Category = "sprint" }] }).Errors);

        Assert.Equal((ErrorCodes.DuplicateRaceScoring, "Races[sprint]", "sprint"), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("The scoring rules have two race scorings for category 'sprint'.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_NullShortenedRaceRule_MissingValueAtItsIndex()
    {
        var failure = Assert.Single(Validator.Validate(new ScoringRules { Races = [Modern()], ShortenedRaces = [null!] }).Errors);

        Assert.Equal((ErrorCodes.MissingValue, "ShortenedRaces[0]", "Shortened-race rule 0 is null."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_FailureInsideTheDefaultScoring_PathNamesDefault()
    {
        var failure = Assert.Single(Validator.Validate(new ScoringRules { Races = [Modern() with { Category = "Sprint" }, Modern(pole: -1)] }).Errors);

        Assert.Equal((ErrorCodes.NegativePoints, "Races[default].Pole"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_FailureInsideACategoryScoring_PathNamesTheCategory()
    {
        var failure = Assert.Single(Validator.Validate(new ScoringRules { Races = [Modern(), Modern(pole: -1) with { Category = "Sprint" }] }).Errors);

        Assert.Equal((ErrorCodes.NegativePoints, "Races[Sprint].Pole"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_NullRaceScoring_OnlyItsMissingValue()
    {
        // The null element is reported by the coverage check; the race-scoring validator has nothing to validate in it.
        var failure = Assert.Single(Validator.Validate(new ScoringRules { Races = [Modern(), null!] }).Errors);

        Assert.Equal((ErrorCodes.MissingValue, "Races[1]"), (failure.ErrorCode, failure.PropertyName));
    }
}
