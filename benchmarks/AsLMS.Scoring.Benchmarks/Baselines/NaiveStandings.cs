using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Benchmarks.Baselines;

/// <summary>A row of the naive standings: who, their total, their rank (shared on a full tie) and their points in each race.</summary>
internal sealed record NaiveRow(string Id, string Name, Points Total, int Rank, Points?[] RacePoints);

/// <summary>A table of the naive standings.</summary>
internal sealed record NaiveTable(TableId Table, List<NaiveRow> Rows);

/// <summary>
/// The standings written as a typical league site writes them, for the benchmarks to compare the engine with: LINQ over flattened
/// results (GroupBy, Sum, OrderBy), and an ordering comparer that rescans the table's results for every countback and latest-result
/// comparison, as several public league managers do. Same exact <see cref="Points"/> arithmetic as the engine, so the two differ in
/// algorithm only.
/// </summary>
/// <remarks>
/// Scope (<see cref="Covers"/> says whether a season is inside it, and a test checks that it agrees with the engine on generated
/// seasons): one points scale for every race with points beyond the scale, class pole points kept whatever the car does, a minimum
/// drive time, best-N dropped results over the whole season, ties broken by countback (dropped results included) then the latest
/// better result, drivers' and cars' tables of classes and sub-classes. Nothing else: no adjustments, fastest laps, multipliers,
/// shortened races, shared-drive splits, race categories, entrants' tables or full-season-only tables.
/// </remarks>
internal static class NaiveStandings
{
    /// <summary>Tells whether the rules and results use only what the naive standings implement.</summary>
    public static bool Covers(RuleSet rules, SeasonResults results)
    {
        var scoring = rules.Scoring;
        return scoring.Races.Count == 1
            && scoring.Races[0] is { Category: null, FastestLap: null, PoleCondition: PoleCondition.None, CountsForTieBreaks: true }
            && scoring.SharedDrives == SharedDrivePolicy.FullPointsToEachDriver
            && scoring.ShortenedRaces.IsEmpty
            && (scoring.Drops is null || scoring.Drops is { DisqualificationCannotBeDropped: false, Segments: [{ FirstRound: 1, LastRound: null, BestResults: not null }] })
            && (scoring.TieBreaks.SequenceEqual([TieBreak.Countback, TieBreak.LatestResult]) || scoring.TieBreaks.SequenceEqual([TieBreak.Countback]))
            && rules.Season.Races.All(r => r.Multiplier == Ratio.One)
            && rules.Tables.All(t => t.Competitors != CompetitorKind.Entrant && t.Scoring is null && !t.FullSeasonEntriesOnly
                && t.ExcludedRaces.IsEmpty && t.CarsCountedPerRace is null)
            && results.Adjustments.IsEmpty
            && results.Races.All(r => r.Adjustments.IsEmpty && r.FastestLaps.IsEmpty);
    }

