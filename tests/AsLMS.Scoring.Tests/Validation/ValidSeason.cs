using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Tests.Support;
using AsLMS.Scoring.Validation;
using FluentValidation.Results;
using NodaTime;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>
/// A small, complete and valid season written by hand, which each error-code case bends just past a rule (and just inside it).
/// Calendar: R1 and R2 on 11 and 12 January 2024 at Yas Marina, 4 hours each (<see cref="Fixture.Calendar"/>).
/// Classes LMP2 (with LMP2 Am) and GT; crews of 2 to 3 with a Bronze and an Asian or Oceanian driver, no Gold or Platinum in LMP2 Am.
/// </summary>
internal static class ValidSeason
{
    public static readonly Duration FourHours = Duration.FromHours(4);

    public static RuleSet BaseRules => Fixture.TestRules(2, Fixture.Modern(beyond: Points.Half, pole: 1)) with
    {
        CrewRequirements =
        [
            new CrewRequirement { Id = "crew-size", Description = "2 to 3 drivers per car.", Minimum = 2, Maximum = 3 },
            new CrewRequirement { Id = "bronze-required", Description = "At least one Bronze driver.", Categories = [DriverCategory.Bronze], Minimum = 1 },
            new CrewRequirement { Id = "am-no-pro", Description = "LMP2 Am: no Gold or Platinum driver.", Classes = ["LMP2 Am"], Categories = [DriverCategory.Gold, DriverCategory.Platinum], Maximum = 0 },
            new CrewRequirement { Id = "asian-driver", Description = "At least one Asian or Oceanian driver.", Regions = [WorldRegion.Asia, WorldRegion.Oceania], Minimum = 1 },
        ],
        Invitations =
        [
            new InvitationRule { Id = "lmp2-champion", Table = "LMP2 Teams", Position = 1, LeMansClass = "LMP2" },
            new InvitationRule
            {
                Id = "gt-champion", Table = "GT Teams", Position = 1, LeMansClass = "LMGT3", MustContestFromRound = 1, MinimumEntries = 1,
                Fallback = new InvitationFallback { Table = "LMP2 Teams", Position = 2, LeMansClass = "LMP2" },
            },
        ],
    };

    public static EquatableArray<Driver> Drivers =>
    [
        new Driver { Id = "1a", Name = "Kenji Sato", Nationality = "JPN", Category = DriverCategory.Bronze },
        new Driver { Id = "1b", Name = "Oliver Weber", Nationality = "GBR", Category = DriverCategory.Gold },
        new Driver { Id = "1c", Name = "Marco Rossi", Nationality = "ITA", Category = DriverCategory.Gold },
        new Driver { Id = "2a", Name = "Ian Holm", Nationality = "AUS", Category = DriverCategory.Bronze },
        new Driver { Id = "2b", Name = "Paul Moreau", Nationality = "FRA", Category = DriverCategory.Silver },
        new Driver { Id = "3a", Name = "Wei Chen", Nationality = "CHN", Category = DriverCategory.Bronze },
        new Driver { Id = "3b", Name = "Sven Fischer", Nationality = "DEU", Category = DriverCategory.Platinum },
        new Driver { Id = "3c", Name = "Luca Ricci", Nationality = "ITA", Category = DriverCategory.Silver },
    ];

    public static EquatableArray<Entry> Entries =>
    [
        new Entry { Car = "1", Entrant = "Phoenix Racing", Class = "LMP2", Crew = ["1a", "1b"] },
        new Entry { Car = "2", Entrant = "Dragon Motorsport", Class = "LMP2", SubClass = new ClassId("LMP2 Am"), Crew = ["2a", "2b"] },
        new Entry { Car = "3", Entrant = "Jade Competition", Class = "GT", Crew = ["3a", "3b", "3c"] },
    ];

    /// <summary>
    /// R1: #1 wins (LMP2, 120 laps), #3 second (GT, 110), #2 third (LMP2 Am, 100 laps, over the 84 that 70 % of #1's 120 needs).
    /// Drive times add up to each car's total time.
    /// </summary>
    public static RaceResult Race1 => new()
    {
        Race = "R1",
        Cars =
        [
            Row("1", 1, 120, Time(4, 0, 30), ("1a", Time(2, 0, 0)), ("1b", Time(2, 0, 30))),
            Row("3", 2, 110, Time(4, 1, 10), ("3a", Time(1, 20, 0)), ("3b", Time(1, 21, 10)), ("3c", Time(1, 20, 0))),
            Row("2", 3, 100, Time(4, 2, 0), ("2a", Time(2, 1, 0)), ("2b", Time(2, 1, 0))),
        ],
        Poles = [new ClassPole("LMP2", "1"), new ClassPole("LMP2 Am", "2"), new ClassPole("GT", "3")],
        FastestLaps = [new FastestLap("GT", "3", "3b")],
    };

