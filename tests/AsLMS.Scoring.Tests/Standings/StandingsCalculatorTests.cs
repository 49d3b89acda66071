using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;
using NodaTime;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Standings;

// Hand-computed cases, one per rule element. Every expected figure is worked out in the comment above it
// from the modern scale 25-18-15-12-10-8-6-4-2-1 unless the test says otherwise.
public sealed class StandingsCalculatorTests
{
    [Fact]
    public void Calculate_MultiClassRace_PositionIsTheOrderAmongTheTablesCars()
    {
        // Overall: #1 LMP2, #50 GT, #2 LMP2, #51 GT. LMP2: #1 P1 (25), #2 P2 (18). GT: #50 P1 (25), #51 P2 (18).
        var rules = TestRules(1);
        var results = TestResults([Car("1"), Car("2"), Car("50", "GT"), Car("51", "GT")], Race("R1", "1", "50", "2", "51"));

        var standings = StandingsCalculator.Calculate(rules, results);

        var lmp2 = standings["LMP2 Teams"];
        Assert.Equal(["1", "2"], lmp2.Rows.Select(r => r.Competitor.Id));
        Assert.Equal([Points.FromInt64(25), 18], lmp2.Rows.Select(r => r.Total));
        Assert.Equal(2, lmp2.Rows[1].Races[0].Position);
        var gt = standings["GT Teams"];
        Assert.Equal(["50", "51"], gt.Rows.Select(r => r.Competitor.Id));
        Assert.Equal([Points.FromInt64(25), 18], gt.Rows.Select(r => r.Total));
    }

    [Fact]
    public void Calculate_CarInClassAndSubClass_ScoresInBothTablesFromOneFinish()
    {
        // LMP2 order: #1, #2 (Am), #3 (Am). LMP2 table: #2 is 2nd = 18. LMP2 Am table: #2 is 1st = 25, #3 2nd = 18.
        var rules = TestRules(1);
        var results = TestResults([Car("1"), Car("2", subClass: "LMP2 Am"), Car("3", subClass: "LMP2 Am")], Race("R1", "1", "2", "3"));

        var standings = StandingsCalculator.Calculate(rules, results);

        Assert.Equal(Points.FromInt64(18), standings["LMP2 Teams"].Find("2")!.Total);
        Assert.Equal(Points.FromInt64(25), standings["LMP2 Am Teams"].Find("2")!.Total);
        Assert.Equal(Points.FromInt64(18), standings["LMP2 Am Teams"].Find("3")!.Total);
        Assert.Null(standings["LMP2 Am Teams"].Find("1"));
        Assert.Equal(Points.FromInt64(25), standings["LMP2 Am Drivers"].Find("2a")!.Total);
    }

