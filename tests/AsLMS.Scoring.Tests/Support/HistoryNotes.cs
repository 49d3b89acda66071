using System.Text.RegularExpressions;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>
/// Reads the project's history notes (<c>../shared/history/asian-le-mans-series.md</c>): the classes named in the champions
/// tables for each season, and the nationality codes written before drivers, teams and circuits.
/// </summary>
internal static partial class HistoryNotes
{
    public const string RelativePath = "history/asian-le-mans-series.md";

    public static string Read() => File.ReadAllText(SharedData.PathOf(RelativePath)
        ?? throw new InvalidOperationException($"'../shared/{RelativePath}' is absent; use [SharedDataFact] on the test."));

    /// <summary>The classes of each season, from the header rows of the drivers' and teams' champions tables (labels as in the file).</summary>
    public static Dictionary<string, HashSet<string>> ClassesBySeason(string text)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, cells) in ChampionRows(text))
        {
            if (SeasonCell().IsMatch(cells[0]))
            {
                var classes = result.TryGetValue(cells[0], out var known) ? known : result[cells[0]] = new HashSet<string>(StringComparer.Ordinal);
                classes.UnionWith(cells.Skip(1).Where(c => c.Length > 0));
            }
        }

        return result;
    }

    /// <summary>Every nationality code in the champions tables (before each driver and team) and the races tables (before each circuit).</summary>
    public static SortedSet<string> NationalityCodes(string text)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (section, cells) in ChampionRows(text))
        {
            if (SeasonCell().IsMatch(cells[0]) || cells[0] == "Season")
            {
                continue;
            }

            foreach (var cell in cells.Where(c => c.Length > 0))
            {
                if (section == "Drivers")
                {
                    // A drivers' cell is "CODE First Last CODE First Last...": names never hold a three-capital word.
                    codes.UnionWith(cell.Split(' ').Where(w => Code().IsMatch(w)));
                }
                else
                {
                    // A team's name may hold capitals ("OAK Racing", "by APR"): only the first word is its code.
                    codes.Add(cell.Split(' ')[0]);
                }
            }
        }

        foreach (var cells in TableRows(Section(text, "===Current races", "===Former races")).Concat(TableRows(Section(text, "===Former races", "==Champions"))))
        {
            if (cells.Count > 1 && cells[1].Split(' ')[0] is var code && Code().IsMatch(code))
            {
                codes.Add(code);
            }
        }

        return codes;
    }

    private static IEnumerable<(string Section, List<string> Cells)> ChampionRows(string text)
    {
        foreach (var row in TableRows(Section(text, "===Drivers===", "===Teams===")))
        {
            yield return ("Drivers", row);
        }

        foreach (var row in TableRows(Section(text, "===Teams===", "==See also")))
        {
            yield return ("Teams", row);
        }
    }

    private static string Section(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        if (from < 0 || to < 0)
        {
            throw new InvalidOperationException($"The history notes have no section between '{start}' and '{end}'.");
        }

        return text[from..to];
    }

    private static IEnumerable<List<string>> TableRows(string section)
        => section.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split('|').Select(cell => cell.Trim()).ToList());

    [GeneratedRegex(@"^\d{4}(\u2013\d{2})?$")]
    private static partial Regex SeasonCell();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Code();
}
