using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using FluentValidation;
using NodaTime;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>
/// <see cref="RaceResultValidator"/>: the race's own values (leader's laps, running time), positions running 1, 2, 3..., laps
/// against the order, the classification share, and poles and fastest laps in the car's class. The valid season's R1 is #1 P1
/// (LMP2, 120 laps), #3 P2 (GT, 110), #2 P3 (LMP2 with LMP2 Am, 100); each case changes one thing and asserts the failure by code,
/// path and message, written from the rule.
/// </summary>
public sealed class RaceResultValidatorTests
{
    [Fact]
    public void Constructor_NullRules_Throws()
        => Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new RaceResultValidator(null!, BaseResults)).ParamName);

    [Fact]
    public void Constructor_NullResults_Throws()
        => Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => new RaceResultValidator(BaseRules, null!)).ParamName);

    [Fact]
    public void LeaderLaps_Negative_IsOutOfRange()
    {
        var results = BaseResults.WithRace1(r => r with { LeaderLaps = -1 });

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.ValueOutOfRange, "Races[R1].LeaderLaps", "Race 1 (R1): the leader's laps (-1) cannot be negative.");
        Assert.Equal(Severity.Error, failure.Severity);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(120)]
    public void LeaderLaps_NoneOrSome_IsInsideTheRule(int laps)
        => AssertClean(Validate(BaseResults.WithRace1(r => r with { LeaderLaps = laps })));

    [Fact]
    public void LeaderLaps_OfARaceNotInTheCalendar_NamesTheRaceByItsId()
    {
        // The race is named "race 'R9'" inside a sentence; the message, a sentence of its own, starts with a capital.
        var results = BaseResults.WithRace2(r => r with { Race = "R9", LeaderLaps = -1 });

        var failure = Assert.Single(Validate(results).Failures, f => f.ErrorCode == ErrorCodes.ValueOutOfRange);
        Expect(failure, ErrorCodes.ValueOutOfRange, "Races[R9].LeaderLaps", "Race 'R9': the leader's laps (-1) cannot be negative.");
    }

    [Fact]
    public void RunningTime_Negative_IsOutOfRange()
    {
        var results = BaseResults.WithRace1(r => r with { RunningTime = Duration.FromSeconds(-1) });

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.ValueOutOfRange, "Races[R1].RunningTime", "Race 1 (R1): the running time (-0:00:01) cannot be negative.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4 * 60)]
    public void RunningTime_ZeroOrMore_IsInsideTheRule(int minutes)
        => AssertClean(Validate(BaseResults.WithRace1(r => r with { RunningTime = Duration.FromMinutes(minutes) })));

    [Fact]
    public void Positions_FirstCarNotP1_IsOneGapNamingTheFirstCar()
    {
        // P2, P3, P4: P1 is missing. One warning says so; P3 and P4 follow P2 without a gap of their own.
        var results = BaseResults.WithRace1(r => r.WithRow("1", c => c with { Position = 2 }).WithRow("3", c => c with { Position = 3 }).WithRow("2", c => c with { Position = 4 }));

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.PositionGap, "Races[R1].Cars[#1].Position", "Race 1 (R1): the first classified car, car #1 (Phoenix Racing), is P2: positions must start at 1.");
        Assert.Equal(Severity.Warning, failure.Severity);
        Assert.Equal(2, failure.AttemptedValue);
    }

    [Fact]
    public void Positions_TwoGaps_OnlyTheFirstIsReported()
    {
        // P1, P3, P5: P2 is missing (and then P4); the first gap is the one to fix.
        var results = BaseResults.WithRace1(r => r.WithRow("3", c => c with { Position = 3 }).WithRow("2", c => c with { Position = 5 }));

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.PositionGap, "Races[R1].Cars[#3].Position", "Race 1 (R1): car #3 (Jade Competition) is classified P3 after P1: P2 is missing (positions must run 1, 2, 3..., tied cars sharing one).");
    }

    [Fact]
    public void Laps_MoreThanTiedCarsAhead_NamesTheHighestPlacedOfThem()
    {
        // #1 P1 and #3 P2 both have 100 laps, #2 P3 has 101: more than either car ahead. The message names the first car found
        // with the fewest laps, the highest placed (#1 in P1). #2 reaches 70 % of its class winner's 100 laps, so no other warning.
        var results = BaseResults.WithRace1(r => r.WithRow("1", c => c with { Laps = 100 }).WithRow("3", c => c with { Laps = 100 }).WithRow("2", c => c with { Laps = 101 }));

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.LapsContradictOrder, "Races[R1].Cars[#2].Laps", "Race 1 (R1): car #2 (Dragon Motorsport), classified P3, has 101 laps, more than the 100 of car #1 (Phoenix Racing) classified ahead of it in P1.");
    }

    [Fact]
    public void ClassificationShare_BelowTheClassWinners_NamesTheClassWinner()
    {
        // #2 (LMP2) has 83 laps; 70 % of its class winner #1's 120 laps is 84.
        var results = BaseResults.WithRace1(r => r.WithRow("2", c => c with { Laps = 83 }));

        var failure = Assert.Single(Validate(results).Failures);
        Expect(
            failure,
            ErrorCodes.BelowClassificationThreshold,
            "Races[R1].Cars[#2].Laps",
            "Race 1 (R1): car #2 (Dragon Motorsport) is classified P3 with 83 laps, below the classification rule's 0.7 of the LMP2 winner's 120 laps (car #1 (Phoenix Racing)): 84 laps are needed.");
    }

    [Fact]
    public void ClassificationShare_OfZero_IsNotAppliedToCars()
    {
        // A share of 0 is out of range for the rule set's validation; cars are not judged against it, even one with -1 laps
        // (which a share of 1 % does judge: -1 is less than 1 % of 120).
        var results = BaseResults.WithRace1(r => r.WithRow("2", c => c with { Laps = -1 }));

        var zero = Validate(results, BaseRules with { Classification = new ClassificationRule { MinimumShare = Ratio.Zero } });
        Assert.DoesNotContain(zero.Failures, f => f.ErrorCode == ErrorCodes.BelowClassificationThreshold);
        Assert.Contains(zero.Failures, f => f.ErrorCode == ErrorCodes.ValueOutOfRange && f.PropertyName == "Classification.MinimumShare");

        var onePercent = Validate(results, BaseRules with { Classification = new ClassificationRule { MinimumShare = Ratio.FromPercent(1) } });
        Assert.Single(onePercent.Failures, f => f.ErrorCode == ErrorCodes.BelowClassificationThreshold && f.PropertyName == "Races[R1].Cars[#2].Laps");
    }

    [Fact]
    public void Pole_ForAnUnknownClass_IsReportedUnderThePole()
    {
        var results = BaseResults.WithRace1(r => r with { Poles = r.Poles.Add(new ClassPole("LMP3", "1")) });

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.UnknownClass, "Races[R1].Poles[LMP3].Class", "Race 1 (R1): the LMP3 pole is for class 'LMP3', which the Test rules do not define.");
        Assert.Equal("LMP3", failure.AttemptedValue);
    }

    [Fact]
    public void Pole_ForACarOfAnotherClass_NamesTheCarsClassAndSubClass()
    {
        // The GT pole credited to #2, entered in LMP2 with the LMP2 Am sub-classification.
        var results = BaseResults.WithRace1(r => r with { Poles = [r.Poles[0], r.Poles[1], new ClassPole("GT", "2")] });

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.CarNotInClass, "Races[R1].Poles[GT].Car", "Race 1 (R1): the GT pole is credited to car #2 (Dragon Motorsport), which is entered in LMP2 (LMP2 Am).");
    }

    [Fact]
    public void FastestLap_ForAnUnknownClass_IsReportedAtItsIndex()
    {
        var results = BaseResults.WithRace1(r => r with { FastestLaps = r.FastestLaps.Add(new FastestLap("LMP3", "1", "1a")) });

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.UnknownClass, "Races[R1].FastestLaps[1].Class", "Race 1 (R1): the LMP3 fastest lap is for class 'LMP3', which the Test rules do not define.");
    }

    [Fact]
    public void FastestLap_ForACarOfAnotherClass_IsReported()
    {
        var results = BaseResults.WithRace1(r => r with { FastestLaps = [new FastestLap("GT", "1", "1a")] });

        var failure = Assert.Single(Validate(results).Failures);
        Expect(failure, ErrorCodes.CarNotInClass, "Races[R1].FastestLaps[0].Car", "Race 1 (R1): the GT fastest lap is credited to car #1 (Phoenix Racing), which is entered in LMP2.");
    }

    [Fact]
    public void FastestLap_InTheCarsSubClassOrWithoutAClass_IsInsideTheRule()
    {
        // #2 is entered in LMP2 with LMP2 Am: a fastest lap of either is its own; an overall fastest lap has no class to check.
        var results = BaseResults.WithRace1(r => r with { FastestLaps = [new FastestLap("LMP2 Am", "2", "2a"), new FastestLap("LMP2", "2", "2b"), new FastestLap(null, "3", "3b")] });

        AssertClean(Validate(results));
    }
}
