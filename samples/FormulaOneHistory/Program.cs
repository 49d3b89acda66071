// Prints a Formula One season's computed drivers' and constructors' tables next to the published ones (f1db, CC BY 4.0),
// or, with --all, how many seasons of a folder the general engine reproduces.
// Usage: dotnet run --project samples/FormulaOneHistory -- <season.json | year> [folder]
//        dotnet run --project samples/FormulaOneHistory -- --all [folder]
// The folder defaults to ASLMS_F1_ORACLE_DIR, else oracle/f1 in ASLMS_SHARED_DIR or in ../shared beside the checkout.
using System.Globalization;
using System.Text;
using AsLMS.Scoring.Standings;
using FormulaOneHistory;

Console.OutputEncoding = Encoding.UTF8;
if (args.Length == 0)
{
    Console.Error.WriteLine("Usage: FormulaOneHistory <season.json | year | --all> [folder]");
    return 2;
}

var folder = args.Length > 1 ? args[1] : OracleFolder.Find();
if (args[0] == "--all")
{
    if (folder is null)
    {
        Console.WriteLine("F1 oracle: skipped, no f1db season folder (give one, or set ASLMS_F1_ORACLE_DIR).");
        return 0;
    }

    var checks = OracleFolder.SeasonFiles(folder).Select(f => PublishedTables.Check(FormulaOneSeason.Build(F1dbSeason.Load(f)))).ToList();
    foreach (var check in checks)
    {
        Console.WriteLine($"{check.Year}: {string.Join(", ", check.Tables.Select(t => $"{t.Table} {(t.IsExact ? "exact" : $"{t.Differences.Count} of {t.PublishedRows} rows differ")}"))}");
        foreach (var difference in check.Tables.SelectMany(t => t.Differences))
        {
            Console.WriteLine($"    {difference}");
        }
    }

    Console.WriteLine(OracleFolder.Summary(checks));
    Console.WriteLine($"Points of each result: {checks.Sum(c => c.ResultsCompared - c.ResultDifferences.Count)} of {checks.Sum(c => c.ResultsCompared)} (driver, race) scores equal the published points of the results.");
    return 0;
}

var path = File.Exists(args[0]) ? args[0] : folder is null ? args[0] : Path.Combine(folder, args[0] + ".json");
var season = FormulaOneSeason.Build(F1dbSeason.Load(path));
var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
var comparison = PublishedTables.Compare(season, standings);
Console.WriteLine($"Formula One {season.Year}: computed from positions, statuses, laps and fastest laps (data: f1db, CC BY 4.0)");
Console.WriteLine();
foreach (var table in standings.Tables)
{
    Print(table);
}

foreach (var check in comparison.Tables)
{
    Console.WriteLine(check.IsExact ? $"{check.Table}: all {check.PublishedRows} published rows reproduced." : $"{check.Table}: {check.Differences.Count} of {check.PublishedRows} published rows differ:");
    foreach (var difference in check.Differences)
    {
        Console.WriteLine($"    {difference}");
    }
}

Console.WriteLine($"Points of each result: {comparison.ResultsCompared - comparison.ResultDifferences.Count} of {comparison.ResultsCompared} equal the published points of the result (dropped results included).");
return comparison.IsExact ? 0 : 1;

static void Print(TableStandings table)
{
    Console.WriteLine(table.Table.Name);
    Console.WriteLine(new string('=', table.Table.Name.Length));
    foreach (var row in table.Rows)
    {
        var name = row.Competitor.Kind == AsLMS.Scoring.Rules.CompetitorKind.Driver ? row.Competitor.Name : row.Competitor.Id;
        var dropped = row.DroppedPoints.IsZero ? string.Empty : $"  ({row.DroppedPoints} dropped)";
        Console.WriteLine($"{(row.SharedRank ? "=" : " ")}{row.Rank.ToString(CultureInfo.InvariantCulture),3}  {name,-32} {row.Total,8}{dropped}");
        if (row.TieBreak is { Criterion: not null } tieBreak)
        {
            Console.WriteLine($"        {tieBreak.Explanation}");
        }
    }

    Console.WriteLine();
}
