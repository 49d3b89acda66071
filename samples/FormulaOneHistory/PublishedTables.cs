using System.Globalization;
using AsLMS.Scoring;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;

namespace FormulaOneHistory;

/// <summary>A published row the calculator did not reproduce.</summary>
/// <param name="Competitor">The driver, or the constructor (with its engine where the table names one).</param>
/// <param name="Published">The published position and points.</param>
/// <param name="Computed">What the calculator gives.</param>
public sealed record Difference(string Competitor, string Published, string Computed)
{
    /// <inheritdoc />
    public override string ToString() => $"{Competitor}: published {Published}, computed {Computed}";
}

/// <summary>The comparison of one computed table with the published one.</summary>
/// <param name="Table">The table.</param>
/// <param name="PublishedRows">How many published rows were compared.</param>
/// <param name="Differences">The rows not reproduced.</param>
public sealed record TableCheck(TableId Table, int PublishedRows, EquatableArray<Difference> Differences)
{
    /// <summary>Gets a value indicating whether every published position and points total was reproduced.</summary>
    public bool IsExact => Differences.IsEmpty;
}

/// <summary>The comparison of a season's computed tables with the published ones, and of the points of each result.</summary>
/// <param name="Year">The year.</param>
/// <param name="Tables">The tables compared (drivers, and constructors from 1958).</param>
/// <param name="ResultsCompared">How many (driver, race) scores were compared with the published points of the results.</param>
/// <param name="ResultDifferences">The (driver, race) scores whose points differ from the published points of the results.</param>
public sealed record SeasonCheck(int Year, EquatableArray<TableCheck> Tables, int ResultsCompared, EquatableArray<Difference> ResultDifferences)
{
    /// <summary>Gets a value indicating whether every table was reproduced exactly.</summary>
    public bool IsExact => Tables.All(t => t.IsExact);
}

/// <summary>Compares computed standings with the published final tables of f1db.</summary>
public static class PublishedTables
{
    /// <summary>Computes a season's standings and compares them with its published tables.</summary>
    /// <param name="season">The season.</param>
    /// <returns>The comparison.</returns>
    public static SeasonCheck Check(FormulaOneSeason season)
    {
        ArgumentNullException.ThrowIfNull(season);
        return Compare(season, StandingsCalculator.Calculate(season.Rules, season.Results));
    }

    /// <summary>Compares standings with a season's published tables.</summary>
    /// <param name="season">The season.</param>
    /// <param name="standings">The standings computed for it.</param>
    /// <returns>The comparison.</returns>
    public static SeasonCheck Compare(FormulaOneSeason season, SeasonStandings standings)
    {
        ArgumentNullException.ThrowIfNull(season);
        ArgumentNullException.ThrowIfNull(standings);
        var tables = new List<TableCheck> { Drivers(season, standings[FormulaOneCatalog.Drivers]) };
        if (FormulaOneCatalog.HasConstructorsChampionship(season.Year) && !season.Data.ConstructorStandings.IsEmpty)
        {
            tables.Add(Constructors(season, standings[FormulaOneCatalog.Constructors]));
        }

        var (compared, differences) = Results(season, standings[FormulaOneCatalog.Drivers]);
        return new SeasonCheck(season.Year, tables.ToEquatableArray(), compared, differences);
    }

    private static TableCheck Drivers(FormulaOneSeason season, TableStandings table)
    {
        var differences = new List<Difference>();
        foreach (var published in season.Data.DriverStandings)
        {
            var row = table.Find(published.Id);
            Check(differences, published.Id, published, row);
        }

        return new TableCheck(FormulaOneCatalog.Drivers, season.Data.DriverStandings.Count, differences.ToEquatableArray());
    }

    private static TableCheck Constructors(FormulaOneSeason season, TableStandings table)
    {
        var differences = new List<Difference>();
        foreach (var published in season.Data.ConstructorStandings)
        {
            var name = published.Engine is null ? published.Id : $"{published.Id}-{published.Engine}";
            var candidates = season.Constructors
                .Where(c => c.Value.Constructor == published.Id && (c.Value.Engine is null || c.Value.Engine == published.Engine))
                .Select(c => c.Key)
                .ToList();
            var rows = candidates.Select(table.Find).Where(r => r is not null).ToList();
            if (published.Rank is null)
            {
                // An excluded constructor: one of its entrants must be out of the table.
                Check(differences, name, published, candidates.Count > rows.Count ? null : rows.FirstOrDefault());
            }
            else
            {
                Check(differences, name, published, rows.Count == 1 ? rows[0] : rows.FirstOrDefault(r => r!.Rank == published.Rank) ?? rows.FirstOrDefault());
            }
        }

        return new TableCheck(FormulaOneCatalog.Constructors, season.Data.ConstructorStandings.Count, differences.ToEquatableArray());
    }

    private static void Check(List<Difference> differences, string name, F1dbStanding published, StandingsRow? row)
    {
        var expected = $"{published.Position} with {published.Points.ToString(CultureInfo.InvariantCulture)}";
        if (published.Rank is null)
        {
            if (row is not null)
            {
                differences.Add(new Difference(name, expected, $"{row.Rank} with {row.Total} (not excluded)"));
            }

            return;
        }

        if (row is null)
        {
            differences.Add(new Difference(name, expected, "no row"));
        }
        else if (row.Rank != published.Rank || Rounded(row.Total) != published.Points)
        {
            differences.Add(new Difference(name, expected, $"{row.Rank} with {row.Total}"));
        }
    }

    /// <summary>Rounds exact points as f1db publishes them: two decimals (25 1/7 is 25.14).</summary>
    /// <param name="points">The points.</param>
    /// <returns>The rounded value.</returns>
    public static decimal Rounded(Points points) => Math.Round(points.ToDecimal(), 2, MidpointRounding.AwayFromZero);

    private static (int Compared, EquatableArray<Difference> Differences) Results(FormulaOneSeason season, TableStandings table)
    {
        var differences = new List<Difference>();
        var compared = 0;
        var raceIndex = new Dictionary<RaceId, int>();
        for (var i = 0; i < table.Races.Count; i++)
        {
            raceIndex[table.Races[i]] = i;
        }

        foreach (var race in season.Data.Races)
        {
            Compare(race.Results, $"R{race.Round:00}");
            Compare(race.SprintResults, $"R{race.Round:00}S");
        }

        return (compared, differences.ToEquatableArray());

        void Compare(EquatableArray<F1dbResult> rows, string race)
        {
            if (rows.IsEmpty || !raceIndex.TryGetValue(race, out var index))
            {
                return;
            }

            foreach (var driver in rows.Select(r => r.DriverId).Distinct(StringComparer.Ordinal))
            {
                if (table.Find(driver) is not { } row)
                {
                    continue;
                }

                compared++;
                var published = rows.Where(r => r.DriverId == driver).Sum(r => r.PublishedPoints ?? 0m);
                var computed = Rounded(row.Races[index].Points);
                if (computed != published)
                {
                    differences.Add(new Difference($"{driver} {race}", published.ToString(CultureInfo.InvariantCulture), row.Races[index].Points.ToString()));
                }
            }
        }
    }
}
