using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using FluentValidation;
using NodaTime;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>
/// <see cref="CarResultValidator"/>: a car's laps and times, its crew in the race (each driver once, nominated, meeting the crew
/// requirements) and its drive times against its total time or the race's time. Cases change one row of the valid season and
/// assert the failure by code, path and message, written from the rule.
/// </summary>
public sealed class CarResultValidatorTests
{
    /// <summary>A reserve driver among the season's drivers but in no entry's crew: Silver, Australian (so Oceanian).</summary>
    private static readonly Driver Reserve = new() { Id = "9x", Name = "Ken Reserve", Nationality = "AUS", Category = DriverCategory.Silver };

    [Fact]
    public void Constructor_NullRules_Throws()
        => Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new CarResultValidator(null!, BaseResults, Race1)).ParamName);

    [Fact]
    public void Constructor_NullResults_Throws()
        => Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => new CarResultValidator(BaseRules, null!, Race1)).ParamName);

    [Fact]
    public void Constructor_NullRace_Throws()
        => Assert.Equal("race", Assert.Throws<ArgumentNullException>(() => new CarResultValidator(BaseRules, BaseResults, null!)).ParamName);

    [Fact]
    public void Laps_Negative_IsOutOfRange()
    {
        // R2's #3 retired, so its laps are judged on their own (no order or classification share).
        var results = BaseResults.WithRace2(r => r.WithRow("3", c => c with { Laps = -1 }));

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.ValueOutOfRange, "Races[R2].Cars[#3].Laps", "Race 2 (R2): car #3 (Jade Competition) has -1 laps: laps cannot be negative.");
        Assert.Equal(Severity.Error, failure.Severity);
        Assert.Equal(-1, failure.AttemptedValue);
    }

    [Fact]
    public void Laps_Zero_IsInsideTheRule()
        => AssertClean(Validate(BaseResults.WithRace2(r => r.WithRow("3", c => c with { Laps = 0 }))));

    [Fact]
    public void TotalTime_Negative_IsOutOfRange()
    {
        // No drive times given, so only the total time is judged.
        var results = BaseResults.WithRace2(r => r.WithRow("3", c => c with { TotalTime = Duration.FromSeconds(-1), Drivers = [] }));

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.ValueOutOfRange, "Races[R2].Cars[#3].TotalTime", "Race 2 (R2): car #3 (Jade Competition) has a negative total time (-0:00:01).");
    }

    [Fact]
    public void TotalTime_Zero_IsInsideTheRule()
        => AssertClean(Validate(BaseResults.WithRace2(r => r.WithRow("3", c => c with { TotalTime = Duration.Zero, Drivers = [] }))));

    [Fact]
    public void DriveTime_Negative_IsOutOfRangeNamingTheDriver()
    {
        var results = BaseResults.WithRace2(r => r.WithRow("3", c => c with { Drivers = [new DriveTime("3a", Duration.FromMinutes(-1)), new DriveTime("3b", Duration.FromMinutes(50))] }));

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.ValueOutOfRange, "Races[R2].Cars[#3].Drivers", "Race 2 (R2): car #3 (Jade Competition): driver '3a' has a negative drive time (-0:01:00).");
    }

    [Fact]
    public void Crew_DriverNamedTwice_IsReported()
    {
        var results = BaseResults.WithRace2(r => r.WithRow("3", c => c with { Drivers = [new DriveTime("3a", Duration.FromHours(1)), new DriveTime("3a", Duration.FromMinutes(50))] }));

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.DriverListedTwice, "Races[R2].Cars[#3].Drivers", "Race 2 (R2): car #3 (Jade Competition): the crew names driver '3a' (Wei Chen) twice.");
    }

    [Fact]
    public void Crew_DriverNotNominated_IsAWarningListingTheNominatedCrew()
    {
        // 9x replaces 1b in #1; the crew (1a Bronze Japanese, 9x Silver Australian) meets every crew requirement.
        var results = WithReserve().WithRace1(r => r.WithRow("1", c => c with { Drivers = [new DriveTime("1a", Time(2, 0, 0)), new DriveTime("9x", Time(2, 0, 30))] }));

        var failure = Assert.Single(Validate(results).Failures);
        Expect(
            failure,
            ErrorCodes.DriverNotNominated,
            "Races[R1].Cars[#1].Drivers",
            "Race 1 (R1): car #1 (Phoenix Racing): driver '9x' (Ken Reserve) drove but is not in the entry's nominated crew (1a, 1b); the race's crew is scored.");
        Assert.Equal(Severity.Warning, failure.Severity);
    }

    [Fact]
    public void Crew_InTheRaceBreakingARequirement_IsJudgedAsTheRacesCrew()
    {
        // 9x replaces 1a, the Bronze: 1b (Gold) and 9x (Silver) have no Bronze driver, and the rule asks for one.
        var results = WithReserve().WithRace1(r => r.WithRow("1", c => c with { Drivers = [new DriveTime("1b", Time(2, 0, 0)), new DriveTime("9x", Time(2, 0, 30))] }));

        var failure = Assert.Single(Validate(results).Failures, f => f.ErrorCode == ErrorCodes.CrewRequirementNotMet);
        Expect(
            failure,
            ErrorCodes.CrewRequirementNotMet,
            "Races[R1].Cars[#1].Drivers",
            "Race 1 (R1): car #1 (Phoenix Racing), crew in the race: crew requirement 'bronze-required' (At least one Bronze driver.) is not met: it needs at least 1 matching driver, and the crew (Oliver Weber (Gold, GBR), Ken Reserve (Silver, AUS)) has 0.");
    }

    [Theory]
    [InlineData(13, true)]
    [InlineData(12, false)]
    public void DriveTimes_AgainstTheTotalTime_AllowASecondPerDriverWhoDrove(int seconds, bool exceeds)
    {
        // #3's total is 4:01:10. 3a drives 2:00:00, 3b 2:01:{seconds}, 3c is listed with no time (did not drive): two stints, so
        // 2 s of rounding, a limit of 4:01:12. 4:01:13 is over it; 4:01:12 is not.
        var results = BaseResults.WithRace1(r => r.WithRow("3", c => c with
        {
            Drivers = [new DriveTime("3a", Time(2, 0, 0)), new DriveTime("3b", Time(2, 1, seconds)), new DriveTime("3c", Duration.Zero)],
        }));
        var report = Validate(results);

        if (!exceeds)
        {
            AssertClean(report);
            return;
        }

        var failure = Assert.Single(report.Failures);
        Expect(failure, ErrorCodes.DriveTimeExceedsRace, "Races[R1].Cars[#3].Drivers", "Race 1 (R1): car #3 (Jade Competition): the drive times add up to 4:01:13, more than the car's total time of 4:01:10.");
        Assert.Equal(Time(4, 1, 13), failure.AttemptedValue);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void DriveTimes_WithoutATotalTime_AreBoundedByTheRunningTimeBeforeTheSchedule(int seconds, bool exceeds)
    {
        // R1 was scheduled for 4 h but ran 3 h: #1 (no total time) may have driven 3:00:00 + 0:15:00 to finish = 3:15:00.
        // 1:40:00 + 1:35:{seconds} is 3:15:01 (over) or 3:15:00 (at the limit).
        var results = BaseResults.WithRace1(r => (r with { RunningTime = Duration.FromHours(3) }).WithRow("1", c => c with
        {
            TotalTime = null,
            Drivers = [new DriveTime("1a", Time(1, 40, 0)), new DriveTime("1b", Time(1, 35, seconds))],
        }));
        var report = Validate(results);

        if (!exceeds)
        {
            AssertClean(report);
            return;
        }

        var failure = Assert.Single(report.Failures);
        Expect(
            failure,
            ErrorCodes.DriveTimeExceedsRace,
            "Races[R1].Cars[#1].Drivers",
            "Race 1 (R1): car #1 (Phoenix Racing): the drive times add up to 3:15:01, more than the race's 3:00:00 and 0:15:00 to finish the last lap.");
    }

    private static SeasonResults WithReserve() => BaseResults with { Drivers = BaseResults.Drivers.Add(Reserve) };
}
