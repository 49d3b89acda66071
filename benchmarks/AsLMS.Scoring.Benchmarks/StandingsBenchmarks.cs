using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Standings;
using BenchmarkDotNet.Attributes;

namespace AsLMS.Scoring.Benchmarks;

/// <summary>The full standings calculation of the generated demo season (6 races, 40 cars, 3 classes, teams' and drivers' tables).</summary>
[MemoryDiagnoser]
public class StandingsBenchmarks
{
    private GeneratedSeason demo = null!;

    [GlobalSetup]
    public void Setup() => demo = SeasonGenerator.Demo();

    [Benchmark(Description = "Demo season: full calculation")]
    public SeasonStandings DemoSeason() => StandingsCalculator.Calculate(demo.Rules, demo.Results);
}
