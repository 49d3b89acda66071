using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using NodaTime;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>
/// One input of a rule, bent just past it (<see cref="Broken"/>) and just inside it (<see cref="Inside"/>): the first must be
/// reported with <see cref="Code"/>, the second must validate clean.
/// </summary>
/// <param name="Name">The case, as the test shows it.</param>
/// <param name="Code">The code the broken input must be reported with.</param>
/// <param name="Broken">The input just past the rule.</param>
/// <param name="Inside">The input just inside the rule.</param>
/// <param name="Mentions">What the failure's message must name (car, entrant, race, rule...).</param>
/// <param name="Calculator">Whether the calculator refuses the broken input (and scores the inside one).</param>
internal sealed record CodeCase(string Name, string Code, Func<(RuleSet Rules, SeasonResults Results)> Broken, Func<(RuleSet Rules, SeasonResults Results)> Inside, string[] Mentions, bool Calculator = false)
{
    public override string ToString() => Name;
}

/// <summary>The cases: at least one per error code.</summary>
internal static class ErrorCodeCases
{
    public static IReadOnlyList<CodeCase> All { get; } = Build();

    /// <summary>Gets the rules with a GT Am sub-classification inside GT, which no entry uses.</summary>
    private static RuleSet WithGtAm => BaseRules with { Classes = BaseRules.Classes.Add(new ClassDefinition { Id = "GT Am", Name = "GT Am", Parent = "GT" }) };

    private static (RuleSet, SeasonResults) In(RuleSet rules) => (rules, BaseResults);

    private static (RuleSet, SeasonResults) In(SeasonResults results) => (BaseRules, results);

    private static Race ExtraRace(string id, int round, LocalDate? date = null)
    {
        var last = BaseRules.Season.Races[^1];
        var day = date ?? last.Date;
        return last with { Id = id, Round = round, Name = $"Race {id}", Date = day, Start = day.At(new LocalTime(12, 0)).InZoneStrictly(last.Start!.Value.Zone) };
    }