    /// <summary>Calculates every table.</summary>
    public static List<NaiveTable> Calculate(RuleSet rules, SeasonResults results)
    {
        var entries = results.Entries.ToDictionary(e => e.Car);
        var drivers = results.Drivers.ToDictionary(d => d.Id);
        var races = results.Races
            .Select(result => (Race: rules.Season.FindRace(result.Race)!, Result: result))
            .OrderBy(r => r.Race.Round)
            .ToList();
        var scoring = rules.Scoring.Races[0];
        var bestResults = rules.Scoring.Drops?.Segments[0].BestResults;
        var latestResult = rules.Scoring.TieBreaks.Contains(TieBreak.LatestResult);

        return rules.Tables.Select(table =>
        {
            // Every result of the table: one per car, or one per driver of the car.
            var scored = races.SelectMany((race, raceIndex) =>
            {
                var cars = race.Result.Cars.Where(c => table.Accepts(entries[c.Car].Class, entries[c.Car].SubClass)).ToList();
                var places = cars
                    .Where(c => c.Status == ResultStatus.Classified)
                    .OrderBy(c => c.Position)
                    .Select((c, i) => (c.Car, Place: i + 1))
                    .ToDictionary(x => x.Car, x => x.Place);
                var poles = race.Result.Poles.Where(p => table.Classes.Contains(p.Class)).Select(p => p.Car).ToList();
                return cars.SelectMany(car =>
                {
                    int? place = places.TryGetValue(car.Car, out var p) ? p : null;
                    var points = (place is { } at ? scoring.PointsFor(at) : Points.Zero) + (poles.Contains(car.Car) ? scoring.Pole : Points.Zero);
                    if (table.Competitors == CompetitorKind.Car)
                    {
                        return [new NaiveResult(raceIndex, car.Car.Value, entries[car.Car].DisplayName, place, points)];
                    }

                    var crew = car.Drivers.IsEmpty ? entries[car.Car].Crew.Select(d => new DriveTime(d, null)) : car.Drivers;
                    return crew.Select(d => scoring.MinimumDriveTime is { } minimum && d.Time < minimum
                        ? new NaiveResult(raceIndex, d.Driver.Value, drivers[d.Driver].Name, null, Points.Zero)
                        : new NaiveResult(raceIndex, d.Driver.Value, drivers[d.Driver].Name, place, points));
                });
            }).ToList();

            var lastPlace = scored.Max(s => s.Place) ?? 0;
            var competitors = scored.GroupBy(s => s.Id).Select(g =>
            {
                var counted = bestResults is { } best
                    ? g.OrderByDescending(s => s.Points).ThenBy(s => s.Race).Take(best)
                    : g;
                var perRace = new Points?[races.Count];
                foreach (var s in g)
                {
                    perRace[s.Race] = s.Points;
                }

                return (Id: g.Key, g.First().Name, Total: counted.Aggregate(Points.Zero, (sum, s) => sum + s.Points), PerRace: perRace);
            }).ToList();

            // The tie-break chain, rescanning the table's results at every comparison.
            int Chain(string a, string b)
            {
                for (var place = 1; place <= lastPlace; place++)
                {
                    var byCount = scored.Count(s => s.Id == b && s.Place == place).CompareTo(scored.Count(s => s.Id == a && s.Place == place));
                    if (byCount != 0)
                    {
                        return byCount;
                    }
                }

                for (var race = races.Count - 1; latestResult && race >= 0; race--)
                {
                    var placeA = scored.FirstOrDefault(s => s.Id == a && s.Race == race)?.Place ?? int.MaxValue;
                    var placeB = scored.FirstOrDefault(s => s.Id == b && s.Race == race)?.Place ?? int.MaxValue;
                    if (placeA != placeB)
                    {
                        return placeA.CompareTo(placeB);
                    }
                }

                return 0;
            }

            var ordered = competitors
                .OrderBy(c => c, Comparer<(string Id, string Name, Points Total, Points?[] PerRace)>.Create((x, y) =>
                {
                    var byTotal = y.Total.CompareTo(x.Total);
                    if (byTotal != 0)
                    {
                        return byTotal;
                    }

                    var byChain = Chain(x.Id, y.Id);
                    if (byChain != 0)
                    {
                        return byChain;
                    }

                    var byName = string.CompareOrdinal(x.Name, y.Name);
                    return byName != 0 ? byName : string.CompareOrdinal(x.Id, y.Id);
                }))
                .ToList();

            var rows = new List<NaiveRow>();
            for (var i = 0; i < ordered.Count; i++)
            {
                var c = ordered[i];
                var tied = i > 0 && ordered[i - 1].Total == c.Total && Chain(ordered[i - 1].Id, c.Id) == 0;
                rows.Add(new NaiveRow(c.Id, c.Name, c.Total, tied ? rows[i - 1].Rank : i + 1, c.PerRace));
            }

            return new NaiveTable(table.Id, rows);
        }).ToList();
    }

    private sealed record NaiveResult(int Race, string Id, string Name, int? Place, Points Points);
}
