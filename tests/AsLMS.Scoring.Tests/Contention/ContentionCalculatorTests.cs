using AsLMS.Scoring.Contention;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Contention;

// Hand-built title fights. Every verdict expected here is worked out in the comment above it from the modern scale
// 25-18-15-12-10-8-6-4-2-1 (and one point for pole where the test says so).
//
// "The simple bound" is the test of PositionChance.SimpleBoundSaysPossible: current total + the most any car can score in the
// remaining races (first place, pole, fastest lap) >= the leader's current total.
public sealed class ContentionCalculatorTests
{
    private static readonly ContentionOptions EveryCarClassified = new() { Finishing = FinishingAssumption.EveryCarClassified };

    /// <summary>Three cars; R1: #1, #2, #3 (pole #1); R2: #2, #3, #1 (pole #1); R3 remains. One point for pole.</summary>
    private static (RuleSet Rules, SeasonResults Results) ThreeCarFight(bool withBackMarker = false)
    {
        var rules = TestRules(3, Modern(pole: 1));
        var cars = new List<Entry> { Car("1"), Car("2"), Car("3") };
        var r1 = Race("R1", "1", "2", "3").Pole("LMP2", "1");
        var r2 = Race("R2", "2", "3", "1").Pole("LMP2", "1");
        if (withBackMarker)
        {
            cars.Add(Car("4"));
            r1 = r1.Out("4", ResultStatus.Retired);
            r2 = r2.Out("4", ResultStatus.Retired);
        }

        return (rules, TestResults(cars, r1, r2));
    }

    [Fact]
    public void Calculate_RivalsCannotAllFinishLast_EliminatedAlthoughTheSimpleBoundSaysPossible()
    {
        // After R2: #1 25+1 + 15+1 = 42, #2 18 + 25 = 43, #3 15 + 18 = 33. One race left, worth at most 25 + 1 = 26.
        // Simple bound for #3: 33 + 26 = 59 >= 43, "possible".
        // Every car classified: #3 wins from pole, 59. #1 and #2 take 2nd (18) and 3rd (15) in some order:
        //   #1 2nd: 42 + 18 = 60 > 59;  #2 2nd: 43 + 18 = 61 > 59.
        // Either one alone could be held to 3rd (#1 57, #2 58, both < 59), but not both: someone must be 2nd. Eliminated.
        var (rules, results) = ThreeCarFight();

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams", EveryCarClassified);

        var third = Chance(contention, "3");
        Assert.True(third.SimpleBoundSaysPossible);
        Assert.Equal(Points.FromInt64(59), third.BestTotal);
        Assert.Equal(ContentionVerdict.Eliminated, third.Verdict);
        Assert.Equal(ContentionMethod.Search, third.Method);
        Assert.Null(third.Scenario);
    }

    [Fact]
    public void Calculate_AnyCarMayRetire_TheSameChaserCanStillWin()
    {
        // Same standings; if #1 and #2 may both retire in R3, #3 wins from pole (59) against 42 and 43.
        var (rules, results) = ThreeCarFight();

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams");

        var third = Chance(contention, "3");
        Assert.Equal(ContentionVerdict.Possible, third.Verdict);
        var race = Assert.Single(third.Scenario!.Races);
        Assert.Equal(["3"], race.Classified.Select(c => c.Value));
        Assert.Equal(["1", "2"], race.NotClassified.Select(c => c.Value));
        AssertWins(rules, results, third.Scenario, "3");
    }

    [Fact]
    public void Calculate_BackMarkerTakesSecond_ChaserCanWinWithEveryCarClassified()
    {
        // As above with a fourth car, #4, retired in R1 and R2 (0 points). In R3 every car is classified:
        // #3 1st from pole (59), #4 2nd (18), then #1 and #2 share 3rd (15) and 4th (12): at most 42 + 15 = 57 and 43 + 15 = 58.
        // #3 is champion; the scenario must put #4 second.
        var (rules, results) = ThreeCarFight(withBackMarker: true);

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams", EveryCarClassified);

        var third = Chance(contention, "3");
        Assert.Equal(ContentionVerdict.Possible, third.Verdict);
        var race = Assert.Single(third.Scenario!.Races);
        Assert.Equal(["3", "4"], race.Classified.Take(2).Select(c => c.Value));
        Assert.Equal(4, race.Classified.Count);
        AssertWins(rules, results, third.Scenario, "3");
    }

