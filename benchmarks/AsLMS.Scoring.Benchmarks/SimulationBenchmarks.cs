using AsLMS.Scoring.Contention;
using AsLMS.Scoring.Generation;
using BenchmarkDotNet.Attributes;

namespace AsLMS.Scoring.Benchmarks;

/// <summary>
/// Simulation throughput, per completed season (the demo's LMP2 Teams after round 3: 14 cars, 3 races left), against a floor loop
/// that only shuffles the cars into a random finishing order for each remaining race with the same generator.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private const int Completions = 10_240;

    private GeneratedSeason demo = null!;
    private int cars;

    [GlobalSetup]
    public void Setup()
    {
        demo = SeasonGenerator.Demo();
        cars = demo.Results.Entries.Count(e => e.Class.Value == "LMP2");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Completions, Description = "Floor: random finishing orders only (1 core)")]
    public int Floor()
    {
        var random = new SplitMix64(1);
        var order = new int[cars];
        var check = 0;
        for (var i = 0; i < Completions; i++)
        {
            for (var race = 0; race < 3; race++)
            {
                for (var k = 0; k < order.Length; k++)
                {
                    order[k] = k;
                }

                for (var k = order.Length - 1; k > 0; k--)
                {
                    var j = random.Next(k + 1);
                    (order[k], order[j]) = (order[j], order[k]);
                }

                check += order[0];
            }
        }

        return check;
    }

    [Benchmark(OperationsPerInvoke = Completions, Description = "Simulate (1 core)")]
    public TableOdds OneCore() => Simulate(1);

    [Benchmark(OperationsPerInvoke = Completions, Description = "Simulate (all cores)")]
    public TableOdds AllCores() => Simulate(null);

    private TableOdds Simulate(int? cores)
        => ChampionshipSimulator.Simulate(demo.Rules, demo.Results, 3, "LMP2 Teams", new SimulationOptions { Simulations = Completions, Seed = 1, MaxDegreeOfParallelism = cores });
}
