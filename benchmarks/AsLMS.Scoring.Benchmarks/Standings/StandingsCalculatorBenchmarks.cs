using AsLMS.Scoring.Benchmarks.Baselines;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Standings;
using BenchmarkDotNet.Attributes;

namespace AsLMS.Scoring.Benchmarks.Standings;

/// <summary>
/// The standings calculation against its baselines in the same run, on the demo season (6 races, 40 cars, 3 classes) and a large one
/// (20 races, 200 cars, 5 classes with Am sub-classes, crews of 3): the naive LINQ engine (the same rules, as league sites write
/// them) above, the floor (adding precomputed points) below, and the engine's own parts (indexing the results; scoring and ranking
/// without building rows) between. The full calculation is the baseline, so each ratio reads against it.
/// </summary>
[MemoryDiagnoser]
public class StandingsCalculatorBenchmarks
{
    private GeneratedSeason season = null!;
    private SeasonSheet sheet = null!;
    private PointsFloor floor = null!;

    /// <summary>Gets or sets the season: "Demo" or "Large".</summary>
    [Params("Demo", "Large")]
    public string Season { get; set; } = "Demo";

    [GlobalSetup]
    public void Setup()
    {
        season = SeasonGenerator.Generate(Season == "Large" ? GeneratorOptions.Large : GeneratorOptions.Demo);
        if (!NaiveStandings.Covers(season.Rules, season.Results))
        {
            throw new InvalidOperationException("The season uses rules the naive baseline does not implement: the comparison would not be fair.");
        }

        sheet = SeasonSheet.Build(season.Rules, season.Results);
        var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
        floor = PointsFloor.Of(standings);
        var rows = standings.Tables.Sum(t => t.Rows.Count);
        var progression = StandingsCalculator.Progression(season.Rules, season.Results);
        Console.WriteLine(
            $"// {Season}: {season.Results.Races.Sum(r => r.Cars.Count)} race results, {standings.Tables.Count} tables, {rows} rows, "
            + $"{standings.Tables.Sum(t => t.Rows.Count * t.Races.Count)} race scores in the rows, {floor.Results} results added by the floor; "
            + $"the progression: {progression.Count} rounds, {progression.Sum(p => p.Tables.Sum(t => t.Rows.Count))} rows, "
            + $"{progression.Sum(p => p.Tables.Sum(t => t.Rows.Count * t.Races.Count))} race scores shown");
    }

    [Benchmark(Baseline = true, Description = "Engine: full calculation")]
    public SeasonStandings Calculate() => StandingsCalculator.Calculate(season.Rules, season.Results);

    [Benchmark(Description = "Engine: full calculation, every row read")]
    public int CalculateAndRead() => RowsRead(StandingsCalculator.Calculate(season.Rules, season.Results));

    [Benchmark(Description = "Naive LINQ engine (same rules)")]
    public object Naive() => NaiveStandings.Calculate(season.Rules, season.Results);

    [Benchmark(Description = "Floor: add precomputed points")]
    public Points Floor() => floor.Add();

    [Benchmark(Description = "Engine only: index and check the results")]
    public int Index()
    {
        // Given back as the calculator does: a sheet kept from the pool made every iteration rent new arrays, which measured the
        // pool's misses, not the indexing.
        var built = SeasonSheet.Build(season.Rules, season.Results);
        built.Return();
        return built.Races.Length;
    }

    [Benchmark(Description = "Engine only: score and rank every table, no rows")]
    public int Rank()
    {
        var ranked = 0;
        foreach (var table in season.Rules.Tables)
        {
            ranked += TableScorer.Rank(sheet, table).Length;
        }

        return ranked;
    }

    [Benchmark(Description = "Progression: standings after every round")]
    public EquatableArray<SeasonStandings> Progression() => StandingsCalculator.Progression(season.Rules, season.Results);

    [Benchmark(Description = "Progression, every row of every round read")]
    public int ProgressionAndRead()
    {
        var read = 0;
        foreach (var round in StandingsCalculator.Progression(season.Rules, season.Results))
        {
            read += RowsRead(round);
        }

        return read;
    }

    // Reads every row of every table, so that calculated standings make their row objects (they are made on first read).
    private static int RowsRead(SeasonStandings standings)
    {
        var read = 0;
        foreach (var table in standings.Tables)
        {
            read += table.Rows.Count;
        }

        return read;
    }
}