    [Fact]
    public void Calculate_TieBreakFavoursTheLeader_EliminatedAlthoughTheSimpleBoundSaysPossible()
    {
        // R1: #1, #2, #3, #4, #5; R2: #1, #2, #4, #5, #3. After R2: #1 50 (two wins), #3 15 + 10 = 25.
        // One race left: #3 wins it, 50, and #1 retires: level on 50. Simple bound: 25 + 25 >= 50, "possible".
        // Countback: #1 has two wins, #3 one. #1 stays ahead: eliminated.
        var rules = TestRules(3);
        var results = TestResults(Cars(5), Race("R1", "1", "2", "3", "4", "5"), Race("R2", "1", "2", "4", "5", "3"));

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams");

        var third = Chance(contention, "3");
        Assert.True(third.SimpleBoundSaysPossible);
        Assert.Equal(Points.FromInt64(50), third.BestTotal);
        Assert.Equal(ContentionVerdict.Eliminated, third.Verdict);
    }

    [Fact]
    public void Calculate_TieBreakFavoursTheChaser_PossibleAlthoughTheStrictBoundSaysEliminated()
    {
        // The reverse direction. R1: #3, #1; R2: #2, #1 (#3 retires); R3: #4, #1, #5, #6, #7, #8, #9, #3.
        // After R3: #1 18 + 18 + 18 = 54 (no win), #3 25 + 0 + 4 = 29 (one win); #2 and #4 25, #5 15, #6 12, #7 10, #8 8, #9 6.
        // One race left. The strict form of the bound, "must outscore the leader", 29 + 25 > 54, is false: "eliminated".
        // But #3 wins R4 (54) and #1 retires (54): level, and countback gives #3 two wins to #1's none. #3 can be champion.
        //
        // The bound with >= (the one PositionChance reports: 29 + 25 >= 54) cannot be wrong in this direction: a rival's total
        // never falls (drops keep the best results, and more results can only raise that sum; deductions are fixed), so the
        // leader ends with at least its current total, while the chaser ends with at most its current total plus the most any
        // car can score. If that is below the leader's total, no tie-break is ever reached. Pole and points beyond the scale are
        // inside "the most any car can score", and drops only lower the chaser's gain. The property test
        // SimpleBound_NeverSaysEliminated_WhenTheExactAnswerIsPossible checks it over generated seasons.
        var rules = TestRules(4);
        var results = TestResults(
            Cars(9),
            Race("R1", "3", "1"),
            Race("R2", "2", "1").Out("3", ResultStatus.Retired),
            Race("R3", "4", "1", "5", "6", "7", "8", "9", "3"));

        var contention = ContentionCalculator.Calculate(rules, results, 3, "LMP2 Teams");

        var third = Chance(contention, "3");
        Assert.Equal(Points.FromInt64(29), third.Total);
        Assert.Equal("1", contention.Leader!.Id);
        Assert.False(third.Total + 25 > Points.FromInt64(54));
        Assert.True(third.SimpleBoundSaysPossible);
        Assert.Equal(ContentionVerdict.Possible, third.Verdict);
        AssertWins(rules, results, third.Scenario!, "3");
    }

    [Fact]
    public void Calculate_DroppedResults_EliminatedAlthoughTheSimpleBoundSaysPossible()
    {
        // Best two results count. R1: #1, #2; R2: #1, #2. #1 25 + 25 = 50, #2 18 + 18 = 36.
        // R3 left. Simple bound: 36 + 25 = 61 >= 50, "possible". But #2's best two would be 25 + 18 = 43 < 50: eliminated.
        var rules = TestRules(3, rules: new ScoringRules
        {
            Races = [Modern()],
            Drops = new DropRule { Segments = [new DropSegment { BestResults = 2 }] },
        });
        var results = TestResults(Cars(2), Race("R1", "1", "2"), Race("R2", "1", "2"));

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams");

        var second = Chance(contention, "2");
        Assert.True(second.SimpleBoundSaysPossible);
        Assert.Equal(Points.FromInt64(43), second.BestTotal);
        Assert.Equal(ContentionVerdict.Eliminated, second.Verdict);
        Assert.Equal(ContentionMethod.PointsBound, second.Method);
    }