    /// <summary>R2: #2 wins, #1 second; #3 retired after 50 laps.</summary>
    public static RaceResult Race2 => new()
    {
        Race = "R2",
        Cars =
        [
            Row("2", 1, 121, Time(4, 0, 40), ("2a", Time(2, 0, 0)), ("2b", Time(2, 0, 40))),
            Row("1", 2, 121, Time(4, 0, 50), ("1a", Time(2, 0, 50)), ("1b", Time(2, 0, 0))),
            Row("3", null, 50, Time(1, 50, 0), ("3a", Time(1, 0, 0)), ("3b", Time(0, 50, 0))) with { Status = ResultStatus.Retired },
        ],
        Poles = [new ClassPole("LMP2", "2"), new ClassPole("GT", "3")],
    };

    public static SeasonResults BaseResults => new() { Drivers = Drivers, Entries = Entries, Races = [Race1, Race2] };

    public static Duration Time(int hours, int minutes, int seconds) => Duration.FromHours(hours) + Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds);

    public static CarResult Row(string car, int? position, int laps, Duration total, params (string Driver, Duration Time)[] crew) => new()
    {
        Car = car,
        Position = position,
        Status = position is null ? ResultStatus.NotClassified : ResultStatus.Classified,
        Laps = laps,
        TotalTime = total,
        Drivers = crew.Select(d => new DriveTime(d.Driver, d.Time)).ToEquatableArray(),
    };

    /// <summary>Replaces car <paramref name="car"/>'s row of a race.</summary>
    public static RaceResult WithRow(this RaceResult race, string car, Func<CarResult, CarResult> change)
        => race with { Cars = race.Cars.Select(c => c.Car.Value == car ? change(c) : c).ToEquatableArray() };

    /// <summary>Replaces entry <paramref name="car"/>.</summary>
    public static SeasonResults WithEntry(this SeasonResults results, string car, Func<Entry, Entry> change)
        => results with { Entries = results.Entries.Select(e => e.Car.Value == car ? change(e) : e).ToEquatableArray() };

    /// <summary>Replaces the results of race 1.</summary>
    public static SeasonResults WithRace1(this SeasonResults results, Func<RaceResult, RaceResult> change)
        => results with { Races = results.Races.Select(r => r.Race.Value == "R1" ? change(r) : r).ToEquatableArray() };

    /// <summary>Replaces the results of race 2.</summary>
    public static SeasonResults WithRace2(this SeasonResults results, Func<RaceResult, RaceResult> change)
        => results with { Races = results.Races.Select(r => r.Race.Value == "R2" ? change(r) : r).ToEquatableArray() };

    /// <summary>Replaces the calendar's races (one event).</summary>
    public static RuleSet WithRaces(this RuleSet rules, Func<IReadOnlyList<Race>, IEnumerable<Race>> change)
        => rules with
        {
            Season = rules.Season with
            {
                Events = [rules.Season.Events[0] with { Races = change(rules.Season.Races).ToEquatableArray() }],
            },
        };

    /// <summary>Replaces the default race scoring.</summary>
    public static RuleSet WithRaceScoring(this RuleSet rules, Func<RaceScoring, RaceScoring> change)
        => rules with { Scoring = rules.Scoring with { Races = [change(rules.Scoring.Races[0])] } };

    /// <summary>Validates results against the base rules (or the rules given).</summary>
    public static ValidationReport Validate(SeasonResults results, RuleSet? rules = null)
        => SeasonValidation.Validate(rules ?? BaseRules, results);

    /// <summary>Asserts that a report has nothing to say, showing it when it does.</summary>
    public static void AssertClean(ValidationReport report)
        => Assert.True(report.IsClean, report.ToString());

    /// <summary>Asserts a failure's code, path and whole message at once, so a mismatch shows all three.</summary>
    public static void Expect(ValidationFailure failure, string code, string path, string message)
        => Assert.Equal((code, path, message), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
}
