using AsLMS.Scoring.Benchmarks.Baselines;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.Benchmarks;

/// <summary>
/// The benchmarks compare the engine with a naive LINQ implementation of the same rules; the comparison is fair only if both compute
/// the same standings. These check it on the generated seasons (scale, points beyond it, pole, minimum drive time, best-N drops,
/// countback then latest result, cars' and drivers' tables of classes and Am sub-classes).
/// </summary>
public sealed class NaiveStandingsTests
{
    [Fact]
    public void Calculate_OnGeneratedSeasons_AgreesWithTheEngineOnOrderRanksTotalsAndRacePoints()
        => SeasonGen.Check(SeasonGen.Seasons, season => NaiveStandings.Covers(season.Rules, season.Results) && Agree(season), tests: 150);

    [Fact]
    public void Calculate_OnTheBenchmarkedDemoSeason_AgreesWithTheEngine()
    {
        var demo = SeasonGenerator.Demo();
        Assert.True(NaiveStandings.Covers(demo.Rules, demo.Results));
        Assert.True(Agree(demo));
    }

    [Fact]
    public void Calculate_WithADropRuleAndTies_AgreesWithTheEngine()
    {
        // The generated seasons with the most shared totals: many cars beyond the scale on 0.5 and 0 points, best 2 of 4 races.
        var season = SeasonGenerator.Generate(GeneratorOptions.Demo with { Races = 4, Cars = 60, Classes = ["GT"], Seed = 7 });
        season = season with
        {
            Rules = season.Rules with { Scoring = season.Rules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { BestResults = 2 }] } } },
        };
        var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
        Assert.Contains(standings.Tables, t => t.Rows.Any(r => r.TieBreak is not null));
        Assert.Contains(standings.Tables, t => t.Rows.Any(r => r.Races.Any(s => s.Dropped)));
        Assert.True(Agree(season));
    }

    [Fact]
    public void Covers_RulesOutsideItsScope_IsFalse()
    {
        var demo = SeasonGenerator.Demo();
        var fastestLap = demo.Rules with
        {
            Scoring = demo.Rules.Scoring with { Races = [demo.Rules.Scoring.Races[0] with { FastestLap = new FastestLapRule { Points = 1 } }] },
        };
        var deduction = demo.Results with { Adjustments = [new PointsDeduction { Car = demo.Results.Entries[0].Car, Points = 5 }] };
        Assert.False(NaiveStandings.Covers(fastestLap, demo.Results));
        Assert.False(NaiveStandings.Covers(demo.Rules, deduction));
    }

    private static bool Agree(GeneratedSeason season)
    {
        var engine = StandingsCalculator.Calculate(season.Rules, season.Results);
        var naive = NaiveStandings.Calculate(season.Rules, season.Results);
        return engine.Tables.Count == naive.Count && engine.Tables.Zip(naive).All(pair =>
        {
            var (table, naiveTable) = pair;
            return table.Table.Id == naiveTable.Table
                && table.Rows.Count == naiveTable.Rows.Count
                && table.Rows.Zip(naiveTable.Rows).All(rows =>
                {
                    var (row, naiveRow) = rows;
                    return row.Competitor.Id == naiveRow.Id
                        && row.Rank == naiveRow.Rank
                        && row.Total == naiveRow.Total
                        && row.Races.Select(s => s.TookPart ? s.Points : (Points?)null).SequenceEqual(naiveRow.RacePoints);
                });
        });
    }
}
