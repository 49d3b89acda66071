using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary><see cref="SeasonResultsValidator"/> on its own: its argument, and each season-wide failure reported once.</summary>
public sealed class SeasonResultsValidatorTests
{
    [Fact]
    public void Constructor_NullRules_Throws()
        => Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new SeasonResultsValidator(null!)).ParamName);

    [Fact]
    public void Validate_RaceNotInCalendar_IsReportedOnceUnderTheRace()
    {
        // The season's pass pairs results with the calendar but leaves this failure to the race's validator.
        var results = BaseResults.WithRace2(r => r with { Race = "R9" });

        var failure = Assert.Single(new SeasonResultsValidator(BaseRules).Validate(results).Errors);
        Assert.Equal((ErrorCodes.RaceNotInCalendar, "Races[R9].Race"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_SecondResultForARace_IsReportedAtTheRace()
    {
        var results = BaseResults with { Races = [Race1, Race2, Race1] };

        var failure = Assert.Single(new SeasonResultsValidator(BaseRules).Validate(results).Errors);
        Assert.Equal((ErrorCodes.DuplicateRaceResult, "Races[R1]", "Race 1 (R1) has two results."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }
}
