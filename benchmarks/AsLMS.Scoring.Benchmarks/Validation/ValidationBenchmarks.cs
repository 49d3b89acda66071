using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;
using BenchmarkDotNet.Attributes;

namespace AsLMS.Scoring.Benchmarks.Validation;

/// <summary>
/// Full validation against the calculation it precedes, on the same seasons: the calculation (with its own structural checks)
/// is the baseline, so the cost of validating first is read as a ratio.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private GeneratedSeason season = null!;

    /// <summary>Gets or sets the season: the demo (6 races, 40 cars) or the large one (20 races, 200 cars).</summary>
    [Params("Demo", "Large")]
    public string Season { get; set; } = "Demo";

    [GlobalSetup]
    public void Setup() => season = Season == "Large" ? SeasonGenerator.Generate(GeneratorOptions.Large) : SeasonGenerator.Demo();

    [Benchmark(Baseline = true, Description = "Calculate (structural checks included)")]
    public SeasonStandings Calculate() => StandingsCalculator.Calculate(season.Rules, season.Results);

    [Benchmark(Description = "Validate rule set and results")]
    public ValidationReport Validate() => SeasonValidation.Validate(season.Rules, season.Results);
}
