// Prints the standings of a generated demo season: every class's teams' and drivers' tables, with the
// per-race breakdown, dropped results in brackets, and the reason for every tie-break.
// Usage: dotnet run --project samples/SeasonStandings [-- --seed N]
using System.Globalization;
using System.Text;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Standings;

var seed = args.Length == 2 && args[0] == "--seed" ? long.Parse(args[1], CultureInfo.InvariantCulture) : GeneratorOptions.Demo.Seed;
var season = SeasonGenerator.Generate(GeneratorOptions.Demo with { Seed = seed });
var standings = StandingsCalculator.Calculate(season.Rules, season.Results);

Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine($"{season.Rules.Series}: {season.Rules.Label} (seed {seed})");
Console.WriteLine("GENERATED DEMO DATA: not a real season. Points: 25-18-15-12-10-8-6-4-2-1, 0.5 beyond 10th, 1 for class pole.");
Console.WriteLine();

foreach (var table in standings.Tables)
{
    Console.WriteLine(table.Table.Name);
    Console.WriteLine(new string('=', table.Table.Name.Length));
    var header = new List<string> { "Pos", table.Table.Competitors == AsLMS.Scoring.Rules.CompetitorKind.Driver ? "Driver" : "Car", "Points" };
    header.AddRange(table.Races.Select(r => r.Value));
    var lines = new List<List<string>> { header };
    var notes = new List<string>();
    foreach (var row in table.Rows)
    {
        var cells = new List<string>
        {
            (row.SharedRank ? "=" : string.Empty) + row.Rank.ToString(CultureInfo.InvariantCulture),
            row.Competitor.Name + (row.Competitor.Kind == AsLMS.Scoring.Rules.CompetitorKind.Driver ? $" (#{string.Join("/#", row.Competitor.Cars)})" : string.Empty),
            row.Total.ToString(),
        };
        cells.AddRange(row.Races.Select(Cell));
        lines.Add(cells);
        if (row.TieBreak is { Criterion: not null } tieBreak)
        {
            notes.Add($"  {row.Competitor.Name}: {tieBreak.Explanation}");
        }
    }

    var widths = Enumerable.Range(0, header.Count).Select(i => lines.Max(l => l[i].Length)).ToArray();
    foreach (var line in lines)
    {
        Console.WriteLine(string.Join("  ", line.Select((cell, i) => i == 1 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))).TrimEnd());
    }

    foreach (var note in notes)
    {
        Console.WriteLine(note);
    }

    Console.WriteLine();
}

Console.WriteLine("Race cells: points scored (P = pole point included); '-' no result; 'ret', 'nc', 'dns', 'dsq' statuses without points.");

static string Cell(RaceScore score)
{
    if (!score.TookPart)
    {
        return "-";
    }

    var text = score.Points.IsZero
        ? score.Status switch
        {
            AsLMS.Scoring.Results.ResultStatus.Retired => "ret",
            AsLMS.Scoring.Results.ResultStatus.NotClassified => "nc",
            AsLMS.Scoring.Results.ResultStatus.DidNotStart => "dns",
            AsLMS.Scoring.Results.ResultStatus.Disqualified => "dsq",
            AsLMS.Scoring.Results.ResultStatus.Excluded => "exc",
            _ => "0",
        }
        : score.Points.ToString() + (score.PolePoints.IsZero ? string.Empty : "P");
    return score.Dropped ? $"({text})" : text;
}
