using System.Globalization;

namespace FormulaOneHistory;

/// <summary>
/// Finds f1db season files: the folder named by <c>ASLMS_F1_ORACLE_DIR</c>, and <c>oracle/f1</c> in the shared material
/// (<c>ASLMS_SHARED_DIR</c> when set, else <c>../shared</c> beside the checkout, as the tests find it).
/// </summary>
public static class OracleFolder
{
    /// <summary>The environment variable naming another folder of season files.</summary>
    public const string Variable = "ASLMS_F1_ORACLE_DIR";

    /// <summary>Finds the first existing folder: the variable's, else the shared one.</summary>
    /// <returns>The folder, or null.</returns>
    public static string? Find() => Folders().FirstOrDefault();

    /// <summary>Lists the existing folders: the variable's (when set) and the shared one.</summary>
    /// <returns>The folders.</returns>
    public static IEnumerable<string> Folders()
    {
        var overridden = Environment.GetEnvironmentVariable(Variable);
        string? first = null;
        if (!string.IsNullOrEmpty(overridden) && Directory.Exists(overridden))
        {
            first = Path.GetFullPath(overridden).TrimEnd(Path.DirectorySeparatorChar);
            yield return first;
        }

        if (SharedOracle() is { } shared && Directory.Exists(shared) && !string.Equals(shared, first, StringComparison.Ordinal))
        {
            yield return shared;
        }
    }

    private static string? SharedOracle()
    {
        var sharedDir = Environment.GetEnvironmentVariable("ASLMS_SHARED_DIR");
        if (!string.IsNullOrEmpty(sharedDir))
        {
            return Path.GetFullPath(Path.Combine(sharedDir, "oracle", "f1"));
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AsLMS.Scoring.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "oracle", "f1"));
            }
        }

        return null;
    }

    /// <summary>Lists a folder's season files (<c>1950.json</c>...) covered by the catalog, in year order.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The files.</returns>
    public static IEnumerable<string> SeasonFiles(string folder)
        => Directory.EnumerateFiles(folder, "*.json")
            .Where(f => int.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && FormulaOneCatalog.Covers(y))
            .Order(StringComparer.Ordinal);

    /// <summary>Summarises checks: seasons and tables reproduced exactly.</summary>
    /// <param name="checks">The checks.</param>
    /// <returns>One line.</returns>
    public static string Summary(IReadOnlyCollection<SeasonCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var tables = checks.SelectMany(c => c.Tables).ToList();
        return $"F1 oracle: {checks.Count(c => c.IsExact)} of {checks.Count} seasons and {tables.Count(t => t.IsExact)} of {tables.Count} tables reproduced exactly "
            + $"({tables.Count(t => t.Table == FormulaOneCatalog.Drivers && t.IsExact)} of {tables.Count(t => t.Table == FormulaOneCatalog.Drivers)} drivers', "
            + $"{tables.Count(t => t.Table == FormulaOneCatalog.Constructors && t.IsExact)} of {tables.Count(t => t.Table == FormulaOneCatalog.Constructors)} constructors').";
    }
}