    private static List<CodeCase> Build()
    {
        var cases = new List<CodeCase>();
        void Add(string name, string code, Func<(RuleSet, SeasonResults)> broken, Func<(RuleSet, SeasonResults)> inside, string[] mentions, bool calculator = false)
            => cases.Add(new CodeCase($"{code}: {name}", code, broken, inside, mentions, calculator));

        // General.
        Add("a null driver in the season's list", ErrorCodes.MissingValue,
            () => In(BaseResults with { Drivers = BaseResults.Drivers.Add(null!) }),
            () => In(BaseResults),
            ["Drivers"], calculator: true);
        Add("a crew requirement with neither a minimum nor a maximum", ErrorCodes.MissingValue,
            () => In(BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(new CrewRequirement { Id = "nothing", Description = "Nothing." }) }),
            () => In(BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(new CrewRequirement { Id = "nothing", Description = "Nothing.", Minimum = 0 }) }),
            ["'nothing'"]);
        Add("a classification share of 0", ErrorCodes.ValueOutOfRange,
            () => In(BaseRules with { Classification = new ClassificationRule { MinimumShare = Ratio.Zero } }),
            () => In(BaseRules with { Classification = new ClassificationRule { MinimumShare = Ratio.FromPercent(1) } }),
            ["asks for 0 of"]);
        Add("a shortened-race share above 100 %", ErrorCodes.ValueOutOfRange,
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { ShortenedRaces = [new ShortenedRaceRule { CompletedBelow = Ratio.FromPercent(101) }] } }),
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { ShortenedRaces = [new ShortenedRaceRule { CompletedBelow = Ratio.One }] } }),
            ["1.01"]);
        Add("a points deduction of no points", ErrorCodes.ValueOutOfRange,
            () => In(BaseResults.WithRace1(r => r with { Adjustments = [new PointsDeduction { Car = "3", Points = 0 }] })),
            () => In(BaseResults.WithRace1(r => r with { Adjustments = [new PointsDeduction { Car = "3", Points = Points.FromFraction(1, 2) }] })),
            ["#3", "Race 1 (R1)"], calculator: true);
        Add("an invitation to position 0", ErrorCodes.ValueOutOfRange,
            () => In(BaseRules with { Invitations = [BaseRules.Invitations[0] with { Position = 0 }] }),
            () => In(BaseRules with { Invitations = [BaseRules.Invitations[0] with { Position = 1 }] }),
            ["'lmp2-champion'", "LMP2 Teams"]);

        // Rule set: calendar.
        Add("two races R2", ErrorCodes.DuplicateRace,
            () => In(BaseRules.WithRaces(r => r.Append(ExtraRace("R2", 3)))),
            () => In(BaseRules.WithRaces(r => r.Append(ExtraRace("R3", 3)))),
            ["'R2'"]);
        Add("two races of round 2", ErrorCodes.DuplicateRound,
            () => In(BaseRules.WithRaces(r => r.Append(ExtraRace("R3", 2)))),
            () => In(BaseRules.WithRaces(r => r.Append(ExtraRace("R3", 3)))),
            ["Race R3 (R3)", "round 2"]);
        Add("round 2 a day before round 1", ErrorCodes.RoundOutOfOrder,
            () => In((BaseRules with { Season = BaseRules.Season with { FirstDay = BaseRules.Season.FirstDay.PlusDays(-1) } }).WithRaces(r => [r[0], ExtraRace("R2", 2, r[0].Date.PlusDays(-1))])),
            () => In(BaseRules.WithRaces(r => [r[0], ExtraRace("R2", 2, r[0].Date)])),
            ["Race R2 (R2)", "round 1"]);
        Add("the last race a day after the season", ErrorCodes.RaceOutsideSeason,
            () => In(BaseRules with { Season = BaseRules.Season with { LastDay = BaseRules.Season.LastDay.PlusDays(-1) } }),
            () => In(BaseRules),
            ["Race 2 (R2)", "2024-01-12"]);
        Add("a start the day after the race's date", ErrorCodes.RaceStartMismatch,
            () => In(BaseRules.WithRaces(r => [r[0], r[1] with { Start = r[1].Date.PlusDays(1).At(new LocalTime(0, 0)).InZoneStrictly(r[1].Start!.Value.Zone) }])),
            () => In(BaseRules.WithRaces(r => [r[0], r[1] with { Start = r[1].Date.At(new LocalTime(23, 59)).InZoneStrictly(r[1].Start!.Value.Zone) }])),
            ["Race 2 (R2)"]);
        Add("a start in UTC at a Dubai circuit", ErrorCodes.RaceStartMismatch,
            () => In(BaseRules.WithRaces(r => [r[0], r[1] with { Start = r[1].Date.At(new LocalTime(8, 0)).InUtc() }])),
            () => In(BaseRules.WithRaces(r => [r[0], r[1] with { Start = r[1].Date.At(new LocalTime(12, 0)).InZoneStrictly(r[1].Start!.Value.Zone) }])),
            ["Race 2 (R2)", "UTC", "Asia/Dubai"]);

        // Rule set: classes and tables.
        Add("class GT twice", ErrorCodes.DuplicateClass,
            () => In(BaseRules with { Classes = BaseRules.Classes.Add(new ClassDefinition { Id = "GT", Name = "GT again" }) }),
            () => In(BaseRules with { Classes = BaseRules.Classes.Add(new ClassDefinition { Id = "GT Am", Name = "GT Am", Parent = "GT" }) }),
            ["'GT'"]);
        Add("a table of class LMP3", ErrorCodes.UnknownClass,
            () => In(BaseRules with { Tables = BaseRules.Tables.Add(new ChampionshipTable { Id = "LMP3 Teams", Name = "LMP3 Teams", Competitors = CompetitorKind.Car, Classes = ["LMP3"] }) }),
            () => In(BaseRules with { Tables = BaseRules.Tables.Add(new ChampionshipTable { Id = "All Teams", Name = "All Teams", Competitors = CompetitorKind.Car, Classes = ["LMP2", "GT"] }) }),
            ["'LMP3 Teams'", "'LMP3'"]);
        Add("an entry in class LMP3", ErrorCodes.UnknownClass,
            () => In(BaseResults.WithEntry("3", e => e with { Class = "LMP3" })),
            () => In(BaseResults),
            ["#3", "Jade Competition", "'LMP3'"]);
        Add("a sub-classification inside a sub-classification", ErrorCodes.NestedSubClass,
            () => In(BaseRules with { Classes = BaseRules.Classes.Add(new ClassDefinition { Id = "LMP2 Am Trophy", Name = "LMP2 Am Trophy", Parent = "LMP2 Am" }) }),
            () => In(BaseRules with { Classes = BaseRules.Classes.Add(new ClassDefinition { Id = "LMP2 Am Trophy", Name = "LMP2 Am Trophy", Parent = "LMP2" }) }),
            ["'LMP2 Am Trophy'", "'LMP2 Am'"]);
        Add("table GT Teams twice", ErrorCodes.DuplicateTable,
            () => In(BaseRules with { Tables = BaseRules.Tables.Add(BaseRules.Tables.First(t => t.Id == "GT Teams")) }),
            () => In(BaseRules with { Tables = BaseRules.Tables.Add(BaseRules.Tables.First(t => t.Id == "GT Teams") with { Id = "GT Teams (2)" }) }),
            ["'GT Teams'"]);
        Add("an invitation in table LMP3 Teams", ErrorCodes.UnknownTable,
            () => In(BaseRules with { Invitations = [BaseRules.Invitations[0] with { Table = "LMP3 Teams" }] }),
            () => In(BaseRules with { Invitations = [BaseRules.Invitations[0] with { Table = "GT Teams" }] }),
            ["'lmp2-champion'", "'LMP3 Teams'"]);
        Add("a deduction in table LMP3 Teams", ErrorCodes.UnknownTable,
            () => In(BaseResults with { Adjustments = [new PointsDeduction { Car = "1", Points = 5, Table = "LMP3 Teams" }] }),
            () => In(BaseResults with { Adjustments = [new PointsDeduction { Car = "1", Points = 5, Table = "LMP2 Teams" }] }),
            ["'LMP3 Teams'"], calculator: true);

        // Rule set: scoring.
        Add("a pole worth -1 point", ErrorCodes.NegativePoints,
            () => In(BaseRules.WithRaceScoring(s => s with { Pole = -1 })),
            () => In(BaseRules.WithRaceScoring(s => s with { Pole = 0 })),
            ["-1", "pole"]);
        Add("P2 worth more than P1", ErrorCodes.IncreasingScale,
            () => In(BaseRules.WithRaceScoring(s => s with { Scale = [25, 26, 15, 12, 10, 8, 6, 4, 2, 1] })),
            () => In(BaseRules.WithRaceScoring(s => s with { Scale = [25, 25, 15, 12, 10, 8, 6, 4, 2, 1] })),
            ["P2", "26"]);
        Add("1.5 points beyond a scale ending on 1", ErrorCodes.BeyondScaleAboveScale,
            () => In(BaseRules.WithRaceScoring(s => s with { BeyondScale = Points.FromFraction(3, 2) })),
            () => In(BaseRules.WithRaceScoring(s => s with { BeyondScale = 1 })),
            ["1.5", "P10"]);
        Add("a 6h race with only 4h scoring", ErrorCodes.MissingRaceScoring,
            () => In(BaseRules.WithRaceScoring(s => s with { Category = "4h" }).WithRaces(r => [r[0] with { Category = "4h" }, r[1] with { Category = "6h" }])),
            () => In(BaseRules.WithRaceScoring(s => s with { Category = "4h" }).WithRaces(r => [r[0] with { Category = "4h" }, r[1] with { Category = "4H" }])),
            ["R2", "'6h'"], calculator: true);
        Add("two default race scorings", ErrorCodes.DuplicateRaceScoring,
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Races = [BaseRules.Scoring.Races[0], BaseRules.Scoring.Races[0]] } }),
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Races = [BaseRules.Scoring.Races[0], BaseRules.Scoring.Races[0] with { Category = "6h" }] } }),
            ["default"]);
        Add("a drop segment from round 3 of 2", ErrorCodes.DropSegmentOutsideCalendar,
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { LastRound = 1, BestResults = 1 }, new DropSegment { FirstRound = 3, BestResults = 1 }] } } }),
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { LastRound = 1, BestResults = 1 }, new DropSegment { FirstRound = 2, BestResults = 1 }] } } }),
            ["round 3", "rounds 1 to 2"]);
        Add("segments 1-2 and 2-2", ErrorCodes.OverlappingDropSegments,
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { LastRound = 2, BestResults = 1 }, new DropSegment { FirstRound = 2, BestResults = 1 }] } } }),
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { LastRound = 1, BestResults = 1 }, new DropSegment { FirstRound = 2, BestResults = 1 }] } } }),
            ["round 2", "round 1"]);
        Add("best 0 results", ErrorCodes.DropCountOutOfRange,
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { BestResults = 0 }] } } }),
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { BestResults = 1 }] } } }),
            ["best 0"], calculator: true);
        Add("best 3 of a 2-race calendar", ErrorCodes.DropCountOutOfRange,
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { BestResults = 3 }] } } }),
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { BestResults = 2 }] } } }),
            ["best 3", "2 races"]);
        Add("dropping the worst 2 of 2 races", ErrorCodes.DropCountOutOfRange,
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { WorstDropped = 2 }] } } }),
            () => In(BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { WorstDropped = 1 }] } } }),
            ["worst 2", "2 races"]);

        // Rule set: crews and invitations.
        Add("crew requirement crew-size twice", ErrorCodes.DuplicateCrewRequirement,
            () => In(BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(BaseRules.CrewRequirements[0]) }),
            () => In(BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(BaseRules.CrewRequirements[0] with { Id = "crew-size-2" }) }),
            ["'crew-size'"]);
        Add("4 Bronzes in GT Am crews of at most 3", ErrorCodes.UnsatisfiableCrewRequirement,
            () => In(WithGtAm with { CrewRequirements = BaseRules.CrewRequirements.Add(new CrewRequirement { Id = "gt-am-bronzes", Description = "GT Am: Bronzes only.", Classes = ["GT Am"], Categories = [DriverCategory.Bronze], Minimum = 4 }) }),
            () => In(WithGtAm with { CrewRequirements = BaseRules.CrewRequirements.Add(new CrewRequirement { Id = "gt-am-bronzes", Description = "GT Am: Bronzes only.", Classes = ["GT Am"], Categories = [DriverCategory.Bronze], Minimum = 3 }) }),
            ["'gt-am-bronzes'", "'crew-size'", "at most 3", "GT Am"]);
        Add("at least 2 but at most 1", ErrorCodes.UnsatisfiableCrewRequirement,
            () => In(BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(new CrewRequirement { Id = "silvers", Description = "Silvers.", Categories = [DriverCategory.Silver], Minimum = 2, Maximum = 1 }) }),
            () => In(BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(new CrewRequirement { Id = "silvers", Description = "Silvers.", Classes = ["LMP2 Am"], Categories = [DriverCategory.Silver], Minimum = 1, Maximum = 1 }) }),
            ["'silvers'", "at least 2", "at most 1"]);
        Add("invitation rule lmp2-champion twice", ErrorCodes.DuplicateInvitation,
            () => In(BaseRules with { Invitations = BaseRules.Invitations.Add(BaseRules.Invitations[0]) }),
            () => In(BaseRules with { Invitations = BaseRules.Invitations.Add(BaseRules.Invitations[0] with { Id = "lmp2-second", Position = 2 }) }),
            ["'lmp2-champion'"]);
        Add("an invitation in GT Drivers", ErrorCodes.InvitationTableNotOfCars,
            () => In(BaseRules with { Invitations = [BaseRules.Invitations[1] with { Table = "GT Drivers" }] }),
            () => In(BaseRules with { Invitations = [BaseRules.Invitations[1] with { Table = "GT Teams" }] }),
            ["'gt-champion'", "'GT Drivers'"]);

        // Results: season and entries.
        Add("results for R3 of a 2-race calendar", ErrorCodes.RaceNotInCalendar,
            () => In(BaseResults.WithRace2(r => r with { Race = "R3" })),
            () => In(BaseResults),
            ["'R3'", "Test calendar"], calculator: true);
        Add("a table excluding R3", ErrorCodes.RaceNotInCalendar,
            () => In(BaseRules with { Tables = BaseRules.Tables.Select(t => t.Id == "GT Drivers" ? t with { ExcludedRaces = ["R3"] } : t).ToEquatableArray() }),
            () => In(BaseRules with { Tables = BaseRules.Tables.Select(t => t.Id == "GT Drivers" ? t with { ExcludedRaces = ["R2"] } : t).ToEquatableArray() }),
            ["'GT Drivers'", "'R3'"]);
        Add("R1's results twice", ErrorCodes.DuplicateRaceResult,
            () => In(BaseResults with { Races = [Race1, Race1] }),
            () => In(BaseResults with { Races = [Race1, Race2] }),
            ["Race 1 (R1)"], calculator: true);
        Add("car #3 entered twice", ErrorCodes.DuplicateEntry,
            () => In(BaseResults with { Entries = BaseResults.Entries.Add(BaseResults.Entries[2]) }),
            () => In(BaseResults with { Entries = BaseResults.Entries.Add(BaseResults.Entries[2] with { Car = "33" }) }),
            ["#3", "Jade Competition"], calculator: true);
        Add("driver 1a listed twice", ErrorCodes.DuplicateDriver,
            () => In(BaseResults with { Drivers = BaseResults.Drivers.Add(BaseResults.Drivers[0]) }),
            () => In(BaseResults with { Drivers = BaseResults.Drivers.Add(BaseResults.Drivers[0] with { Id = "1z" }) }),
            ["'1a'", "Kenji Sato"], calculator: true);
        Add("a GT car in sub-classification LMP2 Am", ErrorCodes.SubClassMismatch,
            () => (WithGtAm, BaseResults.WithEntry("3", e => e with { SubClass = new ClassId("LMP2 Am") })),
            () => (WithGtAm, BaseResults.WithEntry("3", e => e with { SubClass = new ClassId("GT Am") })),
            ["#3", "Jade Competition", "'LMP2 Am'", "inside LMP2"]);
        Add("an entry in sub-classification LMP2 Am as its class", ErrorCodes.SubClassMismatch,
            () => In(BaseResults.WithEntry("2", e => e with { Class = "LMP2 Am", SubClass = null })),
            () => In(BaseResults),
            ["#2", "Dragon Motorsport", "'LMP2 Am'"]);
        Add("driver 1a twice in #1's crew", ErrorCodes.DriverListedTwice,
            () => In(BaseResults.WithEntry("1", e => e with { Crew = ["1a", "1a", "1b"] })),
            () => In(BaseResults.WithEntry("1", e => e with { Crew = ["1a", "1c", "1b"] })),
            ["#1", "Phoenix Racing", "'1a'"]);
        Add("a crew of 4 for crews of 2 to 3", ErrorCodes.CrewRequirementNotMet,
            () => In(BaseResults.WithEntry("3", e => e with { Crew = ["3a", "3b", "3c", "1c"] })),
            () => In(BaseResults.WithEntry("3", e => e with { Crew = ["3a", "3b", "3c"] })),
            ["#3", "Jade Competition", "'crew-size'", "at most 3", "has 4"]);
        Add("no Bronze in #1's crew", ErrorCodes.CrewRequirementNotMet,
            () => In(BaseResults with { Drivers = Drivers.Select(d => d.Id.Value == "1a" ? d with { Category = DriverCategory.Silver } : d).ToEquatableArray() }),
            () => In(BaseResults),
            ["#1", "Phoenix Racing", "'bronze-required'", "at least 1", "has 0"]);
        Add("a Bronze with no known category", ErrorCodes.CrewRequirementNotMet,
            () => In(BaseResults with { Drivers = Drivers.Select(d => d.Id.Value == "1a" ? d with { Category = null } : d).ToEquatableArray() }),
            () => In(BaseResults),
            ["#1", "'bronze-required'", "no known category"]);
        Add("no Asian or Oceanian driver in #2", ErrorCodes.CrewRequirementNotMet,
            () => In(BaseResults with { Drivers = Drivers.Select(d => d.Id.Value == "2a" ? d with { Nationality = "NOR" } : d).ToEquatableArray() }),
            () => In(BaseResults with { Drivers = Drivers.Select(d => d.Id.Value == "2a" ? d with { Nationality = "NZL" } : d).ToEquatableArray() }),
            ["#2", "Dragon Motorsport", "'asian-driver'", "NOR"]);
        Add("a Gold in LMP2 Am", ErrorCodes.CrewRequirementNotMet,
            () => In(BaseResults with { Drivers = Drivers.Select(d => d.Id.Value == "2b" ? d with { Category = DriverCategory.Gold } : d).ToEquatableArray() }),
            () => In(BaseResults with { Drivers = Drivers.Select(d => d.Id.Value == "2b" ? d with { Category = DriverCategory.Silver } : d).ToEquatableArray() }),
            ["#2", "'am-no-pro'", "at most 0"]);

        // Results: races.
        Add("car #9 in R1, without an entry", ErrorCodes.UnknownCar,
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Car = "9" }))),
            () => In(BaseResults),
            ["#9", "Race 1 (R1)"], calculator: true);
        Add("the GT pole to car #9", ErrorCodes.UnknownCar,
            () => In(BaseResults.WithRace1(r => r with { Poles = [r.Poles[0], r.Poles[1], new ClassPole("GT", "9")] })),
            () => In(BaseResults),
            ["#9", "Race 1 (R1)", "GT pole"], calculator: true);
        Add("car #3 twice in R1", ErrorCodes.DuplicateCarInRace,
            () => In(BaseResults.WithRace1(r => r with { Cars = r.Cars.Add(r.Cars[1]) })),
            () => In(BaseResults),
            ["#3", "Jade Competition", "Race 1 (R1)"], calculator: true);
        Add("driver 9z in #3's crew in R1", ErrorCodes.UnknownDriver,
            () => In(BaseResults.WithRace1(r => r.WithRow("3", c => c with { Drivers = c.Drivers.Select(d => d.Driver.Value == "3c" ? d with { Driver = "9z" } : d).ToEquatableArray() }))),
            () => In(BaseResults),
            ["#3", "Jade Competition", "Race 1 (R1)", "'9z'"], calculator: true);
        Add("driver 9z in #3's nominated crew", ErrorCodes.UnknownDriver,
            () => In(BaseResults.WithEntry("3", e => e with { Crew = ["3a", "3b", "9z"] })),
            () => In(BaseResults.WithEntry("3", e => e with { Crew = ["3a", "3b", "3c"] })),
            ["#3", "Jade Competition", "'9z'"]);
        Add("#2 classified without a position", ErrorCodes.MissingPosition,
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Position = null, Status = ResultStatus.Classified }))),
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Position = null, Status = ResultStatus.NotClassified }))),
            ["#2", "Dragon Motorsport", "Race 1 (R1)"], calculator: true);
        Add("#2 and #3 both P2", ErrorCodes.DuplicatePosition,
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Position = 2 }))),
            () => In(BaseResults),
            ["#2", "#3", "P2", "Race 1 (R1)"], calculator: true);
        Add("positions 1, 2, 4", ErrorCodes.PositionGap,
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Position = 4 }))),
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Position = 3 }))),
            ["#2", "Dragon Motorsport", "P4", "P3", "Race 1 (R1)"]);
        Add("#2 with 111 laps behind #3's 110", ErrorCodes.LapsContradictOrder,
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Laps = 111 }))),
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Laps = 110 }))),
            ["#2", "Dragon Motorsport", "#3", "Jade Competition", "111", "Race 1 (R1)"]);
        Add("the GT pole to LMP2 car #1", ErrorCodes.CarNotInClass,
            () => In(BaseResults.WithRace1(r => r with { Poles = [new ClassPole("LMP2", "2"), new ClassPole("GT", "1")] })),
            () => In(BaseResults.WithRace1(r => r with { Poles = [new ClassPole("LMP2", "2"), new ClassPole("GT", "3")] })),
            ["#1", "Phoenix Racing", "GT pole", "Race 1 (R1)"]);
        Add("the GT pole twice", ErrorCodes.DuplicatePole,
            () => In(BaseResults.WithRace1(r => r with { Poles = r.Poles.Add(new ClassPole("GT", "3")) })),
            () => In(BaseResults.WithRace1(r => r with { Poles = r.Poles.Add(new ClassPole("LMP2 Am", "2")).Where((_, i) => i != 1).ToEquatableArray() })),
            ["GT pole", "Race 1 (R1)"]);
        Add("drive times 2 s and 1 ms over #1's total time", ErrorCodes.DriveTimeExceedsRace,
            () => In(BaseResults.WithRace1(r => r.WithRow("1", c => c with { Drivers = [new DriveTime("1a", Time(2, 0, 0)), new DriveTime("1b", Time(2, 0, 32) + Duration.FromMilliseconds(1))] }))),
            () => In(BaseResults.WithRace1(r => r.WithRow("1", c => c with { Drivers = [new DriveTime("1a", Time(2, 0, 0)), new DriveTime("1b", Time(2, 0, 32))] }))),
            ["#1", "Phoenix Racing", "Race 1 (R1)", "4:00:32.001", "4:00:30"]);
        Add("drive times over 4 h and 15 min without a total time", ErrorCodes.DriveTimeExceedsRace,
            () => In(BaseResults.WithRace1(r => r.WithRow("1", c => c with { TotalTime = null, Drivers = [new DriveTime("1a", Time(2, 0, 0)), new DriveTime("1b", Time(2, 15, 0) + Duration.FromMilliseconds(1))] }))),
            () => In(BaseResults.WithRace1(r => r.WithRow("1", c => c with { TotalTime = null, Drivers = [new DriveTime("1a", Time(2, 0, 0)), new DriveTime("1b", Time(2, 15, 0))] }))),
            ["#1", "Race 1 (R1)", "4:15:00.001"]);
        Add("1c drives #1 without being nominated", ErrorCodes.DriverNotNominated,
            () => In(BaseResults.WithRace1(r => r.WithRow("1", c => c with { Drivers = [new DriveTime("1a", Time(2, 0, 0)), new DriveTime("1c", Time(2, 0, 30))] }))),
            () => In(BaseResults.WithRace1(r => r.WithRow("1", c => c with { Drivers = [new DriveTime("1a", Time(2, 0, 0)), new DriveTime("1c", Time(2, 0, 30))] }))
                .WithEntry("1", e => e with { Crew = ["1a", "1b", "1c"] })),
            ["#1", "Phoenix Racing", "'1c'", "Marco Rossi", "Race 1 (R1)"]);
        Add("2a in #1 and #2 in R1", ErrorCodes.DriverInTwoCars,
            () => In(BaseResults.WithRace1(r => r.WithRow("1", c => c with { Drivers = c.Drivers.Add(new DriveTime("2a", Duration.Zero)) }))),
            () => In(BaseResults.WithRace1(r => r.WithRow("1", c => c with { Drivers = c.Drivers.Add(new DriveTime("2a", Duration.Zero)) })
                .WithRow("2", c => c with { Status = ResultStatus.DidNotStart, Position = null, Laps = 0, TotalTime = null, Drivers = [] }))
                .WithEntry("1", e => e with { Crew = ["1a", "1b", "2a"] })),
            ["'2a'", "Ian Holm", "#1", "Phoenix Racing", "#2", "Dragon Motorsport", "Race 1 (R1)"]);
        Add("#2 with 83 laps of the LMP2 winner's 120", ErrorCodes.BelowClassificationThreshold,
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Laps = 83 }))),
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { Laps = 84 }))),
            ["#2", "Dragon Motorsport", "Race 1 (R1)", "83", "0.7", "120", "84 laps are needed"]);
        Add("a position penalty for #3 in a race it did not run", ErrorCodes.CarNotInRace,
            () => In(BaseResults.WithRace2(r => r with { Cars = r.Cars.Where(c => c.Car.Value != "3").ToEquatableArray(), Adjustments = [new PositionPenalty { Car = "3", Places = 1 }] })),
            () => In(BaseResults.WithRace2(r => r with { Adjustments = [new PositionPenalty { Car = "3", Places = 1 }] })),
            ["#3", "Jade Competition", "Race 2 (R2)"], calculator: true);
        Add("a race exclusion among the season's adjustments", ErrorCodes.MisplacedAdjustment,
            () => In(BaseResults with { Adjustments = [new RaceExclusion { Car = "1" }] }),
            () => In(BaseResults.WithRace1(r => r with { Adjustments = [new RaceExclusion { Car = "1" }] })),
            ["race exclusion", "#1"], calculator: true);
        Add("a time penalty when #2 has no total time", ErrorCodes.TimePenaltyWithoutTimes,
            () => In(BaseResults.WithRace1(r => r.WithRow("2", c => c with { TotalTime = null }) with { Adjustments = [new TimePenalty { Car = "3", Time = Duration.FromSeconds(30) }] })),
            () => In(BaseResults.WithRace1(r => r with { Adjustments = [new TimePenalty { Car = "3", Time = Duration.FromSeconds(30) }] })),
            ["#2", "Race 1 (R1)"], calculator: true);

        return cases;
    }
}
