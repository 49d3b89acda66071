using AsLMS.Scoring.IO.AlKamel;
using AsLMS.Scoring.Rules;
using BenchmarkDotNet.Attributes;

namespace AsLMS.Scoring.Benchmarks.IO;

/// <summary>
/// Reading real Al Kamel lap analyses (../shared/realdata beside the checkout, never in the repository): time and memory.
/// Two files of different sizes show that what is allocated follows the result (cars and drivers), not the file: the reader
/// streams and keeps one tally per car. When the files are absent each benchmark returns null at once (see the console).
/// </summary>
[MemoryDiagnoser]
public class LapAnalysisBenchmarks
{
    private static readonly ClassificationRule Wec = new() { MinimumShare = Ratio.FromPercent(70), Reference = ClassificationReference.OverallWinner, MustTakeChequeredFlag = true };

    private string? leMans;
    private string? spa;

    [GlobalSetup]
    public void Setup()
    {
        leMans = RealData.Find("WEC/2025/Le_Mans.csv");
        spa = RealData.Find("WEC/2025/Spa.csv");
    }

    [Benchmark(Description = "Le Mans 2025 lap analysis (3.9 MB, 20,182 laps, 62 cars)")]
    public ImportedRace? LeMans() => leMans is null ? null : AlKamelReader.ReadLapAnalysis(leMans, "R4", Wec);

    [Benchmark(Description = "Spa 2025 lap analysis (0.9 MB, 4,630 laps, 36 cars)")]
    public ImportedRace? Spa() => spa is null ? null : AlKamelReader.ReadLapAnalysis(spa, "R3", Wec);
}

/// <summary>Finds ../shared/realdata beside the checkout (or under ASLMS_SHARED_DIR), as the tests do.</summary>
internal static class RealData
{
    public static string? Find(string relative)
    {
        var overridden = Environment.GetEnvironmentVariable("ASLMS_SHARED_DIR");
        var roots = new List<string>();
        if (!string.IsNullOrEmpty(overridden))
        {
            roots.Add(overridden);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AsLMS.Scoring.sln")))
            {
                roots.Add(Path.Combine(dir.FullName, "..", "shared"));
                break;
            }
        }

        foreach (var root in roots)
        {
            var path = Path.GetFullPath(Path.Combine(root, "realdata", relative));
            if (File.Exists(path))
            {
                return path;
            }
        }

        Console.WriteLine($"// ../shared/realdata/{relative} is not available beside this checkout: the benchmark measures nothing.");
        return null;
    }
}
