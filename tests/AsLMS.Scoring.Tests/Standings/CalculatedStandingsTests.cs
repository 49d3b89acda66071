using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Standings;

/// <summary>
/// What the calculator hands back behaves as any other value of its type: standings whose row objects are made on first read, and
/// tie decisions whose words are written on read, equal (with equal hash codes) the same values made by hand, keep their facts
/// through <c>with</c>, and give every thread the same rows.
/// </summary>
public sealed class CalculatedStandingsTests
{
    // R1: #1 P1, #2 P2, #3 P3. R2: #2 P1, #1 P2, #3 P3 (modern scale 25-18-15). #1 and #2: 25 + 18 = 43 each with a win and a 2nd:
    // level on countback, the only criterion of these rules, so they share 1st; #3: 15 + 15 = 30, 3rd.
    private static readonly RuleSet Rules = TestRules(2);

    private static readonly SeasonResults Results = TestResults(
        [Car("1"), Car("2"), Car("3")],
        Race("R1", "1", "2", "3"),
        Race("R2", "2", "1", "3"));

    [Fact]
    public void CalculatedStandings_EqualTheSameStandingsMadeByHand_BothWaysWithTheSameHashCode()
    {
        var calculated = StandingsCalculator.Calculate(Rules, Results)["LMP2 Teams"];
        var byHand = new TableStandings
        {
            Table = calculated.Table,
            Races = [new RaceId("R1"), new RaceId("R2")],
            Rows = [.. StandingsCalculator.Calculate(Rules, Results)["LMP2 Teams"].Rows],
        };

        Assert.Equal(byHand, calculated);
        Assert.Equal(calculated, byHand);
        Assert.Equal(byHand.GetHashCode(), calculated.GetHashCode());
        Assert.Equal(["1", "2", "3"], calculated.Rows.Select(r => r.Competitor.Id));
        Assert.Equal([1, 1, 3], calculated.Rows.Select(r => r.Rank));
        Assert.Equal([43, 43, 30], calculated.Rows.Select(r => r.Total.Numerator));
    }

    [Fact]
    public void CalculatedStandings_DifferFromStandingsWithOtherRows_AndWithGivesTheRowsItIsGiven()
    {
        var calculated = StandingsCalculator.Calculate(Rules, Results)["LMP2 Teams"];

        // The same standings without the last row are other standings; `with` keeps the table and races and takes the rows given.
        var shorter = calculated with { Rows = [calculated.Rows[0], calculated.Rows[1]] };
        Assert.NotEqual(calculated, shorter);
        Assert.Equal(2, shorter.Rows.Count);
        Assert.Same(calculated.Rows[1], shorter.Rows[1]);
        Assert.Equal(calculated.Table, shorter.Table);
        Assert.Equal(calculated.Races, shorter.Races);

        // `with` on another member keeps the calculated rows.
        var renamed = calculated with { Table = calculated.Table with { Name = "Renamed" } };
        Assert.Equal(calculated.Rows, renamed.Rows);
        Assert.NotEqual(calculated, renamed);
    }

    [Fact]
    public void CalculatedStandings_ReadFirstByManyThreadsAtOnce_GiveEveryThreadTheSameRows()
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var table = StandingsCalculator.Calculate(Rules, Results)["LMP2 Teams"];
            using var start = new Barrier(4);
            var seen = new StandingsRow[4];
            var readers = Enumerable.Range(0, 4).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                seen[i] = table.Rows[2];
            })).ToList();
            readers.ForEach(r => r.Start());
            readers.ForEach(r => r.Join());

            Assert.All(seen, row => Assert.Same(table.Rows[2], row));
        }
    }

    [Fact]
    public void CalculatedTieDecisions_EqualTheSameDecisionsMadeByHand_AndTheirWordsAreWrittenFromTheirFacts()
    {
        var rows = StandingsCalculator.Calculate(Rules, Results)["LMP2 Teams"].Rows;
        var shared = rows[1].TieBreak!;
        var byHand = new TieBreakDecision { Explanation = "Level on 43 points and equal on countback: the rank is shared." };

        Assert.Equal(byHand.Explanation, shared.Explanation);
        Assert.Equal(byHand, shared);
        Assert.Equal(shared, byHand);
        Assert.Equal(byHand.GetHashCode(), shared.GetHashCode());

        // Other words are another decision; so are other facts with the same words.
        Assert.NotEqual(shared, byHand with { Explanation = "Level on 43 points." });
        Assert.NotEqual(shared, byHand with { Criterion = TieBreak.Countback });

        // Words given replace the written ones; facts changed by `with` are written into the words.
        Assert.Equal("Shared.", (shared with { Explanation = "Shared." }).Explanation);
    }

    [Fact]
    public void CalculatedTieDecision_WithOtherFacts_WritesTheOtherFactsIntoItsWords()
    {
        // Five races, the case of StandingsCalculatorTests: #A 55 (a win, two 3rds), #B 55 (a win, a 3rd); countback at 3rd places.
        var fillers = Enumerable.Range(1, 9).Select(i => $"X{i}").ToArray();
        var results = TestResults(
            new[] { Car("A"), Car("B") }.Concat(fillers.Select(f => Car(f))).ToList(),
            Race("R1", "A", "X1", "B", "X2", "X3", "X4", "X5", "X6", "X7", "X8"),
            Race("R2", "B", "X1", "A", "X2", "X3", "X4", "X5", "X6", "X7", "X8"),
            Race("R3", "X1", "X2", "A", "X3", "B", "X4", "X5", "X6", "X7", "X8"),
            Race("R4", "X1", "X2", "X3", "X4", "X5", "X6", "X7", "B").Out("A", ResultStatus.Retired),
            Race("R5", "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9", "B").Out("A", ResultStatus.Retired));
        var decision = StandingsCalculator.Calculate(TestRules(5), results)["LMP2 Teams"].Find("B")!.TieBreak!;

        Assert.Equal("Level on 55 points; countback: equal on wins to 2nd places, more 3rd places (2 to 1).", decision.Explanation);
        Assert.Equal(
            "Level on 55 points; countback: equal on wins, more 2nd places (3 to 0).",
            (decision with { Place = 2, AboveCount = 3, BelowCount = 0 }).Explanation);
    }
}
