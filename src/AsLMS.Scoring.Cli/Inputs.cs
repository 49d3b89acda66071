using AsLMS.Scoring.Generation;
using AsLMS.Scoring.IO;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;

namespace AsLMS.Scoring.Cli;

/// <summary>A problem with the command line or its files that is the user's to fix: printed without a stack trace, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>A built-in rule set and the key that names it on the command line; built when first asked for.</summary>
internal sealed class BuiltInRules(string key, Func<RuleSet> build)
{
    private readonly Lazy<RuleSet> rules = new(build);

    public string Key { get; } = key;

    public RuleSet Rules => rules.Value;
}

/// <summary>Finds rule sets and results from what the command line names: a built-in key or a file, a folder or a file.</summary>
internal static class Inputs
{
    public const string DemoKey = "demo";

    /// <summary>Every built-in rule set: the AsLMS seasons by label, the other series, and the generated demo season.</summary>
    public static IReadOnlyList<BuiltInRules> BuiltIns { get; } =
    [
        .. AsianLeMansSeries.All.Select(r => new BuiltInRules(r.Label, () => r)),
        new BuiltInRules("wec-2025", () => OtherSeries.Wec2025),
        new BuiltInRules("elms-2024", () => OtherSeries.Elms2024),

        // Generated when asked for: the generator is the costliest part of a short command.
        new BuiltInRules(DemoKey, () => SeasonGenerator.Demo().Rules),
    ];

    /// <summary>Finds a built-in rule set by key (an AsLMS label in any usual spelling: 2023-24, 2023/24, 2023-2024).</summary>
    public static RuleSet? FindBuiltIn(string key)
        => BuiltIns.FirstOrDefault(b => string.Equals(b.Key, key, StringComparison.OrdinalIgnoreCase))?.Rules ?? AsianLeMansSeries.Find(key);

    /// <summary>Reads the rules an option names: an existing file is a rule-set JSON file, anything else a built-in key.</summary>
    public static RuleSet LoadRules(string text, string option)
    {
        if (File.Exists(text))
        {
            return ScoringJson.LoadRuleSet(text);
        }

        if (FindBuiltIn(text) is { } builtIn)
        {
            return builtIn;
        }

        if (Directory.Exists(text))
        {
            throw new UsageException($"{option} '{text}' is a folder; give a rule-set JSON file or a built-in season.");
        }

        throw new UsageException(
            text.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal)
                ? $"{option}: file '{text}' not found."
                : $"{option}: '{text}' is neither a file nor a built-in season ('aslms seasons' lists them).");
    }

    /// <summary>
    /// Reads results: a folder of Al Kamel CSV files (one per race, in order of file name), a JSON results file, or one Al Kamel
    /// CSV file (round 1); entry data, when given, is merged in.
    /// </summary>
    public static SeasonResults LoadResults(RuleSet rules, string path, string? entryDataPath)
    {
        if (entryDataPath is not null && !File.Exists(entryDataPath))
        {
            throw new UsageException($"--entry-data: file '{entryDataPath}' not found.");
        }

        if (Directory.Exists(path))
        {
            return SeasonImport.FromFolder(rules, path, entryDataPath);
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"--results: '{path}' is neither a folder nor a file.");
        }

        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            var results = ScoringJson.LoadSeasonResults(path);
            return entryDataPath is null ? results : ScoringJson.LoadEntryData(entryDataPath).ApplyTo(results);
        }

        return SeasonImport.FromFiles(rules, [path], entryDataPath);
    }
}
