using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using FluentValidation.Results;
using NodaTime;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// A season's span and calendar on their own. Fixture.Calendar(2): season "Test" from 11 to 12 January 2024, one "Test event" at
// Yas Marina (Asia/Dubai) with R1 ("Race 1", round 1, 11 January) and R2 ("Race 2", round 2, 12 January), each starting at noon.
public sealed class SeasonCalendarValidatorTests
{
    private static readonly Season TwoRaces = Calendar(2);

    private static Season WithRaces(Func<Race, Race> first, Func<Race, Race> second)
    {
        var races = TwoRaces.Events[0].Races;
        return TwoRaces with { Events = [TwoRaces.Events[0] with { Races = [first(races[0]), second(races[1])] }] };
    }

    // Moves a race to another day, its scheduled start with it (else the start would no longer be on the race's date).
    private static Race On(Race race, int day)
    {
        var date = new LocalDate(2024, 1, day);
        return race with { Date = date, Start = date.At(new LocalTime(12, 0)).InZoneStrictly(race.Start!.Value.Zone) };
    }

    private static ValidationFailure Only(Season season) => Assert.Single(new SeasonCalendarValidator().Validate(season).Errors);

    [Fact]
    public void Validate_TheCalendar_Passes()
        => Assert.Empty(new SeasonCalendarValidator().Validate(TwoRaces).Errors);

    [Fact]
    public void Validate_LastDayBeforeFirstDay_ValueOutOfRangeAndNoRaceCalledOutside()
    {
        // 11 January to 10 January: no day is in such a season, so the races are not also reported as outside it.
        var failure = Only(TwoRaces with { LastDay = new LocalDate(2024, 1, 10) });

        Assert.Equal((ErrorCodes.ValueOutOfRange, "LastDay", (object)new LocalDate(2024, 1, 10)), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("Season Test ends on 2024-01-10, before it starts on 2024-01-11.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_OneDaySeason_Passes()
        => Assert.Empty(new SeasonCalendarValidator().Validate(Calendar(1)).Errors);

    [Fact]
    public void Validate_TwoRacesOfOneRound_DuplicateRoundAtTheSecond()
    {
        var failure = Only(WithRaces(r => r, r => r with { Round = 1 }));

        Assert.Equal((ErrorCodes.DuplicateRound, "Races[R2].Round", (object)1), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("Race 2 (R2) and another race of the Test calendar are both round 1.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_RoundBeforeThePreviousOnesDate_RoundOutOfOrder()
    {
        // Round 1 on 12 January, round 2 on 11 January.
        var failure = Only(WithRaces(r => On(r, 12), r => On(r, 11)));

        Assert.Equal((ErrorCodes.RoundOutOfOrder, "Races[R2].Date"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal("Race 2 (R2), round 2, is on 2024-01-11, before round 1 (Race 1) on 2024-01-12.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_TwoRoundsOnOneDay_Pass()
        => Assert.Empty(new SeasonCalendarValidator().Validate(WithRaces(r => r, r => On(r, 11))).Errors);

    [Fact]
    public void Validate_RaceAfterTheLastDay_RaceOutsideSeason()
    {
        // The season now ends on 11 January; R2 is on the 12th.
        var failure = Only(TwoRaces with { LastDay = new LocalDate(2024, 1, 11) });

        Assert.Equal((ErrorCodes.RaceOutsideSeason, "Races[R2].Date"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal("Race 2 (R2) is on 2024-01-12, outside season Test (2024-01-11 to 2024-01-11).", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_RaceFailingAnEventCheck_ReportedUnderTheEventName()
    {
        var failure = Only(WithRaces(r => r with { ScheduledLaps = 0 }, r => r));

        Assert.Equal((ErrorCodes.ValueOutOfRange, "Events[Test event].Races[R1].ScheduledLaps"), (failure.ErrorCode, failure.PropertyName));
    }
}
