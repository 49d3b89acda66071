using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using FluentValidation.Results;
using NodaTime;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// A drop rule against a calendar (Fixture.Calendar(2): season "Test", rounds 1 and 2): segments at the edges of the calendar, of
// each other, and of the number of races they hold. The counts without a calendar are in DropRuleValidatorTests.
public sealed class DropRuleBoundaryTests
{
    private static readonly Season TwoRounds = Calendar(2);

    private static List<ValidationFailure> Errors(Season season, params DropSegment[] segments)
        => new DropRuleValidator(season).Validate(new DropRule { Segments = segments.ToEquatableArray() }).Errors;

    private static ValidationFailure Only(params DropSegment[] segments) => Assert.Single(Errors(TwoRounds, segments));

    [Fact]
    public void Validate_EmptyCalendar_SegmentHasNoRace()
    {
        // A season announced before its races: no round at all for the segment to start at.
        var empty = new Season { Label = "Empty", FirstDay = new LocalDate(2024, 1, 1), LastDay = new LocalDate(2024, 2, 1) };

        var failure = Assert.Single(Errors(empty, new DropSegment { BestResults = 1 }));

        Assert.Equal((ErrorCodes.DropSegmentOutsideCalendar, "Segments[0]", (object)1), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("The dropped-results segment from round 1 has no race: the Empty calendar is empty.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_NullSegmentWithACalendar_OnlyItsMissingValue()
    {
        var failure = Only((DropSegment)null!);

        Assert.Equal((ErrorCodes.MissingValue, "Segments[0]"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_SegmentEndingAtTheLastRound_Passes()
        => Assert.Empty(Errors(TwoRounds, new DropSegment { FirstRound = 1, LastRound = 2, BestResults = 2 }));

    [Fact]
    public void Validate_SegmentEndingPastTheLastRound_OutsideCalendarAtItsFirstRound()
    {
        // Rounds 1 to 3 of a 2-round calendar; the segment is named by its first round, which is a round of the calendar.
        var failure = Only(new DropSegment { FirstRound = 1, LastRound = 3, BestResults = 1 });

        Assert.Equal((ErrorCodes.DropSegmentOutsideCalendar, "Segments[0]", (object)1), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("The dropped-results segment from round 1 to round 3 does not fit the Test calendar of rounds 1 to 2.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_SegmentEndingBeforeItStarts_OutsideCalendarAtItsLastRound()
    {
        // Round 2 to round 1: the last round, the one out of order, is the value reported.
        var failure = Only(new DropSegment { FirstRound = 2, LastRound = 1, BestResults = 1 });

        Assert.Equal((ErrorCodes.DropSegmentOutsideCalendar, (object)1), (failure.ErrorCode, failure.AttemptedValue));
        Assert.Equal("The dropped-results segment from round 2 to round 1 does not fit the Test calendar of rounds 1 to 2.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_SegmentOverlappingTwoEarlierOnes_ReportedOnce()
    {
        // Three whole-season segments: the second overlaps the first, the third overlaps both but is reported once.
        var failures = Errors(TwoRounds, new DropSegment { BestResults = 1 }, new DropSegment { BestResults = 1 }, new DropSegment { BestResults = 1 });

        Assert.Equal(["Segments[1]", "Segments[2]"], failures.Select(f => f.PropertyName));
        Assert.All(failures, f => Assert.Equal(ErrorCodes.OverlappingDropSegments, f.ErrorCode));
        Assert.All(failures, f => Assert.Equal("The dropped-results segment from round 1 shares rounds with the segment from round 1: a round belongs to one segment.", f.ErrorMessage));
    }

    [Fact]
    public void Validate_OverlapOfASegmentWithALastRound_MessageGivesBothRounds()
    {
        // Rounds 1-2 and 2-2 share round 2.
        var failure = Only(new DropSegment { LastRound = 2, BestResults = 1 }, new DropSegment { FirstRound = 2, LastRound = 2, BestResults = 1 });

        Assert.Equal((ErrorCodes.OverlappingDropSegments, "Segments[1]", (object)2), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("The dropped-results segment from round 2 to round 2 shares rounds with the segment from round 1: a round belongs to one segment.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_OverlapOfAnOpenEndedSegment_MessageGivesItsFirstRoundOnly()
    {
        // Round 1 to the end, and round 2 to the end, share round 2.
        var failure = Only(new DropSegment { BestResults = 1 }, new DropSegment { FirstRound = 2, BestResults = 1 });

        Assert.Equal("The dropped-results segment from round 2 shares rounds with the segment from round 1: a round belongs to one segment.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_ClosedSegmentThenOpenEndedOne_NoOverlap()
        => Assert.Empty(Errors(TwoRounds, new DropSegment { LastRound = 1, BestResults = 1 }, new DropSegment { FirstRound = 2, BestResults = 1 }));

    [Fact]
    public void Validate_OpenEndedSegmentThenAClosedOneBeforeIt_NoOverlap()
        => Assert.Empty(Errors(TwoRounds, new DropSegment { FirstRound = 2, BestResults = 1 }, new DropSegment { FirstRound = 1, LastRound = 1, BestResults = 1 }));

    [Fact]
    public void Validate_BestResultsAboveTheOneRaceOfItsSegment_SingularRace()
    {
        // Round 2 to the end holds one race (R2), not the calendar's two.
        var failure = Only(new DropSegment { FirstRound = 2, BestResults = 2 });

        Assert.Equal((ErrorCodes.DropCountOutOfRange, "Segments[0].BestResults", (object)2), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("The dropped-results segment from round 2 counts the best 2 results, but has 1 race in the Test calendar.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_BestResultsEqualToTheOneRaceOfItsSegment_Passes()
        => Assert.Empty(Errors(TwoRounds, new DropSegment { FirstRound = 2, BestResults = 1 }));

    [Fact]
    public void Validate_BestResultsAboveTwoRaces_PluralRaces()
    {
        var failure = Only(new DropSegment { BestResults = 3 });

        Assert.Equal("The dropped-results segment from round 1 counts the best 3 results, but has 2 races in the Test calendar.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_DroppingEveryOneOfTwoRaces_PluralRaces()
    {
        var failure = Only(new DropSegment { WorstDropped = 2 });

        Assert.Equal((ErrorCodes.DropCountOutOfRange, "Segments[0].WorstDropped", (object)2), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("The dropped-results segment from round 1 drops the worst 2 results, but has only 2 races in the Test calendar: at least one must count.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_DroppingTheOneRaceOfItsSegment_SingularRace()
    {
        var failure = Only(new DropSegment { FirstRound = 2, WorstDropped = 1 });

        Assert.Equal("The dropped-results segment from round 2 drops the worst 1 results, but has only 1 race in the Test calendar: at least one must count.", failure.ErrorMessage);
    }
}
