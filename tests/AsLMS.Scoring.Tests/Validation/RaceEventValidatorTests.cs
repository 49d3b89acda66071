using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using NodaTime;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// One event's checks on their own (the season-level checks of rounds and dates would add failures of their own): each broken
// value is reported with its code, its path and a message naming the race; each value just inside the rule passes.
// Fixture.Calendar: one "Test event" at Yas Marina (Asia/Dubai) with races R1, R2 named "Race 1", "Race 2".
public sealed class RaceEventValidatorTests
{
    private static RaceEvent Event => Calendar(2).Events[0];

    private static RaceEvent WithFirstRace(Func<Race, Race> change) => Event with { Races = [change(Event.Races[0]), .. Event.Races.Skip(1)] };

    public static TheoryData<RaceEvent, string, string, string> Broken => new()
    {
        { Event with { Circuit = null! }, ErrorCodes.MissingValue, "Circuit", "Event Test event has no circuit." },
        { Event with { Circuit = Event.Circuit with { TimeZone = null! } }, ErrorCodes.MissingValue, "Circuit.TimeZone", "Event Test event: circuit Yas Marina Circuit has no time zone." },
        { Event with { Races = [null!, Event.Races[1]] }, ErrorCodes.MissingValue, "Races[0]", "Event Test event: race 0 is null." },
        { WithFirstRace(r => r with { Round = 0 }), ErrorCodes.ValueOutOfRange, "Races[R1].Round", "Race 1 (R1) is round 0: rounds start at 1." },
        { WithFirstRace(r => r with { Multiplier = Ratio.FromFraction(-1, 2) }), ErrorCodes.ValueOutOfRange, "Races[R1].Multiplier", "Race 1 (R1) has a points multiplier of -0.5: it cannot be negative." },
        { WithFirstRace(r => r with { ScheduledDuration = Duration.Zero }), ErrorCodes.ValueOutOfRange, "Races[R1].ScheduledDuration", "Race 1 (R1) is scheduled for 0:00:00: the duration must be positive." },
        { WithFirstRace(r => r with { ScheduledLaps = 0 }), ErrorCodes.ValueOutOfRange, "Races[R1].ScheduledLaps", "Race 1 (R1) is scheduled for 0 laps: at least 1." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenValue_ReportedWithItsCodePathAndMessage(RaceEvent raceEvent, string code, string path, string message)
    {
        var failure = Assert.Single(new RaceEventValidator().Validate(raceEvent).Errors);

        Assert.Equal((code, path, message), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_ValuesJustInsideTheRules_Pass()
    {
        // Round 1, no multiplier (0 is allowed: a race that pays nothing), 1 ns, 1 lap.
        var inside = WithFirstRace(r => r with { Round = 1, Multiplier = Ratio.Zero, ScheduledDuration = Duration.FromNanoseconds(1), ScheduledLaps = 1 });

        Assert.Empty(new RaceEventValidator().Validate(inside).Errors);
    }
}
