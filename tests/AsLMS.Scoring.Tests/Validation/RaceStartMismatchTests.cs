using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using NodaTime;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// A race's scheduled start against its circuit and date: the message says which of the two is wrong. Fixture.Calendar(2): R1
// ("Race 1") on 11 January 2024 at noon in Asia/Dubai, the circuit's zone.
public sealed class RaceStartMismatchTests
{
    private static RaceEvent WithFirstStart(Func<ZonedDateTime, ZonedDateTime> change)
    {
        var raceEvent = Calendar(2).Events[0];
        var first = raceEvent.Races[0];
        return raceEvent with { Races = [first with { Start = change(first.Start!.Value) }, .. raceEvent.Races.Skip(1)] };
    }

    [Fact]
    public void Validate_StartInTheCircuitZoneOnAnotherDay_SaysTheDatesDiffer()
    {
        var failure = Assert.Single(new RaceEventValidator().Validate(WithFirstStart(s => s.PlusHours(24))).Errors);

        Assert.Equal((ErrorCodes.RaceStartMismatch, "Races[R1].Start"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal("Race 1 (R1) is on 2024-01-11 but starts on 2024-01-12 at the circuit.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_StartInAnotherZone_SaysTheZonesDiffer()
    {
        // Noon in Dubai (UTC+4) is 08:00 UTC.
        var failure = Assert.Single(new RaceEventValidator().Validate(WithFirstStart(s => s.ToInstant().InUtc())).Errors);

        Assert.Equal("Race 1 (R1) starts at 2024-01-11 08:00 in time zone UTC, not in its circuit's Asia/Dubai.", failure.ErrorMessage);
    }
}
