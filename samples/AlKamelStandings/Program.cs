// Computes a season's standings from a folder of Al Kamel timing files (race classifications or lap-by-lap analyses) and prints
// every table, then each driver's drive time in each race (laps less pit-lane time), marking those under the rule set's minimum.
// Usage: dotnet run --project samples/AlKamelStandings -- <folder> [--rules <label | rules.json>] [--entry-data <file.json>]
//                                                        [--order <name,name,...>]
//   --rules       a built-in season ("2024-25" or "aslms-2024-25", "wec-2025", "elms-2024") or a rule-set JSON file;
//                 default: the Asian Le Mans Series season under way or last started.
//   --entry-data  an entry-data JSON file: poles, post-race decisions, one-off entries, driver categories.
//   --order       the files' names without ".csv", in round order (default: the files in name order, "01-..." first).
// Example (the 2025 WEC from ../shared/realdata; the facts file is the test suite's):
//   dotnet run --project samples/AlKamelStandings -- ../shared/realdata/WEC/2025 --rules wec-2025
//     --order Qatar,Imola,Spa,Le_Mans,Interlagos,COTA,Fuji,Bahrain
//     --entry-data tests/AsLMS.Scoring.Tests/RealData/Data/wec-2025-entry-data.json
using System.Text;
using AlKamelStandings;
using AsLMS.Scoring.IO;
using AsLMS.Scoring.Standings;

Console.OutputEncoding = Encoding.UTF8;
if (!Options.TryParse(args, out var options, out var usageError))
{
    Console.Error.WriteLine(usageError);
    Console.Error.WriteLine("Usage: AlKamelStandings <folder> [--rules <label | rules.json>] [--entry-data <file.json>] [--order <name,name,...>]");
    return 2;
}

try
{
    var rules = RuleSets.Resolve(options.Rules);
    var files = options.Files();
    var results = SeasonImport.FromFiles(rules, files, options.EntryData);
    var standings = StandingsCalculator.Calculate(rules, results);

    Console.WriteLine($"{rules.Series} {rules.Label}: {files.Count} file(s) from {options.Folder}{(options.EntryData is { } data ? $", entry data {data}" : string.Empty)}");
    for (var i = 0; i < files.Count; i++)
    {
        Console.WriteLine($"  {rules.Season.Races[i].Id} {rules.Season.Races[i].Name} <- {Path.GetFileName(files[i])}");
    }

    if (options.Order is null && files.Any(f => !char.IsAsciiDigit(Path.GetFileName(f)[0])))
    {
        Console.WriteLine("  (taken in name order: give --order when the names do not sort in round order)");
    }

    Console.WriteLine();
    Report.Tables(standings);
    Report.DriveTimes(rules, results);
    return 0;
}
catch (InputFormatException ex)
{
    Console.Error.WriteLine("The input cannot be read:");
    foreach (var failure in ex.Failures)
    {
        Console.Error.WriteLine($"  {failure}");
    }

    return 1;
}
catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}
