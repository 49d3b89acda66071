using System.Globalization;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using NodaTime;
using NodaTime.Text;

namespace AlKamelStandings;

/// <summary>Writes standings and drive times as plain text.</summary>
internal static class Report
{
    private static readonly DurationPattern Clock = DurationPattern.CreateWithInvariantCulture("H:mm:ss");

    /// <summary>Writes every table: rank ("=" when shared), competitor, total, then each race's points.</summary>
    public static void Tables(SeasonStandings standings)
    {
        foreach (var table in standings.Tables)
        {
            var title = $"{table.Table.Name} ({table.Races.Count} race{(table.Races.Count == 1 ? string.Empty : "s")})";
            Console.WriteLine(title);
            Console.WriteLine(new string('-', title.Length));
            var names = table.Rows.Select(Name).ToList();
            var width = Math.Max(10, names.Count == 0 ? 0 : names.Max(n => n.Length));
            Console.WriteLine($"{"Pos",-5}{"".PadRight(width)}  {"Total",6}  {string.Join(" ", table.Races.Select(r => r.Value.PadLeft(4)))}");
            for (var i = 0; i < table.Rows.Count; i++)
            {
                var row = table.Rows[i];
                var rank = row.Rank.ToString(CultureInfo.InvariantCulture) + (row.SharedRank ? "=" : string.Empty);
                Console.WriteLine($"{rank,-5}{names[i].PadRight(width)}  {row.Total,6}  {string.Join(" ", row.Races.Select(Cell))}".TrimEnd());
            }

            Console.WriteLine();
        }

        Console.WriteLine("Race cells: points, P when a pole point is included, * when the driver drove less than the minimum (no points there),");
        Console.WriteLine("x excluded from the results, - no result.");
        Console.WriteLine();
    }

    /// <summary>Writes each race's drive times per car: the laps each driver is named on, less pit-lane time.</summary>
    public static void DriveTimes(RuleSet rules, SeasonResults results)
    {
        Console.WriteLine("Drive times (laps less pit-lane time, as the files name each lap's driver)");
        foreach (var race in rules.Season.Races)
        {
            if (results.FindRace(race.Id) is not { } result)
            {
                continue;
            }

            var minimum = rules.Scoring.For(race).MinimumDriveTime;
            Console.WriteLine($"{race.Id} {race.Name}{(minimum is { } m ? $" (minimum {Clock.Format(m)}; * under it)" : string.Empty)}");
            foreach (var car in result.Cars.Where(c => !c.Drivers.IsEmpty))
            {
                var crew = car.Drivers.Select(d =>
                    $"{results.FindDriver(d.Driver)?.Name ?? d.Driver.Value} {(d.Time is { } t ? Clock.Format(t) : "?")}{(d.Time < minimum ? "*" : string.Empty)}");
                Console.WriteLine($"  #{car.Car,-4} {string.Join(", ", crew)}");
            }
        }
    }

    private static string Name(StandingsRow row)
        => row.Competitor.Kind == CompetitorKind.Driver ? $"{row.Competitor.Name} (#{string.Join("/#", row.Competitor.Cars)})" : row.Competitor.Name;

    private static string Cell(RaceScore score)
    {
        if (score.Status == ResultStatus.Excluded)
        {
            return "x".PadLeft(4);
        }

        if (!score.TookPart)
        {
            return "-".PadLeft(4);
        }

        var text = score.Points.ToString() + (score.PolePoints.IsZero ? string.Empty : "P") + (score.BelowMinimumDriveTime ? "*" : string.Empty);
        return text.PadLeft(4);
    }
}