    [Fact]
    public void Calculate_DriverBehindACrewMate_EliminatedAlthoughTheSimpleBoundSaysPossible()
    {
        // Drivers' table. #1's nominated crew is 1a and 1b, but in R1 reserve 1c drove with 1a.
        // R1: #1 (1a, 1c), #2 (2a, 2b). R2: #2, #1 (1a, 1b).
        // After R2: 1a 25 + 18 = 43, 2a and 2b 18 + 25 = 43, 1c 25, 1b 18.
        // 1b: simple bound 18 + 25 = 43 >= 43, "possible". But 1a drives the same car: whatever #1 scores, 1a scores too,
        // and stays 25 ahead. Eliminated, whatever the others do.
        var rules = TestRules(3);
        var results = TestResults(
            [Car("1"), Car("2")],
            Race("R1", "1", "2").Crew("1", ("1a", 120), ("1c", 120)),
            Race("R2", "2", "1"));
        results = results with { Drivers = results.Drivers.Add(new Driver { Id = "1c", Name = "Driver 1c" }) };

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Drivers");

        var driver = Chance(contention, "1b");
        Assert.True(driver.SimpleBoundSaysPossible);
        Assert.Equal(ContentionVerdict.Eliminated, driver.Verdict);
        Assert.Contains("same car", driver.Reason, StringComparison.Ordinal);
        Assert.Equal(ContentionVerdict.Possible, Chance(contention, "1a").Verdict);

        // 1c has no car any more: 25 points at most, below 43.
        Assert.Equal(ContentionVerdict.Eliminated, Chance(contention, "1c").Verdict);
    }

    [Fact]
    public void Calculate_LeaderOutOfReach_IsClinched()
    {
        // Five races; #1 wins R1-R4, #2 is second each time.
        // After R3: #1 75, #2 54, two races left: #2 can reach 54 + 50 = 104 > 75: open.
        // After R4: #1 100, #2 72, one race left: #2 at most 72 + 25 = 97 < 100: #1 has clinched.
        var rules = TestRules(5);
        var results = TestResults(Cars(2), Race("R1", "1", "2"), Race("R2", "1", "2"), Race("R3", "1", "2"), Race("R4", "1", "2"));

        var open = ContentionCalculator.Calculate(rules, results, 3, "LMP2 Teams");
        var closed = ContentionCalculator.Calculate(rules, results, 4, "LMP2 Teams");

        Assert.Equal(ContentionVerdict.Possible, Chance(open, "1").Verdict);
        Assert.Equal(ContentionVerdict.Possible, Chance(open, "2").Verdict);
        Assert.False(open.Clinch!.Clinched);
        Assert.Equal(ContentionVerdict.Clinched, Chance(closed, "1").Verdict);
        Assert.Equal(ContentionMethod.Pairwise, Chance(closed, "1").Method);
        Assert.Equal(ContentionVerdict.Eliminated, Chance(closed, "2").Verdict);
        Assert.True(closed.Clinch!.Clinched);
    }

    [Fact]
    public void Calculate_AfterTheLastRound_StandingsAreFinal()
    {
        var rules = TestRules(2);
        var results = TestResults(Cars(2), Race("R1", "1", "2"), Race("R2", "2", "1"));

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams");

        // Level on 43; countback: one win each, one 2nd each; the rank is shared, so both are champions.
        Assert.Empty(contention.RemainingRaces);
        Assert.All(contention.Title, c => Assert.Equal(ContentionMethod.FinalStandings, c.Method));
        Assert.All(contention.Title, c => Assert.Equal(ContentionVerdict.Clinched, c.Verdict));
    }

    [Fact]
    public void Calculate_EntrantsTable_IsNotAnalysedAndSaysWhy()
    {
        var rules = TestRules(2) with
        {
            Tables = [new ChampionshipTable { Id = "Entrants", Name = "Entrants", Competitors = CompetitorKind.Entrant, Classes = ["LMP2"] }],
        };
        var results = TestResults(Cars(2), Race("R1", "1", "2"));

        var contention = ContentionCalculator.Calculate(rules, results, 1, "Entrants");

        Assert.Contains("Entrants' tables", contention.Note, StringComparison.Ordinal);
        Assert.All(contention.Title, c => Assert.Equal(ContentionMethod.NotAnalysed, c.Method));
        Assert.All(contention.Title, c => Assert.Equal(ContentionVerdict.Undecided, c.Verdict));
    }