    [Fact]
    public void Calculate_ClassifiedBeyondTheScale_ScoresHalfAPoint()
    {
        // Eleven classified cars and one retirement; 0.5 for classified cars beyond 10th.
        // 11th: 0.5. Retired #12: 0. Over two races, #11 finishes 11th twice: 0.5 + 0.5 = 1.
        var rules = TestRules(2, Modern(beyond: Points.Half));
        var cars = Enumerable.Range(1, 12).Select(i => Car(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var order = Enumerable.Range(1, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var results = TestResults(cars, Race("R1", order).Out("12", ResultStatus.Retired), Race("R2", order).Out("12", ResultStatus.Retired));

        var table = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"];

        var eleventh = table.Find("11")!;
        Assert.Equal(Points.Half, eleventh.Races[0].Points);
        Assert.Equal(Points.Half, eleventh.Races[0].BeyondScalePoints);
        Assert.True(eleventh.Races[0].PositionPoints.IsZero);
        Assert.Equal(Points.One, eleventh.Total);
        Assert.Equal("1", eleventh.Total.ToString());
        Assert.Equal(Points.Zero, table.Find("12")!.Total);
        Assert.Equal(ResultStatus.Retired, table.Find("12")!.Races[0].Status);
    }

    [Fact]
    public void Calculate_PoleSitterRetires_KeepsThePolePointWithNoRacePoints()
    {
        // #2 takes pole and retires: 0 race points + 1 pole point = 1 (the AsLMS practice, derived from 2023-24 totals).
        // #1 wins: 25. Under "must be classified", #2 would have 0.
        var rules = TestRules(1, Modern(pole: 1));
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1").Out("2", ResultStatus.Retired).Pole("LMP2", "2"));

        var table = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"];
        var poleSitter = table.Find("2")!;
        Assert.Equal(Points.One, poleSitter.Total);
        Assert.Equal(Points.One, poleSitter.Races[0].PolePoints);
        Assert.True(poleSitter.Races[0].PositionPoints.IsZero);
        Assert.Null(poleSitter.Races[0].Position);
        Assert.Equal([new AsLMS.Scoring.Standings.PointsAward(PointsSource.Pole, 1)], poleSitter.Races[0].Awards());
        Assert.Equal(Points.One, StandingsCalculator.Calculate(rules, results)["LMP2 Drivers"].Find("2a")!.Total);

        var strict = TestRules(1, Modern(pole: 1) with { PoleCondition = PoleCondition.Classified });
        Assert.Equal(Points.Zero, StandingsCalculator.Calculate(strict, results)["LMP2 Teams"].Find("2")!.Total);
    }

    [Fact]
    public void Calculate_PoleOfAnotherClass_DoesNotScoreInThisTable()
    {
        // The GT pole is #50's: it scores 1 in GT, and the LMP2 table is unaffected.
        var rules = TestRules(1, Modern(pole: 1));
        var results = TestResults([Car("1"), Car("50", "GT")], Race("R1", "1", "50").Pole("GT", "50"));

        var standings = StandingsCalculator.Calculate(rules, results);
        Assert.Equal(Points.FromInt64(25), standings["LMP2 Teams"].Find("1")!.Total);
        Assert.Equal(Points.FromInt64(26), standings["GT Teams"].Find("50")!.Total);
    }

    [Fact]
    public void Calculate_DriverBelowMinimumDriveTime_ScoresNothingButTheCarScores()
    {
        // Minimum 45 min. #1 wins with 1a 200 min and 1b 40 min: 1a 25, 1b 0 (flagged), car 25.
        var rules = TestRules(1, Modern() with { MinimumDriveTime = Duration.FromMinutes(45) });
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2").Crew("1", ("1a", 200), ("1b", 40)).Crew("2", ("2a", 120), ("2b", 120)));

        var standings = StandingsCalculator.Calculate(rules, results);
        var drivers = standings["LMP2 Drivers"];
        Assert.Equal(Points.FromInt64(25), drivers.Find("1a")!.Total);
        var below = drivers.Find("1b")!;
        Assert.Equal(Points.Zero, below.Total);
        Assert.True(below.Races[0].BelowMinimumDriveTime);
        Assert.Null(below.Races[0].Position);
        Assert.Equal(Points.FromInt64(18), drivers.Find("2b")!.Total);
        Assert.Equal(Points.FromInt64(25), standings["LMP2 Teams"].Find("1")!.Total);

        // Exactly the minimum is enough.
        var exact = TestResults([Car("1"), Car("2")], Race("R1", "1", "2").Crew("1", ("1a", 195), ("1b", 45)));
        Assert.Equal(Points.FromInt64(25), StandingsCalculator.Calculate(rules, exact)["LMP2 Drivers"].Find("1b")!.Total);
    }

    [Fact]
    public void Calculate_IdenticalRecords_ShareTheRankAndTheNextRankIsSkipped()
    {
        // R1: #1 P1, #2 P2, #3 P3. R2: #2 P1, #1 P2, #3 P3. #1 and #2: 25 + 18 = 43 each, one win and one 2nd each:
        // equal on countback and on every race-by-race test? No: the chain here is countback only, so they share 1st; #3 is 3rd.
        var rules = TestRules(2);
        var results = TestResults([Car("1"), Car("2"), Car("3")], Race("R1", "1", "2", "3"), Race("R2", "2", "1", "3"));

        var table = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"];
        Assert.Equal([1, 1, 3], table.Rows.Select(r => r.Rank));
        Assert.True(table.Rows[0].SharedRank);
        Assert.True(table.Rows[1].SharedRank);
        Assert.False(table.Rows[2].SharedRank);
        Assert.Null(table.Rows[1].TieBreak!.Criterion);
        Assert.Contains("shared", table.Rows[1].TieBreak!.Explanation, StringComparison.Ordinal);
        Assert.Equal(Points.FromInt64(43), table.Rows[0].Total);
    }

    [Fact]
    public void Calculate_LevelOnPointsWinsAndSeconds_CountbackDecidesAtThirdPlaces()
    {
        // Five races. #A: P1, P3, P3, ret, ret = 25 + 15 + 15 = 55 (1 win, 0 seconds, 2 thirds).
        //            #B: P3, P1, P5, P8, P10 = 15 + 25 + 10 + 4 + 1 = 55 (1 win, 0 seconds, 1 third).
        // Fillers X1..X9 take the other places. Countback: wins 1-1, seconds 0-0, thirds 2-1: #A ahead.
        var rules = TestRules(5);
        var fillers = Enumerable.Range(1, 9).Select(i => $"X{i}").ToArray();
        var entries = new[] { Car("A"), Car("B") }.Concat(fillers.Select(f => Car(f))).ToList();
        var results = TestResults(
            entries,
            Race("R1", "A", "X1", "B", "X2", "X3", "X4", "X5", "X6", "X7", "X8"),
            Race("R2", "B", "X1", "A", "X2", "X3", "X4", "X5", "X6", "X7", "X8"),
            Race("R3", "X1", "X2", "A", "X3", "B", "X4", "X5", "X6", "X7", "X8"),
            Race("R4", "X1", "X2", "X3", "X4", "X5", "X6", "X7", "B").Out("A", ResultStatus.Retired),
            Race("R5", "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9", "B").Out("A", ResultStatus.Retired));

        var table = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"];
        var a = table.Find("A")!;
        var b = table.Find("B")!;
        Assert.Equal(Points.FromInt64(55), a.Total);
        Assert.Equal(Points.FromInt64(55), b.Total);
        Assert.Equal(a.Rank + 1, b.Rank);
        var decision = b.TieBreak!;
        Assert.Equal(TieBreak.Countback, decision.Criterion);
        Assert.Equal(3, decision.Place);
        Assert.Equal(2, decision.AboveCount);
        Assert.Equal(1, decision.BelowCount);
        Assert.Equal("Level on 55 points; countback: equal on wins to 2nd places, more 3rd places (2 to 1).", decision.Explanation);
    }

    [Fact]
    public void Calculate_BestTwoOfThree_DropsTheWorstResultAndShowsIt()
    {
        // Best 2 of 3. #1: P1 (25), P5 (10), P2 (18): counts 25 + 18 = 43, drops the 10 of R2.
        var rules = TestRules(3, rules: new ScoringRules
        {
            Races = [Modern()],
            Drops = new DropRule { Segments = [new DropSegment { BestResults = 2 }] },
        });
        var results = TestResults(
            new[] { "1", "2", "3", "4", "5" }.Select(c => Car(c)),
            Race("R1", "1", "2", "3", "4", "5"),
            Race("R2", "2", "3", "4", "5", "1"),
            Race("R3", "2", "1", "3", "4", "5"));

        var row = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"].Find("1")!;
        Assert.Equal(Points.FromInt64(43), row.Total);
        Assert.Equal("25 (10) 18", row.Breakdown());
        Assert.Equal(Points.FromInt64(10), row.DroppedPoints);
    }

    [Fact]
    public void Calculate_WorstDroppedCountsFromTheCalendar_NotFromTheRacesRunSoFar()
    {
        // Calendar of 3 races, "drop the worst 1": 2 results count. After round 2, #1 has 25 and 10: both count (35),
        // because 2 = 3 calendar races - 1; after round 3 (18), the 10 is dropped: 43.
        var rules = TestRules(3, rules: new ScoringRules
        {
            Races = [Modern()],
            Drops = new DropRule { Segments = [new DropSegment { WorstDropped = 1 }] },
        });
        var results = TestResults(
            new[] { "1", "2", "3", "4", "5" }.Select(c => Car(c)),
            Race("R1", "1", "2", "3", "4", "5"),
            Race("R2", "2", "3", "4", "5", "1"),
            Race("R3", "2", "1", "3", "4", "5"));

        Assert.Equal(Points.FromInt64(35), StandingsCalculator.Calculate(rules, results, afterRound: 2)["LMP2 Teams"].Find("1")!.Total);
        Assert.Equal(Points.FromInt64(43), StandingsCalculator.Calculate(rules, results)["LMP2 Teams"].Find("1")!.Total);
    }

    [Fact]
    public void Calculate_SplitSeason_DropsWithinEachSegment()
    {
        // Rounds 1-2 best 1, rounds 3-4 best 1. #1: 25, 18 | 15, 12 -> 25 + 15 = 40.
        var rules = TestRules(4, rules: new ScoringRules
        {
            Races = [Modern()],
            Drops = new DropRule { Segments = [new DropSegment { LastRound = 2, BestResults = 1 }, new DropSegment { FirstRound = 3, BestResults = 1 }] },
        });
        var results = TestResults(
            new[] { "1", "2", "3", "4" }.Select(c => Car(c)),
            Race("R1", "1", "2", "3", "4"),
            Race("R2", "2", "1", "3", "4"),
            Race("R3", "2", "3", "1", "4"),
            Race("R4", "2", "3", "4", "1"));

        var row = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"].Find("1")!;
        Assert.Equal("25 (18) 15 (12)", row.Breakdown());
        Assert.Equal(Points.FromInt64(40), row.Total);
    }

    [Fact]
    public void Calculate_DisqualificationCannotBeDropped_CountsAsAZero()
    {
        // Best 2 of 3, a disqualification cannot be dropped. #1: P1 (25), DSQ (0), P2 (18).
        // The DSQ must count, so only one other result does: 25. Without the rule: 25 + 18 = 43.
        var drops = new DropRule { Segments = [new DropSegment { BestResults = 2 }], DisqualificationCannotBeDropped = true };
        var rules = TestRules(3, rules: new ScoringRules { Races = [Modern()], Drops = drops });
        var results = TestResults(
            new[] { "1", "2", "3" }.Select(c => Car(c)),
            Race("R1", "1", "2", "3"),
            Race("R2", "2", "3").Out("1", ResultStatus.Disqualified),
            Race("R3", "2", "1", "3"));

        var row = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"].Find("1")!;
        Assert.Equal("25 0 (18)", row.Breakdown());
        Assert.Equal(Points.FromInt64(25), row.Total);

        var lenient = rules with { Scoring = rules.Scoring with { Drops = drops with { DisqualificationCannotBeDropped = false } } };
        Assert.Equal(Points.FromInt64(43), StandingsCalculator.Calculate(lenient, results)["LMP2 Teams"].Find("1")!.Total);
    }

    [Fact]
    public void Calculate_DoublePointsRace_MultipliesRacePointsButNotThePole()
    {
        // R2 counts double (multiplier 2). #1: R1 P1 = 25; R2 P1 = 25 + 25 (multiplier) + 1 pole = 51. Total 76.
        var season = Calendar(2);
        season = season with
        {
            Events = [season.Events[0] with { Races = [season.Races[0], season.Races[1] with { Multiplier = 2 }] }],
        };
        var rules = TestRules(2, Modern(pole: 1), season: season);
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"), Race("R2", "1", "2").Pole("LMP2", "1"));

        var row = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"].Find("1")!;
        Assert.Equal(Points.FromInt64(25), row.Races[1].MultiplierPoints);
        Assert.Equal(Points.FromInt64(51), row.Races[1].Points);
        Assert.Equal(Points.FromInt64(76), row.Total);
    }

    [Fact]
    public void Calculate_RaceStoppedBeforeThreeQuartersOfItsTime_ScoresHalfPoints()
    {
        // 4 h race stopped after 2 h 50 (< 3 h = 75 %): half points. P1 12.5, P2 9. A race of 3 h exactly scores in full.
        var rules = TestRules(1, rules: new ScoringRules
        {
            Races = [Modern()],
            ShortenedRaces = [new ShortenedRaceRule { Basis = ShortenedRaceBasis.Time, CompletedBelow = Ratio.FromPercent(75), Factor = Ratio.Half }],
        });
        var stopped = Race("R1", "1", "2") with { RunningTime = Duration.FromMinutes(170) };
        var table = StandingsCalculator.Calculate(rules, TestResults([Car("1"), Car("2")], stopped))["LMP2 Teams"];

        Assert.Equal(Points.FromFraction(25, 2), table.Find("1")!.Total);
        Assert.Equal(Points.FromFraction(-25, 2), table.Find("1")!.Races[0].ShortenedRacePoints);
        Assert.Equal(Points.FromInt64(9), table.Find("2")!.Total);

        var full = Race("R1", "1", "2") with { RunningTime = Duration.FromHours(3) };
        Assert.Equal(Points.FromInt64(25), StandingsCalculator.Calculate(rules, TestResults([Car("1"), Car("2")], full))["LMP2 Teams"].Find("1")!.Total);
    }

    [Fact]
    public void Calculate_ShortenedByDistanceWithReplacementScale_UsesTheReducedScale()
    {
        // Formula One 2023 style: fewer than 2 laps, nothing; below 25 % of 60 laps (15), the scale 6-4-3-2-1.
        // The leader completed 10 laps: P1 6, P2 4.
        var rules = TestRules(1, season: Calendar(1, scheduledLaps: 60), rules: new ScoringRules
        {
            Races = [Modern()],
            ShortenedRaces =
            [
                new ShortenedRaceRule { LapsBelow = 2, Factor = Ratio.Zero },
                new ShortenedRaceRule { CompletedBelow = Ratio.FromPercent(25), Scale = [6, 4, 3, 2, 1] },
            ],
        });
        var race = Race("R1", "1", "2") with { LeaderLaps = 10 };
        var table = StandingsCalculator.Calculate(rules, TestResults([Car("1"), Car("2")], race))["LMP2 Teams"];
        Assert.Equal(Points.FromInt64(6), table.Find("1")!.Total);
        Assert.Equal(Points.FromInt64(4), table.Find("2")!.Total);

        var barelyStarted = Race("R1", "1", "2") with { LeaderLaps = 1 };
        Assert.Equal(Points.Zero, StandingsCalculator.Calculate(rules, TestResults([Car("1"), Car("2")], barelyStarted))["LMP2 Teams"].Find("1")!.Total);
    }

    [Fact]
    public void Calculate_FullSeasonOnlyTable_OneOffsNeitherScoreNorDisplace()
    {
        // One-off #9 wins on the road. Full-season table: #1 is 1st among eligible cars = 25, #2 18; #9 absent.
        var rules = TestRules(1) with
        {
            Tables = [new ChampionshipTable { Id = "LMP2 Teams", Name = "LMP2 Teams", Competitors = CompetitorKind.Car, Classes = ["LMP2"], FullSeasonEntriesOnly = true }],
        };
        var results = TestResults([Car("1"), Car("2"), Car("9", fullSeason: false)], Race("R1", "9", "1", "2"));

        var table = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"];
        Assert.Equal(["1", "2"], table.Rows.Select(r => r.Competitor.Id));
        Assert.Equal([Points.FromInt64(25), 18], table.Rows.Select(r => r.Total));
    }

    [Fact]
    public void Calculate_EntrantTableBestCarOnly_CountsOnlyTheBestPlacedCar()
    {
        // Entrant "Works" runs #1 and #3; "Privateer" runs #2. Order #1, #2, #3.
        // Best car only: Works 25 (the 15 of #3 does not count), Privateer 18. All cars: Works 40.
        var entrants = new ChampionshipTable { Id = "Constructors", Name = "Constructors", Competitors = CompetitorKind.Entrant, Classes = ["LMP2"], CarsCountedPerRace = 1 };
        var rules = TestRules(1) with { Tables = [entrants] };
        var results = TestResults([Car("1", entrant: "Works"), Car("2", entrant: "Privateer"), Car("3", entrant: "Works")], Race("R1", "1", "2", "3"));

        var table = StandingsCalculator.Calculate(rules, results)["Constructors"];
        Assert.Equal(Points.FromInt64(25), table.Find("Works")!.Total);
        Assert.Equal(Points.FromInt64(18), table.Find("Privateer")!.Total);
        Assert.Equal(["1", "3"], table.Find("Works")!.Competitor.Cars.Select(c => c.Value));

        var allCars = rules with { Tables = [entrants with { CarsCountedPerRace = null }] };
        Assert.Equal(Points.FromInt64(40), StandingsCalculator.Calculate(allCars, results)["Constructors"].Find("Works")!.Total);
    }

    [Fact]
    public void Calculate_SharedDrivePolicies_SplitOrWithholdTheCarsPoints()
    {
        // Scale 8-6-4-3-2 (Formula One 1950). #1 wins driven by 1a and 1b.
        // Split equally: 4 each (shared-drive reduction -4). No points when shared: 0 each. Endurance: 8 each.
        var scale = new RaceScoring { Scale = [8, 6, 4, 3, 2] };
        var results = TestResults([Car("1"), Car("2", drivers: 1)], Race("R1", "1", "2"));

        var split = StandingsCalculator.Calculate(TestRules(1, rules: new ScoringRules { Races = [scale], SharedDrives = SharedDrivePolicy.SplitEqually }), results)["LMP2 Drivers"];
        Assert.Equal(Points.FromInt64(4), split.Find("1a")!.Total);
        Assert.Equal(Points.FromInt64(-4), split.Find("1b")!.Races[0].SharedDrivePoints);
        Assert.Equal(Points.FromInt64(6), split.Find("2a")!.Total);

        var none = StandingsCalculator.Calculate(TestRules(1, rules: new ScoringRules { Races = [scale], SharedDrives = SharedDrivePolicy.NoPointsWhenShared }), results)["LMP2 Drivers"];
        Assert.Equal(Points.Zero, none.Find("1a")!.Total);
        Assert.Equal(Points.FromInt64(6), none.Find("2a")!.Total);

        var full = StandingsCalculator.Calculate(TestRules(1, scale), results)["LMP2 Drivers"];
        Assert.Equal(Points.FromInt64(8), full.Find("1b")!.Total);
    }

    [Fact]
    public void Calculate_FastestLapSharedByTwoDrivers_SplitsThePoint()
    {
        // One point for fastest lap, credited to the driver who set it. 1a and 2a set equal fastest laps: 1/2 each.
        // 1a: 8 + 1/2 = 8 1/2; 1b: 8; 2a: 6 + 1/2. Car #2: 6 + 1/2.
        var scoring = new RaceScoring { Scale = [8, 6, 4, 3, 2], FastestLap = new FastestLapRule { Points = 1 } };
        var race = Race("R1", "1", "2") with { FastestLaps = [new FastestLap(null, "1", "1a"), new FastestLap(null, "2", "2a")] };
        var standings = StandingsCalculator.Calculate(TestRules(1, scoring), TestResults([Car("1"), Car("2")], race));

        Assert.Equal(Points.FromFraction(17, 2), standings["LMP2 Drivers"].Find("1a")!.Total);
        Assert.Equal(Points.FromInt64(8), standings["LMP2 Drivers"].Find("1b")!.Total);
        Assert.Equal(Points.FromFraction(13, 2), standings["LMP2 Teams"].Find("2")!.Total);
    }

    [Fact]
    public void Calculate_FastestLapOutsideTheTopTen_ScoresNothingWhenTheRuleRequiresIt()
    {
        // Formula One 2019-2024: the fastest-lap point only for a car classified in the top 10. #11 sets it: no point.
        var scoring = Modern() with { FastestLap = new FastestLapRule { Points = 1, MustFinishInTop = 10 } };
        var cars = Enumerable.Range(1, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var race = Race("R1", cars) with { FastestLaps = [new FastestLap(null, "11", null)] };
        var table = StandingsCalculator.Calculate(TestRules(1, scoring), TestResults(cars.Select(c => Car(c)), race))["LMP2 Teams"];
        Assert.Equal(Points.Zero, table.Find("11")!.Total);

        var inTopTen = race with { FastestLaps = [new FastestLap(null, "10", null)] };
        Assert.Equal(Points.FromInt64(2), StandingsCalculator.Calculate(TestRules(1, scoring), TestResults(cars.Select(c => Car(c)), inTopTen))["LMP2 Teams"].Find("10")!.Total);
    }

    [Fact]
    public void Calculate_PointsDeduction_IsTakenFromTheCarAndItsDriversAndNeverDropped()
    {
        // #1 wins both races (50) and loses 5 points at R1: car 45, drivers 45. A deduction for 1b only: car 50, 1a 50, 1b 45.
        var rules = TestRules(2);
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2").With(new PointsDeduction { Car = "1", Points = 5, Reason = "Pit-lane speeding" }), Race("R2", "1", "2"));
        var standings = StandingsCalculator.Calculate(rules, results);
        Assert.Equal(Points.FromInt64(45), standings["LMP2 Teams"].Find("1")!.Total);
        Assert.Equal(Points.FromInt64(45), standings["LMP2 Drivers"].Find("1b")!.Total);
        Assert.Equal([new AppliedDeduction("R1", 5, "Pit-lane speeding")], standings["LMP2 Teams"].Find("1")!.Deductions);

        var driverOnly = TestResults([Car("1"), Car("2")], Race("R1", "1", "2").With(new PointsDeduction { Car = "1", Driver = "1b", Points = 5 }), Race("R2", "1", "2"));
        var s2 = StandingsCalculator.Calculate(rules, driverOnly);
        Assert.Equal(Points.FromInt64(50), s2["LMP2 Teams"].Find("1")!.Total);
        Assert.Equal(Points.FromInt64(50), s2["LMP2 Drivers"].Find("1a")!.Total);
        Assert.Equal(Points.FromInt64(45), s2["LMP2 Drivers"].Find("1b")!.Total);
    }

    [Fact]
    public void Calculate_TimePenalty_ReordersByLapsThenTime()
    {
        // Same laps; #1 finishes 4 s ahead of #2 and gets a 5 s penalty: #2 wins (25), #1 2nd (18).
        var race = new RaceResult
        {
            Race = "R1",
            Cars =
            [
                new CarResult { Car = "1", Position = 1, Status = ResultStatus.Classified, Laps = 100, TotalTime = Duration.FromSeconds(14400) },
                new CarResult { Car = "2", Position = 2, Status = ResultStatus.Classified, Laps = 100, TotalTime = Duration.FromSeconds(14404) },
            ],
            Adjustments = [new TimePenalty { Car = "1", Time = Duration.FromSeconds(5) }],
        };
        var table = StandingsCalculator.Calculate(TestRules(1), TestResults([Car("1"), Car("2")], race))["LMP2 Teams"];
        Assert.Equal(Points.FromInt64(25), table.Find("2")!.Total);
        Assert.Equal(Points.FromInt64(18), table.Find("1")!.Total);
    }

    [Fact]
    public void Calculate_PositionPenaltyAndRaceExclusion_MoveTheOthersUp()
    {
        // Order #1, #2, #3, #4. #1 loses 2 places: #2, #3, #1, #4. #3 is excluded: #2 25, #1 18, #4 15.
        var race = Race("R1", "1", "2", "3", "4")
            .With(new PositionPenalty { Car = "1", Places = 2 })
            .With(new RaceExclusion { Car = "3" });
        var table = StandingsCalculator.Calculate(TestRules(1), TestResults(new[] { "1", "2", "3", "4" }.Select(c => Car(c)), race))["LMP2 Teams"];
        Assert.Equal(Points.FromInt64(25), table.Find("2")!.Total);
        Assert.Equal(Points.FromInt64(18), table.Find("1")!.Total);
        Assert.Equal(Points.FromInt64(15), table.Find("4")!.Total);
        Assert.Equal(ResultStatus.Excluded, table.Find("3")!.Races[0].Status);
    }

    [Fact]
    public void Calculate_ChampionshipExclusion_RemovesTheRowWithoutPromotingAnyone()
    {
        // Driver 1a is excluded from the drivers' championship (as in F1 1997): #2's drivers keep 18, not 25.
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2")) with
        {
            Adjustments = [new ChampionshipExclusion { Driver = "1a", Table = "LMP2 Drivers" }],
        };
        var standings = StandingsCalculator.Calculate(TestRules(1), results);
        Assert.Null(standings["LMP2 Drivers"].Find("1a"));
        Assert.Equal(Points.FromInt64(25), standings["LMP2 Drivers"].Find("1b")!.Total);
        Assert.Equal(Points.FromInt64(18), standings["LMP2 Drivers"].Find("2a")!.Total);
        Assert.Equal(1, standings["LMP2 Drivers"].Find("1b")!.Rank);
    }

    [Fact]
    public void Calculate_LatestResultTieBreak_DecidesWhenCountbackIsEqual()
    {
        // R1: #1 P1, #2 P2. R2: #2 P1, #1 P2. 43 each, equal countback. Latest result: #2 won R2, so #2 is ahead.
        var rules = TestRules(2, rules: new ScoringRules { Races = [Modern()], TieBreaks = [TieBreak.Countback, TieBreak.LatestResult] });
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"), Race("R2", "2", "1"));

        var table = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"];
        Assert.Equal(["2", "1"], table.Rows.Select(r => r.Competitor.Id));
        Assert.Equal([1, 2], table.Rows.Select(r => r.Rank));
        Assert.Equal(TieBreak.LatestResult, table.Rows[1].TieBreak!.Criterion);
        Assert.Equal(new RaceId("R2"), table.Rows[1].TieBreak!.Race);
        Assert.Equal("Level on 43 points, countback; latest results: better result in Race 2 (P1 to P2).", table.Rows[1].TieBreak!.Explanation);

        var earliest = rules with { Scoring = rules.Scoring with { TieBreaks = [TieBreak.EarliestResult] } };
        Assert.Equal(["1", "2"], StandingsCalculator.Calculate(earliest, results)["LMP2 Teams"].Rows.Select(r => r.Competitor.Id));
    }

    [Fact]
    public void Calculate_AfterRound_IgnoresLaterRaces()
    {
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"), Race("R2", "2", "1"));
        var afterOne = StandingsCalculator.Calculate(TestRules(2), results, afterRound: 1)["LMP2 Teams"];
        Assert.Equal(["R1"], afterOne.Races.Select(r => r.Value));
        Assert.Equal(Points.FromInt64(25), afterOne.Find("1")!.Total);

        var progression = StandingsCalculator.Progression(TestRules(2), results);
        Assert.Equal(2, progression.Count);
        Assert.Equal(Points.FromInt64(43), progression[1]["LMP2 Teams"].Find("1")!.Total);
    }

    [Fact]
    public void Calculate_CountbackOfScoringPlaces_CountsOnlyPlacesThatScoreAndSharesTheRest()
    {
        // Scale 8-6-4-3-2 (five scoring places). R1: X1 X2 X3 X4 A B. R2: X1 X2 X3 X4 B X5 A.
        // A: 5th (2) + 7th (0) = 2. B: 6th (0) + 5th (2) = 2. Full countback: one 5th each, B has a 6th: B ahead.
        // Countback of scoring places: one 5th each and nothing else counts: they share the place.
        var scale = new RaceScoring { Scale = [8, 6, 4, 3, 2] };
        var entries = new[] { "A", "B", "X1", "X2", "X3", "X4", "X5" }.Select(c => Car(c));
        var results = TestResults(entries, Race("R1", "X1", "X2", "X3", "X4", "A", "B"), Race("R2", "X1", "X2", "X3", "X4", "B", "X5", "A"));

        var full = StandingsCalculator.Calculate(TestRules(2, rules: new ScoringRules { Races = [scale], TieBreaks = [TieBreak.Countback] }), results)["LMP2 Teams"];
        Assert.Equal(full.Find("B")!.Rank + 1, full.Find("A")!.Rank);
        Assert.Equal(6, full.Find("A")!.TieBreak!.Place);

        var scoring = StandingsCalculator.Calculate(TestRules(2, rules: new ScoringRules { Races = [scale], TieBreaks = [TieBreak.CountbackOfScoringPlaces] }), results)["LMP2 Teams"];
        var a = scoring.Find("A")!;
        var b = scoring.Find("B")!;
        Assert.Equal(Points.FromInt64(2), a.Total);
        Assert.Equal(a.Rank, b.Rank);
        Assert.True(a.SharedRank && b.SharedRank);
        Assert.Equal("Level on 2 points and equal on countback of scoring places: the rank is shared.", scoring.Rows.Single(r => r.TieBreak is not null && r.Total == 2).TieBreak!.Explanation);
    }

    [Fact]
    public void Calculate_RaceThatDoesNotCountForTieBreaks_IsLeftOutOfCountback()
    {
        // R1 (Grand Prix, 25-18-15): X1 A B. R2 (sprint, 8-7-6-5, not counted for tie-breaks): B X1 X2 A.
        // A: 18 + 5 = 23. B: 15 + 8 = 23. Counting the sprint, B has a win and is ahead; without it, A's 2nd beats B's 3rd.
        var sprint = new RaceScoring { Category = "Sprint", Scale = [8, 7, 6, 5, 4, 3, 2, 1], CountsForTieBreaks = false };
        var calendar = Calendar(2);
        var season = calendar with { Events = [calendar.Events[0] with { Races = [calendar.Races[0], calendar.Races[1] with { Category = "Sprint" }] }] };
        var results = TestResults(new[] { "A", "B", "X1", "X2" }.Select(c => Car(c)), Race("R1", "X1", "A", "B"), Race("R2", "B", "X1", "X2", "A"));

        var table = StandingsCalculator.Calculate(TestRules(2, season: season, rules: new ScoringRules { Races = [Modern(), sprint] }), results)["LMP2 Teams"];
        Assert.Equal(Points.FromInt64(23), table.Find("A")!.Total);
        Assert.Equal(Points.FromInt64(23), table.Find("B")!.Total);
        Assert.Equal(table.Find("A")!.Rank + 1, table.Find("B")!.Rank);
        Assert.Equal(2, table.Find("B")!.TieBreak!.Place);

        var counted = StandingsCalculator.Calculate(TestRules(2, season: season, rules: new ScoringRules { Races = [Modern(), sprint with { CountsForTieBreaks = true }] }), results)["LMP2 Teams"];
        Assert.Equal(counted.Find("B")!.Rank + 1, counted.Find("A")!.Rank);
    }

    [Fact]
    public void Calculate_EntrantCountback_CountsThePlaceOfEveryCarThatScored()
    {
        // Works runs #1 and #3, Rival #2 and #4 (all cars count).
        // R1: #1 P1 (25), #2 P2 (18), X1 P3, #4 P4 (12), #3 P5 (10). R2: #2 P1 (25), #1 P2 (18), X1, X2, X3, #3 P6 (8), #4 P7 (6).
        // Works 25 + 10 + 18 + 8 = 61; Rival 18 + 12 + 25 + 6 = 61. Best cars: a win and a 2nd each.
        // Every car's place: wins 1-1, 2nds 1-1, 3rds 0-0, 4ths Rival 1 to 0: Rival ahead.
        var entrants = new ChampionshipTable { Id = "Constructors", Name = "Constructors", Competitors = CompetitorKind.Entrant, Classes = ["LMP2"] };
        var rules = TestRules(2) with { Tables = [entrants] };
        var entries = new[] { Car("1", entrant: "Works"), Car("3", entrant: "Works"), Car("2", entrant: "Rival"), Car("4", entrant: "Rival"), Car("X1"), Car("X2"), Car("X3") };
        var results = TestResults(entries, Race("R1", "1", "2", "X1", "4", "3"), Race("R2", "2", "1", "X1", "X2", "X3", "3", "4"));

        var table = StandingsCalculator.Calculate(rules, results)["Constructors"];
        var works = table.Find("Works")!;
        var rival = table.Find("Rival")!;
        Assert.Equal(Points.FromInt64(61), works.Total);
        Assert.Equal(Points.FromInt64(61), rival.Total);
        Assert.Equal(rival.Rank + 1, works.Rank);
        Assert.Equal(4, works.TieBreak!.Place);
        Assert.Equal(1, works.TieBreak.AboveCount);
        Assert.Equal(0, works.TieBreak.BelowCount);
    }

    [Fact]
    public void Calculate_DriverTableCountingOneCarPerRace_KeepsOnlyTheDriversBestShare()
    {
        // Formula One 1956 (Monaco): scale 8-6-4-3-2, shared drives split equally, a driver scores from one car per race only.
        // #1 (F and C) is 2nd: 6 / 2 = 3 each. #2 (F and K) is 4th: 3 / 2 = 1.5 each.
        // F keeps his best share, 3 (not 3 + 1.5); K keeps 1.5 (the unused share is not given to K). Counting every car, F has 4.5.
        var drivers = new ChampionshipTable { Id = "Drivers", Name = "Drivers", Competitors = CompetitorKind.Driver, Classes = ["LMP2"], CarsCountedPerRace = 1 };
        var rules = TestRules(1, rules: new ScoringRules { Races = [new RaceScoring { Scale = [8, 6, 4, 3, 2] }], SharedDrives = SharedDrivePolicy.SplitEqually }) with { Tables = [drivers] };
        var race = Race("R1", "X", "1", "Y", "2").Crew("1", ("F", 60), ("C", 60)).Crew("2", ("F", 30), ("K", 90));
        var results = TestResults([Car("X", drivers: 1), Car("Y", drivers: 1), Car("1"), Car("2")], race) with
        {
            Drivers = new[] { "Xa", "Ya", "F", "C", "K" }.Select(d => new Driver { Id = d, Name = d }).ToEquatableArray(),
        };

        var table = StandingsCalculator.Calculate(rules, results)["Drivers"];
        Assert.Equal(Points.FromInt64(3), table.Find("F")!.Total);
        Assert.Equal(Points.FromInt64(3), table.Find("C")!.Total);
        Assert.Equal(Points.FromFraction(3, 2), table.Find("K")!.Total);
        Assert.Equal(2, table.Find("F")!.Races[0].Position);

        var everyCar = rules with { Tables = [drivers with { CarsCountedPerRace = null }] };
        Assert.Equal(Points.FromFraction(9, 2), StandingsCalculator.Calculate(everyCar, results)["Drivers"].Find("F")!.Total);
    }

    [Fact]
    public void Calculate_ChampionshipExclusionInARace_KeepsThePlaceButScoresNothingThere()
    {
        // R1: #1, #2, #3; #2 is not eligible for points in R1 (Formula One 1984: a team's unregistered second car).
        // #2 keeps 2nd place and scores 0 there, #3 keeps 15 (nobody moves up). R2: #2 wins, 25. #2: 25 in all.
        var rules = TestRules(2);
        var results = TestResults([Car("1"), Car("2"), Car("3")], Race("R1", "1", "2", "3").With(new ChampionshipExclusion { Car = "2" }), Race("R2", "2", "1", "3"));

        var standings = StandingsCalculator.Calculate(rules, results);
        var car = standings["LMP2 Teams"].Find("2")!;
        Assert.Equal(Points.FromInt64(25), car.Total);
        Assert.True(car.Races[0].Points.IsZero);
        Assert.Equal(2, car.Races[0].Position);
        Assert.Equal(Points.FromInt64(15 + 15), standings["LMP2 Teams"].Find("3")!.Total);
        Assert.Equal(Points.FromInt64(25), standings["LMP2 Drivers"].Find("2a")!.Total);

        // Only for the teams' table (Formula One 1995, Brazil): the drivers keep 18 in R1, 43 in all.
        var teamsOnly = TestResults([Car("1"), Car("2"), Car("3")], Race("R1", "1", "2", "3").With(new ChampionshipExclusion { Car = "2", Table = "LMP2 Teams" }), Race("R2", "2", "1", "3"));
        var s2 = StandingsCalculator.Calculate(rules, teamsOnly);
        Assert.Equal(Points.FromInt64(25), s2["LMP2 Teams"].Find("2")!.Total);
        Assert.Equal(Points.FromInt64(43), s2["LMP2 Drivers"].Find("2a")!.Total);
    }

    [Fact]
    public void Calculate_ShortenedRuleOnlyIfSuspended_IgnoresARaceThatRanToItsTimeLimit()
    {
        // Half points below 75 % of 100 laps, only for a race suspended and not resumed (Formula One 2022). The leader did 40 laps.
        // Suspended: P1 12.5. Ended at its time limit (not suspended): full points, 25.
        var rules = TestRules(1, season: Calendar(1, scheduledLaps: 100), rules: new ScoringRules
        {
            Races = [Modern()],
            ShortenedRaces = [new ShortenedRaceRule { CompletedBelow = Ratio.FromPercent(75), Factor = Ratio.Half, OnlyIfSuspended = true }],
        });
        var timeLimit = Race("R1", "1", "2") with { LeaderLaps = 40 };
        Assert.Equal(Points.FromInt64(25), StandingsCalculator.Calculate(rules, TestResults([Car("1"), Car("2")], timeLimit))["LMP2 Teams"].Find("1")!.Total);

        var suspended = timeLimit with { Suspended = true };
        Assert.Equal(Points.FromFraction(25, 2), StandingsCalculator.Calculate(rules, TestResults([Car("1"), Car("2")], suspended))["LMP2 Teams"].Find("1")!.Total);
    }

    [Fact]
    public void Calculate_UnscorableResults_ThrowsOneExceptionWithEveryCodedFailure()
    {
        var results = TestResults(
            [Car("1"), Car("2")],
            Race("R1", "1", "7"),
            Race("R9", "1"),
            new RaceResult { Race = "R2", Cars = [new CarResult { Car = "1", Status = ResultStatus.Classified, Laps = 10 }] });

        var exception = Assert.Throws<ScoringInputException>(() => StandingsCalculator.Calculate(TestRules(2), results));
        Assert.Equal(
            new[] { ErrorCodes.UnknownCar, ErrorCodes.RaceNotInCalendar, ErrorCodes.MissingPosition }.Order(),
            exception.Errors.Select(e => e.ErrorCode).Order());
        Assert.Contains("#7", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RaceScorer_Score_ListsEachCompetitorsPointsWithSources()
    {
        // #1 wins from pole: 25 + 1. #2 second: 18.
        var rules = TestRules(1, Modern(pole: 1));
        var scores = RaceScorer.Score(rules, TestResults([Car("1"), Car("2")], Race("R1", "1", "2").Pole("LMP2", "1")), "R1");
        var teams = scores["LMP2 Teams"].Scores;
        Assert.Equal(["1", "2"], teams.Select(s => s.Competitor.Id));
        Assert.Equal(
            [new AsLMS.Scoring.Standings.PointsAward(PointsSource.Position, 25), new AsLMS.Scoring.Standings.PointsAward(PointsSource.Pole, 1)],
            teams[0].Score.Awards());
        Assert.Equal(Points.FromInt64(18), teams[1].Score.Points);
    }

    [Fact]
    public void ClassificationRule_SeventyPercentOfTheClassWinner_IsExact()
    {
        // 70 % of 101 laps is 70.7: 71 laps classify, 70 do not.
        var rule = ClassificationRule.Default;
        Assert.True(rule.IsMetBy(71, 101, tookChequeredFlag: false));
        Assert.False(rule.IsMetBy(70, 101, tookChequeredFlag: false));
        Assert.True(rule.IsMetBy(70, 100, tookChequeredFlag: false));
        Assert.False((rule with { MustTakeChequeredFlag = true }).IsMetBy(100, 100, tookChequeredFlag: false));
    }
}
