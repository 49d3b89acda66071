using AsLMS.Scoring.IO;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.RealData;

/// <summary>
/// The 2025 FIA WEC season read once for a test class: the eight Al Kamel lap analyses of <c>../shared/realdata/WEC/2025</c> in
/// round order, merged with the committed facts file <c>RealData/Data/wec-2025-entry-data.json</c>, and scored by the built-in rule
/// set after every round. Nothing is read when the folder is absent (the tests using it are skipped).
/// </summary>
public sealed class Wec2025Season
{
    public const string Folder = "realdata/WEC/2025";

    /// <summary>The lap files in round order: R1 Qatar ... R8 Bahrain (the folder's names do not sort in round order).</summary>
    public static readonly string[] Rounds = ["Qatar", "Imola", "Spa", "Le_Mans", "Interlagos", "COTA", "Fuji", "Bahrain"];

    private readonly Lazy<(SeasonResults Results, EquatableArray<SeasonStandings> Progression)> season = new(Load);

    public static RuleSet Rules => OtherSeries.Wec2025;

    public static string EntryDataPath => Path.Combine(AppContext.BaseDirectory, "RealData", "Data", "wec-2025-entry-data.json");

    /// <summary>Gets the season's results: the files' classifications, drive times and crews, with the facts file merged in.</summary>
    public SeasonResults Results => season.Value.Results;

    /// <summary>Gets the standings at the end of the season.</summary>
    public SeasonStandings Final => season.Value.Progression[^1];

    /// <summary>Gets the standings after a round (1 to 8).</summary>
    public SeasonStandings After(int round) => season.Value.Progression[round - 1];

    private static Dictionary<RaceId, string> Files()
    {
        var folder = SharedData.PathOf(Folder) ?? throw new InvalidOperationException($"../shared/{Folder} is not available.");
        return Rounds.Select((name, i) => (name, i)).ToDictionary(f => new RaceId($"R{f.i + 1}"), f => Path.Combine(folder, f.name + ".csv"));
    }

    private static (SeasonResults, EquatableArray<SeasonStandings>) Load()
    {
        var results = SeasonImport.FromFiles(Rules, Files(), EntryDataPath);
        return (results, StandingsCalculator.Progression(Rules, results));
    }
}