    [Fact]
    public void Calculate_SearchBeyondItsBudget_IsUndecidedRatherThanGuessed()
    {
        // With the back-marker, #3's title needs a search (placing #1 and #2 behind #4); one node is not enough to find
        // or rule out a scenario, so the answer must be "undecided", not a guess.
        var (rules, results) = ThreeCarFight(withBackMarker: true);

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams", EveryCarClassified with { NodeBudget = 1 });

        var third = Chance(contention, "3");
        Assert.Equal(ContentionVerdict.Undecided, third.Verdict);
        Assert.Contains("budget", third.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_InvitationForSecond_ChaserCanStillFinishSecond()
    {
        // Three-car fight with an invitation for 2nd place. Every car classified: #3 cannot win (above), but it can finish
        // 2nd, e.g. #3 1st (59), #2 2nd (61), #1 3rd (57): only #2 is ahead of it.
        var (rules, results) = ThreeCarFight();
        rules = rules with { Invitations = [new InvitationRule { Id = "second", Table = "LMP2 Teams", Position = 2, LeMansClass = "LMP2" }] };

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams", EveryCarClassified);

        var invitation = Assert.Single(contention.Invitations);
        var third = invitation.Competitors.Single(c => c.Competitor.Id == "3");
        Assert.Equal(2, third.Position);
        Assert.Equal(ContentionVerdict.Possible, third.Verdict);
        var standings = StandingsCalculator.Calculate(rules, third.Scenario!.Complete(rules, results))["LMP2 Teams"];
        Assert.True(standings.Find("3")!.Rank <= 2);
        Assert.Equal(["1", "2", "3"], invitation.Contenders.Select(c => c.Id).Order());
    }

    [Fact]
    public void Calculate_InvitationForSecond_FarBehindCannotFinishSecond()
    {
        // R1: #1, #2, #3, #4; R2: #2, #1, #4, #3. #1 25 + 18 = 43, #2 18 + 25 = 43, #3 15 + 12 = 27, #4 12 + 15 = 27.
        // R3 left, every car classified. #3 at most 27 + 25 = 52. #1 and #2 both take one of 2nd-4th (12 at least):
        // both end with at least 55 > 52. #3 is 3rd at best: it cannot finish 2nd.
        var rules = TestRules(3) with { Invitations = [new InvitationRule { Id = "second", Table = "LMP2 Teams", Position = 2, LeMansClass = "LMP2" }] };
        var results = TestResults(Cars(4), Race("R1", "1", "2", "3", "4"), Race("R2", "2", "1", "4", "3"));

        var contention = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams", EveryCarClassified);

        var third = contention.Invitations[0].Competitors.Single(c => c.Competitor.Id == "3");
        Assert.Equal(ContentionVerdict.Eliminated, third.Verdict);
    }

    [Fact]
    public void Clinch_NextRace_ListsThePositionsAndTheConditionsOnTheRival()
    {
        // Eight cars, four races, after R3.
        // R1: #1, #2, #3, #4, #8;  R2: #1, #6, #2, #7, #8;  R3: #5, #3, #2, #4, #1.
        // #1 25 + 25 + 10 = 60 (two wins); #2 18 + 15 + 15 = 48 (none); #3 15 + 18 = 33; #5 25; #4 12 + 12 = 24; #8 10 + 10 = 20;
        // #6 18; #7 12. Only #2 can catch #1: 48 + 25 = 73; #3 at most 58 < 60.
        // #1 in R4 at position q scores s(q); #2 at position y can overtake when 48 + s(y) > 60 + s(q) (a tie goes to #1 on wins):
        //   q = 1..3: 85, 78, 75 > 73: clinched whatever #2 does.
        //   q = 4..7: 72, 70, 68, 66: #2 needs more than 24, 22, 20, 18: only a win (25).
        //   q = 8: 64: #2 needs more than 16: 1st or 2nd.
        //   not classified: 60: #2 needs more than 12: 1st to 3rd.
        var rules = TestRules(4);
        var results = TestResults(
            Cars(8),
            Race("R1", "1", "2", "3", "4", "8"),
            Race("R2", "1", "6", "2", "7", "8"),
            Race("R3", "5", "3", "2", "4", "1"));

        var clinch = ContentionCalculator.Calculate(rules, results, 3, "LMP2 Teams").Clinch!;

        Assert.Equal("1", clinch.Leader.Id);
        Assert.False(clinch.Clinched);
        Assert.Equal(new RaceId("R4"), clinch.NextRace);
        Assert.Equal([1, 2, 3], clinch.Options.Where(o => o.Outcome == ClinchOutcome.Clinches).Select(o => o.LeaderPosition!.Value));
        var fifth = clinch.Options.Single(o => o.LeaderPosition == 5);
        Assert.Equal(ClinchOutcome.ClinchesIf, fifth.Outcome);
        var condition = Assert.Single(fifth.Conditions);
        Assert.Equal("2", condition.Rival.Id);
        Assert.Equal([1], condition.Positions);
        Assert.Equal([1, 2], clinch.Options.Single(o => o.LeaderPosition == 8).Conditions.Single().Positions);
        Assert.Equal([1, 2, 3], clinch.Options.Single(o => o.LeaderPosition is null).Conditions.Single().Positions);
        Assert.Equal(
            "#1 Team 1 clinches the title in R4 by finishing P1-P3; P4-P7 if #2 Team 2 does not finish first; "
            + "P8 if #2 Team 2 does not finish in the top 2; not classified if #2 Team 2 does not finish in the top 3.",
            clinch.Summary);
    }

    [Fact]
    public void Clinch_RivalMustFinishBehind_IsDescribedRelativeToTheLeader()
    {
        // Four cars, every car classified, one point for pole. R1: #1, #2, #3, #4 (pole #1); R2: #2, #1, #3, #4 (pole #3).
        // #1 25 + 1 + 18 = 44, #2 18 + 25 = 43, #3 15 + 15 + 1 = 31, #4 12 + 12 = 24. R3 left; #1 without the pole:
        //   P1: 69; #2 at most 18 + 1 + 43 = 62: clinched.
        //   P3: 44 + 15 = 59; #2 1st (68+) or 2nd (61) is ahead, 4th (55, 56 with pole) is not; #3 at most 31 + 25 + 1 = 57:
        //       clinched if #2 does not finish ahead of #1.
        //   P4: 56; #2 is ahead wherever it finishes (3rd: 58): cannot clinch.
        var rules = TestRules(3, Modern(pole: 1));
        var results = TestResults(Cars(4), Race("R1", "1", "2", "3", "4").Pole("LMP2", "1"), Race("R2", "2", "1", "3", "4").Pole("LMP2", "3"));

        var clinch = ContentionCalculator.Calculate(rules, results, 2, "LMP2 Teams", EveryCarClassified).Clinch!;

        var options = clinch.Options.Where(o => !o.LeaderPole).ToList();
        Assert.Equal(ClinchOutcome.Clinches, options.Single(o => o.LeaderPosition == 1).Outcome);
        var third = options.Single(o => o.LeaderPosition == 3);
        Assert.Equal(ClinchOutcome.ClinchesIf, third.Outcome);
        var condition = Assert.Single(third.Conditions);
        Assert.Equal([1, 2], condition.Positions);
        Assert.Equal("#2 Team 2 does not finish ahead of it", condition.Description);
        Assert.Equal(ClinchOutcome.CannotClinch, options.Single(o => o.LeaderPosition == 4).Outcome);
        Assert.DoesNotContain(clinch.Options, o => o.LeaderPosition is null);
    }

    private static PositionChance Chance(TableContention contention, string id) => contention.Title.Single(c => c.Competitor.Id == id);

    private static List<Entry> Cars(int count)
        => Enumerable.Range(1, count).Select(i => Car(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

    private static void AssertWins(RuleSet rules, SeasonResults results, ContentionScenario scenario, string car)
    {
        var standings = StandingsCalculator.Calculate(rules, scenario.Complete(rules, results))[scenario.Table];
        Assert.Equal(1, standings.Find(car)!.Rank);
    }
}
