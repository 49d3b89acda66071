using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.Properties;

/// <summary>The invariants of scoring, checked over generated seasons.</summary>
public sealed class StandingsProperties
{
    [Fact]
    public void InputOrder_OfDriversEntriesRacesAndRows_NeverChangesTheStandings()
        => SeasonGen.Check(SeasonGen.SeasonsWithShuffle, x =>
        {
            var expected = StandingsCalculator.Calculate(x.Season.Rules, x.Season.Results);
            var shuffled = StandingsCalculator.Calculate(x.Season.Rules, SeasonGen.Shuffle(x.Season.Results, x.ShuffleSeed));
            return expected == shuffled;
        });

    [Fact]
    public void Total_EqualsTheSumOfItsBreakdownMinusDeductions()
        => SeasonGen.Check(SeasonGen.Seasons, season =>
        {
            var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
            return standings.Tables.All(table => table.Rows.All(row =>
            {
                var sum = Points.Zero;
                foreach (var race in row.Races)
                {
                    sum += race.CountedPoints;
                    var parts = Points.Zero;
                    foreach (var award in race.Awards())
                    {
                        parts += award.Points;
                    }

                    if (parts != race.Points)
                    {
                        return false;
                    }
                }

                foreach (var deduction in row.Deductions)
                {
                    sum -= deduction.Points;
                }

                return sum == row.Total;
            }));
        });

    [Fact]
    public void Ranking_IsATotalOrderConsistentWithTheTieBreakChain()
        => SeasonGen.Check(SeasonGen.Seasons, season =>
        {
            // The generated rule sets break ties by countback, then by the latest result. Recompute both from the breakdown.
            var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
            foreach (var table in standings.Tables)
            {
                var rows = table.Rows;
                for (var i = 1; i < rows.Count; i++)
                {
                    var above = rows[i - 1];
                    var below = rows[i];
                    var byTotal = above.Total.CompareTo(below.Total);
                    if (byTotal < 0)
                    {
                        return false;
                    }

                    var chain = byTotal > 0 ? 1 : Chain(above, below);
                    var expectedRank = chain == 0 ? above.Rank : i + 1;
                    if (chain < 0 || below.Rank != expectedRank || (chain == 0) != (below.TieBreak is { Criterion: null }))
                    {
                        return false;
                    }
                }

                if (rows.Count > 0 && rows[0].Rank != 1)
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void Progression_EachRound_EqualsTheCalculationAfterThatRound()
        => SeasonGen.Check(SeasonGen.Seasons, season => ProgressionMatchesCalculations(season.Rules, season.Results), tests: 100);

    [Fact]
    public void Progression_WithAdjustmentsFastestLapsMultipliersAndCategories_EqualsTheCalculationAfterEachRound()
        => SeasonGen.Check(SeasonGen.SeasonsForJson, season => ProgressionMatchesCalculations(season.Rules, season.Results), tests: 100);

    [Fact]
    public void Rank_OfEveryTable_IsTheOrderOfTheCalculatedRows()
        => SeasonGen.Check(SeasonGen.Seasons, season =>
        {
            var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
            var sheet = SeasonSheet.Build(season.Rules, season.Results);
            return standings.Tables.All(table =>
            {
                var ids = TableScorer.Rank(sheet, table.Table).Select(c => table.Table.Competitors switch
                {
                    CompetitorKind.Car => sheet.Entries[c].Car.Value,
                    CompetitorKind.Entrant => sheet.Entrants[c],
                    _ => sheet.Drivers[c].Id.Value,
                });
                return ids.SequenceEqual(table.Rows.Select(r => r.Competitor.Id));
            });
        });

    /// <summary>
    /// The progression scores each race once and builds every round from the same cells: each round must equal a calculation of
    /// its own, and input the calculator refuses must be refused by both.
    /// </summary>
    internal static bool ProgressionMatchesCalculations(RuleSet rules, SeasonResults results)
    {
        EquatableArray<SeasonStandings> progression;
        try
        {
            progression = StandingsCalculator.Progression(rules, results);
        }
        catch (ScoringInputException)
        {
            return Throws(() => StandingsCalculator.Calculate(rules, results));
        }

        var rounds = results.Races.Select(r => rules.Season.FindRace(r.Race)!.Round).Order().ToList();
        return progression.Count == rounds.Count
            && progression.Select((standings, i) => standings == StandingsCalculator.Calculate(rules, results, rounds[i])).All(equal => equal);

        static bool Throws(Action calculate)
        {
            try
            {
                calculate();
                return false;
            }
            catch (ScoringInputException)
            {
                return true;
            }
        }
    }

    /// <summary>Positive when the row above is ahead on countback, then on the latest result; zero when equal on both.</summary>
    private static int Chain(StandingsRow above, StandingsRow below)
    {
        var maxPosition = above.Races.Concat(below.Races).Max(r => r.Position ?? 0);
        for (var place = 1; place <= maxPosition; place++)
        {
            var a = above.Races.Count(r => r.Position == place);
            var b = below.Races.Count(r => r.Position == place);
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }

        for (var r = above.Races.Count - 1; r >= 0; r--)
        {
            var a = above.Races[r].Position ?? int.MaxValue;
            var b = below.Races[r].Position ?? int.MaxValue;
            if (a != b)
            {
                return b.CompareTo(a);
            }
        }

        return 0;
    }
}
