using AsLMS.Scoring.Contention;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using BenchmarkDotNet.Attributes;

namespace AsLMS.Scoring.Benchmarks;

/// <summary>
/// The exact contention analysis of one table (every competitor's title chance, the clinch options, the invitation), with every
/// car classified, against the standings calculator alone on the same season as the baseline.
/// </summary>
[MemoryDiagnoser]
public class ContentionBenchmarks
{
    private static readonly ContentionOptions EveryCarClassified = new() { Finishing = FinishingAssumption.EveryCarClassified };

    private GeneratedSeason demo = null!;
    private (RuleSet Rules, SeasonResults Results)[] bunchedThreeLeft = [];
    private (RuleSet Rules, SeasonResults Results)[] bunchedSixLeft = [];

    [GlobalSetup]
    public void Setup()
    {
        demo = SeasonGenerator.Demo();
        bunchedThreeLeft = Enumerable.Range(0, 5).Select(i => Bunched(left: 3, seed: i)).ToArray();
        bunchedSixLeft = Enumerable.Range(0, 5).Select(i => Bunched(left: 6, seed: i)).ToArray();
    }

    [Benchmark(Baseline = true, Description = "Demo: standings after round 4 (calculator alone)")]
    public SeasonStandings Standings() => StandingsCalculator.Calculate(demo.Rules, demo.Results, 4);

    [Benchmark(Description = "Demo LMP2 Teams after round 4 (14 cars, 2 left)")]
    public TableContention DemoTwoLeft() => ContentionCalculator.Calculate(demo.Rules, demo.Results, 4, "LMP2 Teams", EveryCarClassified);

    [Benchmark(Description = "Demo LMP2 Teams after round 2 (14 cars, 4 left)")]
    public TableContention DemoFourLeft() => ContentionCalculator.Calculate(demo.Rules, demo.Results, 2, "LMP2 Teams", EveryCarClassified);

    [Benchmark(Description = "Bunched 20-car fields, 3 left (5 tables)")]
    public int BunchedThreeLeft() => Analyse(bunchedThreeLeft, 9);

    [Benchmark(Description = "Bunched 20-car fields, 6 left (5 tables)")]
    public int BunchedSixLeft() => Analyse(bunchedSixLeft, 6);

    private static int Analyse((RuleSet Rules, SeasonResults Results)[] fields, int afterRound)
    {
        var possible = 0;
        foreach (var (rules, results) in fields)
        {
            possible += ContentionCalculator.Calculate(rules, results, afterRound, "LMP2 Teams", EveryCarClassified).Contenders.Count();
        }

        return possible;
    }

    /// <summary>
    /// A 20-car class whose last car is 26 points a race behind and whose 19 others are bunched just below the last car's best
    /// total: the remaining positions must be packed tightly among them (totals set by points deductions).
    /// </summary>
    private static (RuleSet Rules, SeasonResults Results) Bunched(int left, int seed)
    {
        var season = SeasonGenerator.Generate(new GeneratorOptions { Seed = 7, Races = 12, Cars = 20, Classes = ["LMP2"] });
        var cars = season.Results.Entries.Select(e => e.Car).ToArray();
        var random = new Random(seed);
        var first = new RaceResult
        {
            Race = "R1",
            Cars = cars.Select((c, i) => new CarResult { Car = c, Position = i + 1, Status = ResultStatus.Classified, Laps = 100 }).ToEquatableArray(),
        };
        var scale = new[] { 25, 18, 15, 12, 10, 8, 6, 4, 2, 1 };
        var best = 26m * left;
        var adjustments = new List<Adjustment>();
        for (var i = 0; i < cars.Length; i++)
        {
            var scored = i < scale.Length ? scale[i] : 0.5m;
            var target = i == 0 ? 0m : best - (decimal)Math.Round(random.NextDouble() * 2 * 4.3 * left * 2) / 2;
            adjustments.Add(new PointsDeduction { Car = cars[i], Points = Points.FromDecimal(scored - target + 1000) });
        }

        return (season.Rules, season.Results with { Races = [first], Adjustments = adjustments.ToEquatableArray() });
    }
}
