using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Standings;

/// <summary>
/// Reading standings and one race's scores: finding a table, a row, a race's table; what is said when it is not there; and
/// <see cref="RaceScorer"/>, one race on its own. Every figure is worked from the modern scale 25-18-15 in the comments.
/// </summary>
public sealed class StandingsLookupTests
{
    // R1: #1, #2 (Am), #50 (GT), #3 (Am). R2: #2, #1, #50; #3 retired. Poles of R2: LMP2 #2.
    private static readonly RuleSet Rules = TestRules(2, Modern(pole: 1));

    private static readonly SeasonResults Results = TestResults(
        [Car("1"), Car("2", subClass: "LMP2 Am"), Car("3", subClass: "LMP2 Am"), Car("50", "GT")],
        Race("R1", "1", "2", "50", "3"),
        Race("R2", "2", "1", "50").Out("3", ResultStatus.Retired).Pole("LMP2", "2"));

    [Fact]
    public void SeasonStandings_FindsATableById_AndNamesTheRuleSetWhenItHasNoSuchTable()
    {
        var standings = StandingsCalculator.Calculate(Rules, Results);

        Assert.Equal("GT Teams", standings["GT Teams"].Table.Name);
        Assert.Equal(Rules.Tables.Count, standings.Tables.Count);
        Assert.Null(standings.AfterRound);
        var error = Assert.Throws<KeyNotFoundException>(() => standings["LMP3 Teams"]);
        Assert.Contains($"'{Rules.Label}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'LMP3 Teams'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableStandings_FindsARowByCompetitorId_ExactlyAndCaseSensitively()
    {
        var lmp2 = StandingsCalculator.Calculate(Rules, Results)["LMP2 Teams"];

        // #1: 25 + 18 = 43. #2: 18 + 25 + 1 (pole) = 44. #3: 15 + 0 = 15.
        Assert.Equal(["2", "1", "3"], lmp2.Rows.Select(r => r.Competitor.Id));
        Assert.Equal((Points)44, lmp2.Find("2")!.Total);
        Assert.Equal((Points)43, lmp2.Find("1")!.Total);
        Assert.Same(lmp2.Rows[2], lmp2.Find("3"));
        Assert.Null(lmp2.Find("50")); // a GT car
        Assert.Null(lmp2.Find("2a")); // a driver, not a car

        var drivers = StandingsCalculator.Calculate(Rules, Results)["LMP2 Drivers"];
        Assert.Equal((Points)44, drivers.Find("2a")!.Total);
        Assert.Null(drivers.Find("2A"));
    }

    [Fact]
    public void Competitor_ShowsItsName()
    {
        var row = StandingsCalculator.Calculate(Rules, Results)["LMP2 Drivers"].Find("1b")!;

        Assert.Equal(CompetitorKind.Driver, row.Competitor.Kind);
        Assert.Equal("Driver 1b", row.Competitor.Name);
        Assert.Equal("Driver 1b", row.Competitor.ToString());
        Assert.Equal(["1"], row.Competitor.Cars.Select(c => c.Value));
    }

    [Fact]
    public void RaceScorer_ScoresOneRace_ForEveryTableItCountsFor_InTableOrder()
    {
        var r2 = RaceScorer.Score(Rules, Results, "R2");

        Assert.Equal(new RaceId("R2"), r2.Race);
        // Every table of the rule set counts R2, in the rule set's order.
        Assert.Equal(Rules.Tables.Select(t => t.Id), r2.Tables.Select(t => t.Table));

        // LMP2 Teams in R2: #2 1st 25 + 1 pole = 26, #1 2nd 18, #3 retired 0 (classified cars first).
        var lmp2 = r2["LMP2 Teams"];
        Assert.Equal(["2", "1", "3"], lmp2.Scores.Select(s => s.Competitor.Id));
        Assert.Equal([(Points)26, 18, 0], lmp2.Scores.Select(s => s.Score.Points));
        Assert.Equal((Points)1, lmp2.Scores[0].Score.PolePoints);
        Assert.Equal(ResultStatus.Retired, lmp2.Scores[2].Score.Status);

        // LMP2 Am Teams in R2: #2 is the first Am car (1st), #3 retired.
        var am = r2["LMP2 Am Teams"];
        Assert.Equal(["2", "3"], am.Scores.Select(s => s.Competitor.Id));
        Assert.Equal(1, am.Scores[0].Score.Position);
    }

    [Fact]
    public void RaceScorer_OfARaceWithoutResults_OrATableItDoesNotCountFor_SaysWhich()
    {
        var rules = Rules with
        {
            Tables = Rules.Tables.Select(t => t.Id == new TableId("GT Teams") ? t with { ExcludedRaces = ["R1"] } : t).ToEquatableArray(),
        };
        var onlyR1 = Results with { Races = [Results.Races[0]] };

        var r1 = RaceScorer.Score(rules, onlyR1, "R1");
        Assert.DoesNotContain(r1.Tables, t => t.Table == new TableId("GT Teams"));
        var notCounted = Assert.Throws<KeyNotFoundException>(() => r1["GT Teams"]);
        Assert.Contains("'R1'", notCounted.Message, StringComparison.Ordinal);
        Assert.Contains("'GT Teams'", notCounted.Message, StringComparison.Ordinal);

        var noResults = Assert.Throws<ArgumentException>(() => RaceScorer.Score(rules, onlyR1, "R2"));
        Assert.Equal("race", noResults.ParamName);
        Assert.Contains("'R2'", noResults.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_AfterARound_RecordsTheRound_AndLeavesLaterRacesOut()
    {
        var afterR1 = StandingsCalculator.Calculate(Rules, Results, afterRound: 1);

        Assert.Equal(1, afterR1.AfterRound);
        var lmp2 = afterR1["LMP2 Teams"];
        Assert.Equal([new RaceId("R1")], lmp2.Races);
        Assert.Equal([(Points)25, 18, 15], lmp2.Rows.Select(r => r.Total)); // R1 only: #1, #2, #3
    }
}
