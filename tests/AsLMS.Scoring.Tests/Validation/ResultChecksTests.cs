using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>
/// The result checks the calculator and validation share (<c>ResultChecks</c>): null race results, races not in the calendar,
/// second results for a race, and adjustments. Each failure is asserted by code, property path and the words of its message,
/// written from the rule: races are named "Race 1 (R1)" (the fixture's race names), cars "#3", the calendar "Test".
/// </summary>
public sealed class ResultChecksTests
{
    private static readonly Duration OneMinute = Duration.FromMinutes(1);

    [Fact]
    public void RaceResults_NullResult_IsReportedAtItsIndex()
    {
        var results = BaseResults with { Races = [Race1, null!, Race2] };

        var failure = SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.MissingValue);
        AssertFailure(failure, "Races[1]", "Race result 1 is null.");
        Assert.Equal(Severity.Error, failure.Severity);

        // The calculator says the same: one implementation.
        AssertFailure(SingleOf(CalculatorErrors(BaseRules, results), ErrorCodes.MissingValue), "Races[1]", "Race result 1 is null.");
    }

    [Fact]
    public void RaceResults_RaceNotInCalendar_IsReportedOnceByValidation()
    {
        // The race validator reports it for its race; the season's pass must not report it a second time.
        var results = BaseResults.WithRace2(r => r with { Race = "R9" });

        var failure = SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.RaceNotInCalendar);
        AssertFailure(failure, "Races[R9].Race", "Results were given for race 'R9', which is not in the Test calendar.");
        Assert.Equal("R9", failure.AttemptedValue);
    }

    [Fact]
    public void RaceResults_RaceNotInCalendar_IsReportedByTheCalculatorUnderTheRace()
    {
        var results = BaseResults.WithRace2(r => r with { Race = "R9" });

        var failure = SingleOf(CalculatorErrors(BaseRules, results), ErrorCodes.RaceNotInCalendar);
        AssertFailure(failure, "Races[R9].Race", "Results were given for race 'R9', which is not in the Test calendar.");
    }

    [Fact]
    public void RaceResults_SecondResultForARace_IsNotScoredSoItsOwnProblemsAreNotReported()
    {
        // The second R1 names an unknown car #9; the calculator refuses the second result as a whole and never reads its rows.
        var second = Race1 with { Cars = Race1.Cars.Add(Row("9", null, 10, Time(1, 0, 0))) };
        var results = BaseResults with { Races = [Race1, Race2, second] };

        var errors = CalculatorErrors(BaseRules, results);
        Assert.Equal([ErrorCodes.DuplicateRaceResult], errors.Select(e => e.ErrorCode));
        AssertFailure(errors[0], "Races[R1]", "Race 1 (R1) has two results.");
    }

    [Fact]
    public void Adjustment_NullInARace_NamesTheRace()
    {
        var results = BaseResults.WithRace1(r => r with { Adjustments = [null!] });

        // The path is the element itself (no property under it).
        AssertFailure(SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.MissingValue), "Races[R1].Adjustments[0]", "Race 1 (R1): an adjustment is null.");
        AssertFailure(SingleOf(CalculatorErrors(BaseRules, results), ErrorCodes.MissingValue), "Races[R1].Adjustments[0]", "Race 1 (R1): an adjustment is null.");
    }

    [Fact]
    public void Adjustment_NullInTheSeason_IsASeasonAdjustment()
    {
        var results = BaseResults with { Adjustments = [null!] };

        AssertFailure(SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.MissingValue), "Adjustments[0]", "A season adjustment is null.");
    }

    [Fact]
    public void Adjustment_PointsDeductionOfNoPoints_IsReportedAtItsIndexNamingItsKind()
    {
        // The first deduction (1 point) is fine; the second takes 0 points, which is no deduction.
        var results = BaseResults.WithRace1(r => r with
        {
            Adjustments = [new PointsDeduction { Car = "1", Points = 1 }, new PointsDeduction { Car = "3", Points = 0 }],
        });

        var failure = SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.ValueOutOfRange);
        AssertFailure(failure, "Races[R1].Adjustments[1].Points", "Race 1 (R1): a points deduction for car #3 takes 0 points: the points taken must be positive.");
    }

    [Theory]
    [InlineData(0, "0:00:00")]
    [InlineData(-1, "-0:00:01")]
    public void Adjustment_TimePenaltyOfNoTimeOrLess_IsReported(int seconds, string shown)
    {
        // A penalty must add time: 0 s adds nothing, so it is out of range as much as a negative one.
        var results = BaseResults.WithRace1(r => r with { Adjustments = [new TimePenalty { Car = "3", Time = Duration.FromSeconds(seconds) }] });

        var failure = SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.ValueOutOfRange);
        AssertFailure(failure, "Races[R1].Adjustments[0].Time", $"Race 1 (R1): a time penalty for car #3 adds {shown}: the time added must be positive.");
        AssertFailure(SingleOf(CalculatorErrors(BaseRules, results), ErrorCodes.ValueOutOfRange), "Races[R1].Adjustments[0].Time", failure.ErrorMessage);
    }

    [Fact]
    public void Adjustment_TimePenaltyOfOneSecond_IsInsideTheRule()
    {
        var results = BaseResults.WithRace1(r => r with { Adjustments = [new TimePenalty { Car = "3", Time = Duration.FromSeconds(1) }] });

        Assert.True(SeasonValidation.Validate(BaseRules, results).IsClean, SeasonValidation.Validate(BaseRules, results).ToString());
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(1, true)]
    public void Adjustment_PositionPenalty_MustCostAtLeastOnePlace(int places, bool inside)
    {
        var results = BaseResults.WithRace1(r => r with { Adjustments = [new PositionPenalty { Car = "3", Places = places }] });
        var report = SeasonValidation.Validate(BaseRules, results);

        if (inside)
        {
            Assert.True(report.IsClean, report.ToString());
            return;
        }

        var failure = SingleOf(report, ErrorCodes.ValueOutOfRange);
        AssertFailure(failure, "Races[R1].Adjustments[0].Places", $"Race 1 (R1): a position penalty for car #3 moves it {places} places: the places lost must be at least 1.");
        Assert.Equal(places, failure.AttemptedValue);
    }

    [Fact]
    public void Adjustment_ChampionshipExclusionOfNobody_IsMissingItsCar()
    {
        var results = BaseResults with { Adjustments = [new ChampionshipExclusion()] };

        var failure = SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.MissingValue);
        AssertFailure(failure, "Adjustments[0].Car", "A season championship exclusion names neither a car nor a driver.");
    }

    [Fact]
    public void Adjustment_ChampionshipExclusionOfADriver_IsInsideTheRule()
    {
        var results = BaseResults with { Adjustments = [new ChampionshipExclusion { Driver = "1b" }] };

        Assert.True(SeasonValidation.Validate(BaseRules, results).IsClean);
    }

    [Fact]
    public void Adjustment_RacePenaltiesGivenForTheSeason_AreMisplaced()
    {
        // A time or position penalty changes a race's order, so it can only be applied in that race.
        var results = BaseResults with
        {
            Adjustments = [new TimePenalty { Car = "3", Time = OneMinute }, new PositionPenalty { Car = "1", Places = 2 }],
        };

        var failures = SeasonValidation.Validate(BaseRules, results).Failures.Where(f => f.ErrorCode == ErrorCodes.MisplacedAdjustment).ToList();
        Assert.Equal(2, failures.Count);
        AssertFailure(failures[0], "Adjustments[0]", "A season time penalty for car #3 belongs to a race: give it in that race's adjustments, where it is applied.");
        AssertFailure(failures[1], "Adjustments[1]", "A season position penalty for car #1 belongs to a race: give it in that race's adjustments, where it is applied.");
        Assert.Equal("time penalty", failures[0].AttemptedValue);
    }

    [Fact]
    public void Adjustment_UnknownCar_IsReported()
    {
        var results = BaseResults with { Adjustments = [new PointsDeduction { Car = "9", Points = 1 }] };

        var failure = SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.UnknownCar);
        AssertFailure(failure, "Adjustments[0].Car", "A season points deduction names car #9, which has no entry.");
        AssertFailure(SingleOf(CalculatorErrors(BaseRules, results), ErrorCodes.UnknownCar), "Adjustments[0].Car", failure.ErrorMessage);
    }

    [Fact]
    public void Adjustment_PenaltyForACarWithoutAResultInTheRace_IsReported()
    {
        // #3 did not take part in R2 (its row removed): a position penalty there has nothing to move.
        var results = BaseResults.WithRace2(r => r with
        {
            Cars = r.Cars.Where(c => c.Car.Value != "3").ToEquatableArray(),
            Poles = [r.Poles[0]],
            Adjustments = [new PositionPenalty { Car = "3", Places = 1 }],
        });

        var failure = SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.CarNotInRace);
        AssertFailure(failure, "Races[R2].Adjustments[0].Car", "Race 2 (R2): a position penalty names car #3 (Jade Competition), which has no result in this race.");
    }

    [Fact]
    public void Adjustment_UnknownDriver_IsReported()
    {
        var results = BaseResults with { Adjustments = [new PointsDeduction { Car = "1", Driver = "9z", Points = 1 }] };

        var failure = SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.UnknownDriver);
        AssertFailure(failure, "Adjustments[0].Driver", "A season points deduction names driver '9z', who is not among the season's drivers.");
    }

    [Fact]
    public void Adjustment_UnknownTable_IsReported()
    {
        var results = BaseResults with { Adjustments = [new PointsDeduction { Car = "1", Points = 1, Table = "LMP3 Teams" }] };

        var failure = SingleOf(SeasonValidation.Validate(BaseRules, results), ErrorCodes.UnknownTable);
        AssertFailure(failure, "Adjustments[0].Table", "A season points deduction names table 'LMP3 Teams', which the Test rules do not define.");
    }

    [Fact]
    public void Adjustment_KnownDriverAndTable_AreInsideTheRule()
    {
        var results = BaseResults with { Adjustments = [new PointsDeduction { Car = "1", Driver = "1a", Points = 1, Table = "LMP2 Drivers" }] };

        Assert.True(SeasonValidation.Validate(BaseRules, results).IsClean, SeasonValidation.Validate(BaseRules, results).ToString());
    }

    private static ValidationFailure SingleOf(ValidationReport report, string code)
        => SingleOf(report.Failures, code, report.ToString());

    private static ValidationFailure SingleOf(IReadOnlyList<ValidationFailure> failures, string code)
        => SingleOf(failures, code, string.Join(Environment.NewLine, failures.Select(f => $"{f.ErrorCode} {f.PropertyName}: {f.ErrorMessage}")));

    private static ValidationFailure SingleOf(IEnumerable<ValidationFailure> failures, string code, string all)
    {
        var found = failures.Where(f => f.ErrorCode == code).ToList();
        Assert.True(found.Count == 1, $"Expected one {code}; got:{Environment.NewLine}{all}");
        return found[0];
    }

    private static List<ValidationFailure> CalculatorErrors(RuleSet rules, SeasonResults results)
        => Assert.Throws<ScoringInputException>(() => StandingsCalculator.Calculate(rules, results)).Errors.ToList();

    private static void AssertFailure(ValidationFailure failure, string path, string message)
        => Assert.Equal((path, message), (failure.PropertyName, failure.ErrorMessage));
}
