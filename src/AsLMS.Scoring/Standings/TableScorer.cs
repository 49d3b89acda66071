using System.Buffers;
using System.Numerics;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Standings;

/// <summary>
/// Scores one table over a season sheet: points per race per competitor (with their sources), dropped results, deductions,
/// the ranking with its tie-break chain, and the explained rows. All working state is local; nothing is shared or static.
/// </summary>
/// <remarks>
/// <para>Each race is scored once into cells; standings are then built for any number of leading races (the progression builds
/// every round from the same cells). Working memory comes from the shared array pool and is returned when the scorer is done, so
/// what a calculation allocates is its output.</para>
/// <para>Competitors are numbered per table in the order they first score or take part ("local" numbers): a table holds a few of
/// the season's drivers, and sizing its work by the whole season made every table cost as much as all of them together.</para>
/// </remarks>
internal sealed class TableScorer
{
    private readonly SeasonSheet sheet;
    private readonly ChampionshipTable table;
    private readonly ScoringRules scoring;
    private readonly RaceSheet[] races;
    private readonly int competitorCount;

    // The table's competitors: each season competitor's local number (-1 before it takes part), and each local number's competitor.
    private readonly int[] localOf;
    private readonly int[] competitorOfLocal;
    private int localCount;

    // The number of leading races the standings are built from (all of them, or fewer for a round of the progression).
    private int raceCount;

    // What the rows are built from, kept from round to round of a progression: the races' identifiers, each local competitor's
    // race scores (and how many of them are made) and its competitor.
    private readonly RaceScore[]?[] raceScores;
    private readonly int[] raceScoresFilled;
    private readonly Competitor?[] competitors;
    private RaceId[]? raceIds;
    private readonly bool[] eligible;
    private readonly bool[] excludedEntry;
    private readonly bool[] excludedDriver;

    // One cell per local competitor and race of the table, competitor-major; a competitor's cells are cleared when it gets its number.
    private readonly Cell[] cells;
    private readonly CarCredit[] credits;
    private readonly int[] credited;

    // Cars and drivers excluded from the championship in the race being scored only (race-scoped exclusions).
    private readonly List<int> excludedEntriesHere = [];
    private readonly List<int> excludedDriversHere = [];

    // For an entrant table: the place of every car that scored for an entrant, so countback counts each of them, not only the best.
    private readonly List<(int Local, int Race, int Position)>? entrantPlaces;

    // The decision of a shared rank on each total, made once for the table (and every round of a progression) and shared.
    private Dictionary<Points, TieBreakDecision>? sharedRankDecisions;

    // Kept from round to round of a progression, so that a round adds its races to the ranking instead of recounting every race so
    // far: each competitor's points in the races added so far (dropped or not) and in its dropped results, the countback tables
    // that drops do not change (all places, scoring places), and which competitors had a result newly dropped since their last row.
    private Points[]? pointsSoFar;
    private Points[]? droppedSoFar;
    private int racesInTotals;
    private int[]? allPlacesSoFar;
    private int[]? scoringPlacesSoFar;
    private int racesInAllPlaces;
    private int racesInScoringPlaces;
    private int maxPosition = -1;
    private int[]? tieBreakPositions;

    // The previous round's standings order (local numbers, not to be changed) and the races it was made from.
    private int[]? previousOrder;
    private int racesInPreviousOrder;
    private bool[]? newlyDropped;

    // Per race of the table: whether it counts for tie-breaks, and how many places its scale pays.
    private readonly bool[] countsForTieBreaks;
    private readonly int[] paidPlaces;

    // For a drivers' or teams' table, built when the rows are: each competitor's first link in carsDriven, and the links (entry,
    // first race, next).
    private int[]? firstCarDriven;
    private int[]? carsDriven;

    private TableScorer(SeasonSheet sheet, ChampionshipTable table, RaceSheet[] races)
    {
        this.sheet = sheet;
        this.table = table;
        this.races = races;
        scoring = sheet.Rules.ScoringFor(table);
        competitorCount = table.Competitors switch
        {
            CompetitorKind.Car => sheet.Entries.Length,
            CompetitorKind.Entrant => sheet.Entrants.Length,
            _ => sheet.Drivers.Length,
        };

        var entries = sheet.Entries;
        eligible = new bool[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            eligible[i] = table.Accepts(entries[i].Class, entries[i].SubClass) && (!table.FullSeasonEntriesOnly || entries[i].FullSeason);
        }

        excludedEntry = new bool[entries.Length];
        excludedDriver = new bool[sheet.Drivers.Length];
        foreach (var adjustment in sheet.Results.Adjustments)
        {
            if (adjustment is ChampionshipExclusion exclusion && (exclusion.Table is null || exclusion.Table == table.Id))
            {
                if (exclusion.Car is { } car && sheet.EntryIndex.TryGetValue(car, out var e))
                {
                    excludedEntry[e] = true;
                }

                if (exclusion.Driver is { } driver && sheet.DriverIndex.TryGetValue(driver, out var d))
                {
                    excludedDriver[d] = true;
                }
            }
        }

        raceCount = races.Length;
        localOf = ArrayPool<int>.Shared.Rent(Math.Max(1, competitorCount));
        Array.Fill(localOf, -1, 0, competitorCount);
        competitorOfLocal = ArrayPool<int>.Shared.Rent(Math.Max(1, competitorCount));
        cells = ArrayPool<Cell>.Shared.Rent(Math.Max(1, competitorCount * races.Length));
        raceScores = ArrayPool<RaceScore[]?>.Shared.Rent(Math.Max(1, competitorCount));
        raceScoresFilled = ArrayPool<int>.Shared.Rent(Math.Max(1, competitorCount));
        competitors = ArrayPool<Competitor?>.Shared.Rent(Math.Max(1, competitorCount));
        credits = ArrayPool<CarCredit>.Shared.Rent(Math.Max(1, entries.Length));
        credited = ArrayPool<int>.Shared.Rent(Math.Max(1, entries.Length));
        entrantPlaces = table.Competitors == CompetitorKind.Entrant ? [] : null;
        countsForTieBreaks = new bool[races.Length];
        paidPlaces = new int[races.Length];
        for (var r = 0; r < races.Length; r++)
        {
            var raceScoring = scoring.For(races[r].Race);
            countsForTieBreaks[r] = raceScoring.CountsForTieBreaks;
            paidPlaces[r] = raceScoring.Scale.Count;
        }
    }

    /// <summary>Calculates a table's standings from the races of a sheet that count for it up to a round.</summary>
    public static TableStandings Calculate(SeasonSheet sheet, ChampionshipTable table, int? afterRound)
    {
        var races = TableRaces(sheet, table, afterRound);
        var scorer = new TableScorer(sheet, table, races);
        try
        {
            for (var r = 0; r < races.Length; r++)
            {
                scorer.ScoreRace(r);
            }

            return scorer.BuildStandings();
        }
        finally
        {
            scorer.Return();
        }
    }

    /// <summary>
    /// Calculates a table's standings after each of the given rounds (in increasing order) from one scoring of its races: each
    /// round's standings are built from the cells of the races up to it.
    /// </summary>
    public static TableStandings[] Progression(SeasonSheet sheet, ChampionshipTable table, int[] rounds)
    {
        var races = TableRaces(sheet, table, afterRound: null);
        var scorer = new TableScorer(sheet, table, races);
        try
        {
            for (var r = 0; r < races.Length; r++)
            {
                scorer.ScoreRace(r);
            }

            var progression = new TableStandings[rounds.Length];
            var previous = -1;
            for (var i = 0; i < rounds.Length; i++)
            {
                var count = 0;
                while (count < races.Length && races[count].Race.Round <= rounds[i])
                {
                    count++;
                }

                // A round with no race of this table leaves its standings as they were (immutable, so shared).
                if (count == previous)
                {
                    progression[i] = progression[i - 1];
                    continue;
                }

                scorer.raceCount = previous = count;
                progression[i] = scorer.BuildStandings();
            }

            return progression;
        }
        finally
        {
            scorer.Return();
        }
    }

    /// <summary>
    /// Scores and ranks a table without building its rows, and returns its competitors' season numbers in standings order: the
    /// engine's own work, which the benchmarks measure apart from the output.
    /// </summary>
    public static int[] Rank(SeasonSheet sheet, ChampionshipTable table)
    {
        var races = TableRaces(sheet, table, afterRound: null);
        var scorer = new TableScorer(sheet, table, races);
        try
        {
            for (var r = 0; r < races.Length; r++)
            {
                scorer.ScoreRace(r);
            }

            var (ordered, totals, ranking, _) = scorer.RankCompetitors();
            ArrayPool<Points>.Shared.Return(totals);
            ranking.Return();
            var competitorsInOrder = new int[ordered.Length];
            for (var i = 0; i < ordered.Length; i++)
            {
                competitorsInOrder[i] = scorer.competitorOfLocal[ordered[i]];
            }

            return competitorsInOrder;
        }
        finally
        {
            scorer.Return();
        }
    }

    /// <summary>Scores one race for a table and returns every competitor's score, in table order.</summary>
    public static EquatableArray<(Competitor Competitor, RaceScore Score)> ScoreOneRace(SeasonSheet sheet, ChampionshipTable table, RaceSheet race)
    {
        var scorer = new TableScorer(sheet, table, table.Counts(race.Race.Id) ? [race] : []);
        try
        {
            if (scorer.races.Length == 0)
            {
                return default;
            }

            scorer.ScoreRace(0);
            // In the season's order of competitors, as the sort below keeps it among equals.
            var locals = scorer.localOf.AsSpan(0, scorer.competitorCount);
            var rows = new List<(Competitor, RaceScore, int)>();
            for (var c = 0; c < locals.Length; c++)
            {
                if (locals[c] >= 0 && scorer.CellAt(locals[c], 0) is { Present: true } cell)
                {
                    rows.Add((scorer.CompetitorOf(c), cell.ToRaceScore(race.Race.Id), cell.Position == 0 ? int.MaxValue : cell.Position));
                }
            }

            return rows
                .OrderBy(r => r.Item3)
                .ThenByDescending(r => r.Item2.Points)
                .ThenBy(r => r.Item1.Name, StringComparer.Ordinal)
                .Select(r => (r.Item1, r.Item2))
                .ToEquatableArray();
        }
        finally
        {
            scorer.Return();
        }
    }

    private static RaceSheet[] TableRaces(SeasonSheet sheet, ChampionshipTable table, int? afterRound)
    {
        var count = 0;
        foreach (var race in sheet.Races)
        {
            if ((afterRound is null || race.Race.Round <= afterRound) && table.Counts(race.Race.Id))
            {
                count++;
            }
        }

        var result = new RaceSheet[count];
        count = 0;
        foreach (var race in sheet.Races)
        {
            if ((afterRound is null || race.Race.Round <= afterRound) && table.Counts(race.Race.Id))
            {
                result[count++] = race;
            }
        }

        return result;
    }

    private void Return()
    {
        ArrayPool<Cell>.Shared.Return(cells);
        ArrayPool<int>.Shared.Return(localOf);
        ArrayPool<int>.Shared.Return(competitorOfLocal);
        ArrayPool<RaceScore[]?>.Shared.Return(raceScores, clearArray: true);
        ArrayPool<int>.Shared.Return(raceScoresFilled);
        ArrayPool<Competitor?>.Shared.Return(competitors, clearArray: true);
        ArrayPool<CarCredit>.Shared.Return(credits);
        ArrayPool<int>.Shared.Return(credited);
        if (carsDriven is not null)
        {
            ArrayPool<int>.Shared.Return(firstCarDriven!);
            ArrayPool<int>.Shared.Return(carsDriven);
        }

        foreach (var points in (ReadOnlySpan<Points[]?>)[pointsSoFar, droppedSoFar])
        {
            if (points is not null)
            {
                ArrayPool<Points>.Shared.Return(points);
            }
        }

        foreach (var places in (ReadOnlySpan<int[]?>)[allPlacesSoFar, scoringPlacesSoFar, tieBreakPositions])
        {
            if (places is not null)
            {
                ArrayPool<int>.Shared.Return(places);
            }
        }

        if (newlyDropped is not null)
        {
            ArrayPool<bool>.Shared.Return(newlyDropped);
        }
    }

    /// <summary>Gets a competitor's cell in a race while scoring, numbering the competitor in the table when it first takes part.</summary>
    private ref Cell CellOf(int competitor, int race)
    {
        var local = localOf[competitor];
        if (local < 0)
        {
            local = localOf[competitor] = localCount++;
            competitorOfLocal[local] = competitor;
            Array.Clear(cells, local * races.Length, races.Length);
            raceScores[local] = null;
            raceScoresFilled[local] = 0;
            competitors[local] = null;
        }

        return ref cells[(local * races.Length) + race];
    }

    /// <summary>Gets the cell of a competitor by its local number.</summary>
    private ref Cell CellAt(int local, int race) => ref cells[(local * races.Length) + race];

    private void ScoreRace(int r)
    {
        var race = races[r];
        var raceScoring = scoring.For(race.Race);
        var creditedCount = 0;
        CollectExclusionsHere(race);

        // Position points: a car's position is its order among the table's eligible cars.
        var (factor, replacement) = ShortenedRace(race);
        var multiplier = race.Race.Multiplier;
        var position = 0;
        foreach (var entry in race.Order)
        {
            if (!eligible[entry])
            {
                continue;
            }

            position++;
            ref var credit = ref credits[entry];
            credit = default;
            credit.Present = true;
            credit.Position = position;
            credit.Status = ResultStatus.Classified;
            var basePoints = raceScoring.PointsFor(position);
            if (position <= raceScoring.Scale.Count)
            {
                credit.PositionPoints = basePoints;
            }
            else
            {
                credit.BeyondScalePoints = basePoints;
            }

            var multiplied = basePoints;
            if (multiplier != Ratio.One)
            {
                multiplied = basePoints * multiplier;
                credit.MultiplierPoints = multiplied - basePoints;
            }

            if (replacement is { } scale)
            {
                var reduced = (position <= scale.Count ? scale[position - 1] : Points.Zero) * multiplier;
                credit.ShortenedRacePoints = reduced - multiplied;
            }
            else if (factor != Ratio.One)
            {
                credit.ShortenedRacePoints = (multiplied * factor) - multiplied;
            }

            credited[creditedCount++] = entry;
        }

        // Cars that took part without being classified.
        for (var row = 0; row < race.RowEntry.Length; row++)
        {
            if (race.Status[row] == ResultStatus.Classified)
            {
                continue;
            }

            var entry = race.RowEntry[row];
            if (eligible[entry])
            {
                ref var credit = ref credits[entry];
                credit = default;
                credit.Present = true;
                credit.Status = race.Status[row];
                credited[creditedCount++] = entry;
            }
        }

        // Pole: the pole sitter of any of the table's classes, once per car.
        if (!raceScoring.Pole.IsZero)
        {
            foreach (var pole in race.Result.Poles)
            {
                if (!ListsClass(pole.Class) || !sheet.EntryIndex.TryGetValue(pole.Car, out var entry) || !eligible[entry])
                {
                    continue;
                }

                var hasRow = race.RowOf(entry) >= 0;
                var status = hasRow ? race.Status[race.RowOf(entry)] : (ResultStatus?)null;
                var keeps = raceScoring.PoleCondition switch
                {
                    PoleCondition.Started => status is { } started && started is not ResultStatus.DidNotStart,
                    PoleCondition.Classified => status == ResultStatus.Classified,
                    _ => true,
                };
                if (!keeps)
                {
                    continue;
                }

                ref var credit = ref credits[entry];
                if (!hasRow && !IsCredited(entry, creditedCount))
                {
                    credit = default;
                    credited[creditedCount++] = entry;
                }

                credit.Present = true;
                credit.PolePoints = raceScoring.Pole;
            }
        }

        // Fastest lap: shared equally between holders of an equal fastest lap.
        Span<int> holders = stackalloc int[Math.Max(1, race.Result.FastestLaps.Count)];
        var holderCount = 0;
        if (raceScoring.FastestLap is { } fastestLap && !race.Result.FastestLaps.IsEmpty)
        {
            var laps = race.Result.FastestLaps;
            for (var i = 0; i < laps.Count; i++)
            {
                var lap = laps[i];
                if ((lap.Class is null || ListsClass(lap.Class.Value))
                    && sheet.EntryIndex.TryGetValue(lap.Car, out var entry) && eligible[entry]
                    && (fastestLap.MustFinishInTop is not { } top || (IsCredited(entry, creditedCount) && credits[entry].Position is > 0 and var p && p <= top)))
                {
                    holders[holderCount++] = i;
                }
            }

            for (var h = 0; h < holderCount; h++)
            {
                var lap = laps[holders[h]];
                var entry = sheet.EntryIndex[lap.Car];
                ref var credit = ref credits[entry];
                if (!IsCredited(entry, creditedCount))
                {
                    credit = default;
                    credited[creditedCount++] = entry;
                }

                credit.Present = true;
                var share = fastestLap.Points / holderCount;
                if (lap.Driver is null || table.Competitors != CompetitorKind.Driver)
                {
                    credit.FastestLapPoints += share;
                }
            }
        }

        Distribute(r, race, raceScoring, creditedCount);

        // A fastest lap credited to a named driver goes to that driver only.
        if (table.Competitors == CompetitorKind.Driver && holderCount > 0)
        {
            var laps = race.Result.FastestLaps;
            var share = raceScoring.FastestLap!.Points / holderCount;
            for (var h = 0; h < holderCount; h++)
            {
                if (laps[holders[h]].Driver is { } driver && sheet.DriverIndex.TryGetValue(driver, out var d) && !excludedDriver[d]
                    && !excludedDriversHere.Contains(d) && !excludedEntriesHere.Contains(sheet.EntryIndex[laps[holders[h]].Car]))
                {
                    ref var cell = ref CellOf(d, r);
                    cell.FastestLapPoints += share;
                    cell.Present = true;
                }
            }
        }
    }

    /// <summary>Collects the race's own championship exclusions for this table: the car or driver keeps its place but scores nothing here.</summary>
    private void CollectExclusionsHere(RaceSheet race)
    {
        excludedEntriesHere.Clear();
        excludedDriversHere.Clear();
        foreach (var adjustment in race.Result.Adjustments)
        {
            if (adjustment is ChampionshipExclusion exclusion && (exclusion.Table is null || exclusion.Table == table.Id))
            {
                if (exclusion.Car is { } car && sheet.EntryIndex.TryGetValue(car, out var e))
                {
                    excludedEntriesHere.Add(e);
                }

                if (exclusion.Driver is { } driver && sheet.DriverIndex.TryGetValue(driver, out var d))
                {
                    excludedDriversHere.Add(d);
                }
            }
        }
    }

    private bool IsCredited(int entry, int creditedCount)
    {
        for (var i = 0; i < creditedCount; i++)
        {
            if (credited[i] == entry)
            {
                return true;
            }
        }

        return false;
    }

    private bool ListsClass(ClassId id)
    {
        foreach (var c in table.Classes)
        {
            if (c == id)
            {
                return true;
            }
        }

        return false;
    }

    private void Distribute(int r, RaceSheet race, RaceScoring raceScoring, int creditedCount)
    {
        switch (table.Competitors)
        {
            case CompetitorKind.Car:
                for (var i = 0; i < creditedCount; i++)
                {
                    var entry = credited[i];
                    if (excludedEntry[entry])
                    {
                        continue;
                    }

                    ref var cell = ref CellOf(entry, r);
                    if (excludedEntriesHere.Contains(entry))
                    {
                        TakesPartWithoutScoring(ref cell, in credits[entry]);
                    }
                    else
                    {
                        cell.Add(in credits[entry]);
                    }
                }

                break;

            case CompetitorKind.Entrant:
                DistributeToEntrants(r, creditedCount);
                break;

            default:
                DistributeToDrivers(r, race, raceScoring, creditedCount);
                break;
        }
    }

    private void DistributeToEntrants(int r, int creditedCount)
    {
        var limit = table.CarsCountedPerRace ?? int.MaxValue;
        if (limit == int.MaxValue && excludedEntriesHere.Count == 0)
        {
            for (var i = 0; i < creditedCount; i++)
            {
                var entry = credited[i];
                if (!excludedEntry[entry])
                {
                    AddEntrantCar(r, entry);
                }
            }

            return;
        }

        // An entrant's best cars count: order its cars by points, then by position. A car excluded here scores nothing and
        // leaves its slot to the entrant's next car.
        var order = credited.AsSpan(0, creditedCount).ToArray();
        Array.Sort(order, (a, b) =>
        {
            var byEntrant = sheet.EntrantOfEntry[a].CompareTo(sheet.EntrantOfEntry[b]);
            if (byEntrant != 0)
            {
                return byEntrant;
            }

            var byEligibility = excludedEntriesHere.Contains(a).CompareTo(excludedEntriesHere.Contains(b));
            if (byEligibility != 0)
            {
                return byEligibility;
            }

            var byPoints = credits[b].Total.CompareTo(credits[a].Total);
            return byPoints != 0 ? byPoints : PlaceOrder(credits[a].Position).CompareTo(PlaceOrder(credits[b].Position));
        });

        var counted = 0;
        var current = -1;
        foreach (var entry in order)
        {
            if (excludedEntry[entry])
            {
                continue;
            }

            var entrant = sheet.EntrantOfEntry[entry];
            if (entrant != current)
            {
                current = entrant;
                counted = 0;
            }

            ref var cell = ref CellOf(entrant, r);
            if (counted < limit && !excludedEntriesHere.Contains(entry))
            {
                AddEntrantCar(r, entry);
                counted++;
            }
            else
            {
                // A car beyond the limit, or excluded from this race's scoring, still shows that the entrant took part.
                TakesPartWithoutScoring(ref cell, in credits[entry]);
            }
        }
    }

    private void AddEntrantCar(int r, int entry)
    {
        var entrant = sheet.EntrantOfEntry[entry];
        CellOf(entrant, r).Add(in credits[entry]);
        if (credits[entry].Position > 0)
        {
            entrantPlaces!.Add((localOf[entrant], r, credits[entry].Position));
        }
    }

    private void DistributeToDrivers(int r, RaceSheet race, RaceScoring raceScoring, int creditedCount)
    {
        // With a limit on the cars a driver scores from in one race, shares are gathered first and the best kept per driver.
        List<DriverShare>? shares = table.CarsCountedPerRace is null ? null : [];
        for (var i = 0; i < creditedCount; i++)
        {
            var entry = credited[i];
            ref readonly var credit = ref credits[entry];
            var row = race.RowOf(entry);
            int start, end;
            ReadOnlySpan<int> crewDrivers;
            if (row >= 0)
            {
                start = race.CrewStart[row];
                end = race.CrewStart[row + 1];
                crewDrivers = race.CrewDrivers;
            }
            else
            {
                // A pole sitter that did not take the start: its nominated crew.
                var crew = sheet.Entries[entry].Crew;
                var nominated = new int[crew.Count];
                var n = 0;
                foreach (var driver in crew)
                {
                    if (sheet.DriverIndex.TryGetValue(driver, out var d))
                    {
                        nominated[n++] = d;
                    }
                }

                crewDrivers = nominated;
                start = 0;
                end = n;
            }

            var crewSize = end - start;
            var total = credit.Total;
            Points shared = default;
            if (crewSize > 1)
            {
                shared = scoring.SharedDrives switch
                {
                    SharedDrivePolicy.SplitEqually => (total / crewSize) - total,
                    SharedDrivePolicy.NoPointsWhenShared => -total,
                    _ => Points.Zero,
                };
            }

            var carExcludedHere = excludedEntriesHere.Contains(entry);
            for (var k = start; k < end; k++)
            {
                var driver = crewDrivers[k];
                if (excludedDriver[driver])
                {
                    continue;
                }

                ref var cell = ref CellOf(driver, r);
                if (carExcludedHere || excludedDriversHere.Contains(driver))
                {
                    TakesPartWithoutScoring(ref cell, in credit);
                    continue;
                }

                var time = row >= 0 ? race.CrewTimes[k] : null;
                if (raceScoring.MinimumDriveTime is { } minimum && time is { } driven && driven < minimum)
                {
                    cell.Present = true;
                    cell.BelowMinimumDriveTime = true;
                    cell.MergeStatus(credit.Status, 0);
                    continue;
                }

                if (shares is null)
                {
                    cell.Add(in credit);
                    cell.SharedDrivePoints += shared;
                }
                else
                {
                    shares.Add(new DriverShare(driver, entry, shared, total + shared));
                }
            }
        }

        if (shares is { Count: > 0 })
        {
            KeepBestSharesPerDriver(r, shares, table.CarsCountedPerRace!.Value);
        }
    }

    /// <summary>Adds each driver's best shares of the race (by points, then place), up to the limit; other cars only show the driver took part.</summary>
    private void KeepBestSharesPerDriver(int r, List<DriverShare> shares, int limit)
    {
        shares.Sort((a, b) =>
        {
            var byDriver = a.Driver.CompareTo(b.Driver);
            if (byDriver != 0)
            {
                return byDriver;
            }

            var byPoints = b.Value.CompareTo(a.Value);
            return byPoints != 0 ? byPoints : PlaceOrder(credits[a.Entry].Position).CompareTo(PlaceOrder(credits[b.Entry].Position));
        });

        var counted = 0;
        var current = -1;
        foreach (var share in shares)
        {
            if (share.Driver != current)
            {
                current = share.Driver;
                counted = 0;
            }

            ref var cell = ref CellOf(share.Driver, r);
            if (counted++ < limit)
            {
                cell.Add(in credits[share.Entry]);
                cell.SharedDrivePoints += share.Shared;
            }
            else
            {
                TakesPartWithoutScoring(ref cell, in credits[share.Entry]);
            }
        }
    }

    /// <summary>Records that a competitor took part through a car that scores nothing for it in this race.</summary>
    private static void TakesPartWithoutScoring(ref Cell cell, in CarCredit credit)
    {
        cell.Present = true;
        cell.MergeStatus(credit.Status, credit.Position);
    }

    private static int PlaceOrder(int position) => position == 0 ? int.MaxValue : position;

    private (Ratio Factor, EquatableArray<Points>? Replacement) ShortenedRace(RaceSheet race)
    {
        foreach (var rule in scoring.ShortenedRaces)
        {
            if (Applies(rule, race))
            {
                return rule.Scale.IsEmpty ? (rule.Factor, null) : (Ratio.One, rule.Scale);
            }
        }

        return (Ratio.One, null);

        static bool Applies(ShortenedRaceRule rule, RaceSheet race)
        {
            if (rule.OnlyIfSuspended && !race.Result.Suspended)
            {
                return false;
            }

            var leaderLaps = race.Result.LeaderLaps ?? LeaderLaps(race);
            if (rule.LapsBelow is { } lapsBelow && leaderLaps < lapsBelow)
            {
                return true;
            }

            if (rule.CompletedBelow is not { } share)
            {
                return false;
            }

            return rule.Basis switch
            {
                ShortenedRaceBasis.Distance => race.Race.ScheduledLaps is { } scheduled && scheduled > 0 && !share.IsReachedBy(leaderLaps, scheduled),
                _ => race.Race.ScheduledDuration is { } duration && race.Result.RunningTime is { } running
                    && !share.IsReachedBy(running.BclCompatibleTicks, duration.BclCompatibleTicks),
            };
        }

        static int LeaderLaps(RaceSheet race)
        {
            var max = 0;
            foreach (var car in race.Result.Cars)
            {
                max = Math.Max(max, car.Laps);
            }

            return max;
        }
    }

    /// <summary>
    /// Ranks the competitors who took part in the first <see cref="raceCount"/> races: drops, deductions, totals, then the order.
    /// Returns local numbers in standings order and the totals by local number (rented from the pool: the caller returns them).
    /// </summary>
    private (int[] Ordered, Points[] Totals, Ranking Ranking, List<AppliedDeduction>[]? Deductions) RankCompetitors()
    {
        // A round of a progression starts from the previous round's order (everyone in it is still there), then adds the competitors
        // who first took part since, so that the sort has little left to do.
        var present = 0;
        var ordered = new int[localCount];
        if (previousOrder is not null)
        {
            previousOrder.CopyTo(ordered, 0);
            present = previousOrder.Length;
        }

        for (var local = 0; local < localCount; local++)
        {
            for (var r = 0; r < raceCount; r++)
            {
                if (CellAt(local, r).Present)
                {
                    if (r >= racesInPreviousOrder)
                    {
                        ordered[present++] = local;
                    }

                    break;
                }
            }
        }

        if (present < ordered.Length)
        {
            Array.Resize(ref ordered, present);
        }

        if (scoring.Drops is { } drops)
        {
            EnsureWorkingTotals();
            foreach (var local in ordered)
            {
                ApplyDrops(local, drops);
            }
        }

        var deductions = Deductions();
        AddRacesToTotals();
        var totals = ArrayPool<Points>.Shared.Rent(Math.Max(1, localCount));
        foreach (var local in ordered)
        {
            var total = pointsSoFar![local] - droppedSoFar![local];
            if (deductions?[competitorOfLocal[local]] is { } list)
            {
                foreach (var deduction in list)
                {
                    total -= deduction.Points;
                }
            }

            totals[local] = total;
        }

        var ranking = new Ranking(this, totals);
        if (previousOrder is null)
        {
            Array.Sort(ordered, ranking.CompareForDisplay);
        }
        else
        {
            SortFromPreviousOrder(ordered, ranking);
        }

        previousOrder = ordered;
        racesInPreviousOrder = raceCount;
        return (ordered, totals, ranking, deductions);
    }

    /// <summary>
    /// Sorts a round's competitors from the previous round's order, which mostly holds: insertion sort then costs one comparison per
    /// competitor and one per place gained, where a general sort costs n log n. A round that reshuffles the table more than a general
    /// sort would cost leaves the rest to it.
    /// </summary>
    private static void SortFromPreviousOrder(int[] ordered, Ranking ranking)
    {
        var budget = ordered.Length * (BitOperations.Log2((uint)ordered.Length) + 1);
        for (var i = 1; i < ordered.Length; i++)
        {
            var local = ordered[i];
            var j = i - 1;
            while (j >= 0 && ranking.CompareForDisplay(ordered[j], local) > 0)
            {
                ordered[j + 1] = ordered[j];
                j--;
                if (--budget < 0)
                {
                    ordered[j + 1] = local;
                    Array.Sort(ordered, ranking.CompareForDisplay);
                    return;
                }
            }

            ordered[j + 1] = local;
        }
    }

    /// <summary>Rents (once) the competitors' points so far and the dropped points so far, zeroed.</summary>
    private void EnsureWorkingTotals()
    {
        if (pointsSoFar is not null)
        {
            return;
        }

        var size = Math.Max(1, localCount);
        pointsSoFar = ArrayPool<Points>.Shared.Rent(size);
        droppedSoFar = ArrayPool<Points>.Shared.Rent(size);
        newlyDropped = ArrayPool<bool>.Shared.Rent(size);
        Array.Fill(pointsSoFar, Points.Zero, 0, size);
        Array.Fill(droppedSoFar, Points.Zero, 0, size);
        Array.Clear(newlyDropped, 0, size);
    }

    /// <summary>
    /// Adds the races since the last round to every competitor's points so far. A total is then the points so far minus the dropped
    /// ones (kept as the drops are marked, which only ever adds marks) minus deductions: each cell is summed once for all rounds.
    /// </summary>
    private void AddRacesToTotals()
    {
        EnsureWorkingTotals();
        for (var local = 0; local < localCount; local++)
        {
            var sum = pointsSoFar![local];
            for (var r = racesInTotals; r < raceCount; r++)
            {
                sum += CellAt(local, r).Total;
            }

            pointsSoFar[local] = sum;
        }

        racesInTotals = raceCount;
    }

    private TableStandings BuildStandings()
    {
        var (ordered, totals, ranking, deductions) = RankCompetitors();
        if (raceIds is null)
        {
            raceIds = new RaceId[races.Length];
            for (var r = 0; r < raceIds.Length; r++)
            {
                raceIds[r] = races[r].Race.Id;
            }
        }

        // The rows are kept as arrays in rank order and made into row objects when first read (RankedRows).
        var count = ordered.Length;
        var competitorsInOrder = new Competitor[count];
        var totalsInOrder = new Points[count];
        var scoresInOrder = new RaceScore[count][];
        TieBreakDecision?[]? decisions = null;
        AppliedDeduction[]?[]? deductionsInOrder = null;
        for (var i = 0; i < count; i++)
        {
            var local = ordered[i];
            competitorsInOrder[i] = CompetitorFor(local);
            totalsInOrder[i] = totals[local];
            scoresInOrder[i] = RaceScoresOf(local);

            // Each tie is decided once: the decision says why the row is below the one above, or that it shares its rank.
            if (i > 0 && totals[ordered[i - 1]] == totals[local])
            {
                decisions ??= new TieBreakDecision?[count];
                decisions[i] = ranking.Explain(ordered[i - 1], local);
            }

            if (deductions?[competitorOfLocal[local]] is { } applied)
            {
                deductionsInOrder ??= new AppliedDeduction[]?[count];
                deductionsInOrder[i] = applied.ToArray();
            }
        }

        ArrayPool<Points>.Shared.Return(totals);
        ranking.Return();
        var rows = new RankedRows(competitorsInOrder, totalsInOrder, scoresInOrder, raceCount, decisions, deductionsInOrder);
        return new TableStandings(table, EquatableArray.Own(raceIds, raceCount), rows);
    }

    /// <summary>
    /// Gets the array of a competitor's scores, made up to the first <see cref="raceCount"/> races. Each competitor has one array for
    /// all the table's races, filled round by round, and each round's row sees the start of it: a score never changes once made, so
    /// the progression's rows share their scores instead of copying them for every round. Only a drop can change an earlier score (its flag), and then the
    /// competitor starts a new array.
    /// </summary>
    private RaceScore[] RaceScoresOf(int local)
    {
        var scores = raceScores[local];
        var filled = raceScoresFilled[local];
        if (scores is null)
        {
            scores = raceScores[local] = new RaceScore[races.Length];
            filled = 0;
        }
        else if (newlyDropped is not null && newlyDropped[local])
        {
            // Earlier rows keep the old array; the new one copies it and remakes only the scores whose drop flag changed.
            newlyDropped[local] = false;
            var copy = raceScores[local] = new RaceScore[races.Length];
            Array.Copy(scores, copy, filled);
            scores = copy;
            for (var r = 0; r < filled; r++)
            {
                if (scores[r].Dropped != CellAt(local, r).Dropped)
                {
                    scores[r] = CellAt(local, r).ToRaceScore(raceIds![r]);
                }
            }
        }

        for (var r = filled; r < raceCount; r++)
        {
            scores[r] = CellAt(local, r).ToRaceScore(raceIds![r]);
        }

        raceScoresFilled[local] = Math.Max(filled, raceCount);
        return scores;
    }

    /// <summary>Gets a competitor, made once and made again only when a round adds to its cars (which only ever grow).</summary>
    private Competitor CompetitorFor(int local)
    {
        var c = competitorOfLocal[local];
        var known = competitors[local];
        if (known is not null && (table.Competitors == CompetitorKind.Car || known.Cars.Count == CarCount(c)))
        {
            return known;
        }

        return competitors[local] = CompetitorOf(c);
    }

    /// <summary>
    /// Marks a competitor's dropped results among the first <see cref="raceCount"/> races. The progression marks round after round on
    /// the same cells without clearing: results are ranked in a fixed order (undroppable, points, earlier race), so a result outside
    /// the best of some races stays outside the best once more races are added, and a mark once made stays right.
    /// </summary>
    private void ApplyDrops(int local, DropRule drops)
    {
        Span<int> candidates = stackalloc int[raceCount];
        foreach (var segment in drops.Segments)
        {
            var count = 0;
            for (var r = 0; r < raceCount; r++)
            {
                if (segment.Contains(races[r].Race.Round) && CellAt(local, r).Present)
                {
                    candidates[count++] = r;
                }
            }

            int keep;
            if (segment.BestResults is { } best)
            {
                keep = best;
            }
            else if (segment.WorstDropped is { } worst)
            {
                var calendarRaces = 0;
                foreach (var race in sheet.Rules.Season.Races)
                {
                    if (segment.Contains(race.Round) && table.Counts(race.Id))
                    {
                        calendarRaces++;
                    }
                }

                keep = Math.Max(0, calendarRaces - worst);
            }
            else
            {
                continue;
            }

            if (count <= keep)
            {
                continue;
            }

            // Keep undroppable results first, then the highest scores; among equal scores the earlier result is kept.
            var slice = candidates[..count];
            var scratch = slice.ToArray();
            Array.Sort(scratch, (a, b) =>
            {
                ref var ca = ref CellAt(local, a);
                ref var cb = ref CellAt(local, b);
                var ua = drops.DisqualificationCannotBeDropped && ca.Status == ResultStatus.Disqualified;
                var ub = drops.DisqualificationCannotBeDropped && cb.Status == ResultStatus.Disqualified;
                if (ua != ub)
                {
                    return ua ? -1 : 1;
                }

                var byPoints = cb.Total.CompareTo(ca.Total);
                return byPoints != 0 ? byPoints : a.CompareTo(b);
            });
            for (var i = keep; i < scratch.Length; i++)
            {
                ref var cell = ref CellAt(local, scratch[i]);
                if (!cell.Dropped)
                {
                    cell.Dropped = true;
                    droppedSoFar![local] += cell.Total;
                    newlyDropped![local] = true;
                }
            }
        }
    }

    private List<AppliedDeduction>[]? Deductions()
    {
        List<AppliedDeduction>[]? result = null;
        for (var r = 0; r < raceCount; r++)
        {
            foreach (var adjustment in races[r].Result.Adjustments)
            {
                if (adjustment is PointsDeduction deduction)
                {
                    Apply(deduction, races[r]);
                }
            }
        }

        foreach (var adjustment in sheet.Results.Adjustments)
        {
            if (adjustment is PointsDeduction deduction)
            {
                Apply(deduction, null);
            }
        }

        return result;

        void Apply(PointsDeduction deduction, RaceSheet? race)
        {
            if ((deduction.Table is { } only && only != table.Id) || !sheet.EntryIndex.TryGetValue(deduction.Car, out var entry) || !eligible[entry])
            {
                return;
            }

            var applied = new AppliedDeduction(race?.Race.Id, deduction.Points, deduction.Reason);
            switch (table.Competitors)
            {
                case CompetitorKind.Car when deduction.Driver is null && !excludedEntry[entry]:
                    Add(entry, applied);
                    break;
                case CompetitorKind.Entrant when deduction.Driver is null && !excludedEntry[entry]:
                    Add(sheet.EntrantOfEntry[entry], applied);
                    break;
                case CompetitorKind.Driver when deduction.Driver is { } named:
                    if (sheet.DriverIndex.TryGetValue(named, out var d))
                    {
                        Add(d, applied);
                    }

                    break;
                case CompetitorKind.Driver:
                    var row = race?.RowOf(entry) ?? -1;
                    if (row >= 0)
                    {
                        for (var k = race!.CrewStart[row]; k < race.CrewStart[row + 1]; k++)
                        {
                            Add(race.CrewDrivers[k], applied);
                        }
                    }
                    else
                    {
                        foreach (var driver in sheet.Entries[entry].Crew)
                        {
                            if (sheet.DriverIndex.TryGetValue(driver, out var nominated))
                            {
                                Add(nominated, applied);
                            }
                        }
                    }

                    break;
            }
        }

        void Add(int competitor, AppliedDeduction applied)
        {
            if (table.Competitors == CompetitorKind.Driver && excludedDriver[competitor])
            {
                return;
            }

            result ??= new List<AppliedDeduction>[competitorCount];
            (result[competitor] ??= []).Add(applied);
        }
    }

    private Competitor CompetitorOf(int c)
    {
        switch (table.Competitors)
        {
            case CompetitorKind.Car:
                var entry = sheet.Entries[c];
                return new Competitor { Kind = CompetitorKind.Car, Id = entry.Car.Value, Name = entry.DisplayName, Cars = [entry.Car] };
            case CompetitorKind.Entrant:
                return new Competitor { Kind = CompetitorKind.Entrant, Id = sheet.Entrants[c], Name = sheet.Entrants[c], Cars = CarsOf(c) };
            default:
                var driver = sheet.Drivers[c];
                return new Competitor { Kind = CompetitorKind.Driver, Id = driver.Id.Value, Name = driver.Name, Cars = CarsOf(c) };
        }
    }

    /// <summary>Counts the cars of a competitor (an entrant or a driver) in the first <see cref="raceCount"/> races.</summary>
    private int CarCount(int c)
    {
        if (carsDriven is null)
        {
            IndexCarsDriven();
        }

        var count = 0;
        var links = carsDriven!;
        for (var link = firstCarDriven![c]; link >= 0; link = links[(3 * link) + 2])
        {
            count += links[(3 * link) + 1] < raceCount ? 1 : 0;
        }

        return count;
    }

    private EquatableArray<CarNumber> CarsOf(int c)
    {
        if (carsDriven is null)
        {
            IndexCarsDriven();
        }

        var first = firstCarDriven!;
        var links = carsDriven!;
        var count = CarCount(c);
        if (count == 0)
        {
            return default;
        }

        var cars = new CarNumber[count];
        count = 0;
        for (var link = first[c]; link >= 0; link = links[(3 * link) + 2])
        {
            if (links[(3 * link) + 1] < raceCount)
            {
                cars[count++] = sheet.Entries[links[3 * link]].Car;
            }
        }

        Array.Sort(cars);
        return EquatableArray.Own(cars);
    }

    /// <summary>
    /// Links every driver (or team) to the eligible cars they are listed in (or entered), in one pass over the table's races: looking
    /// them up per competitor by scanning every race (or every entry) made the drivers' and teams' tables quadratic in the size of
    /// the season, and the progression asks again every round.
    /// </summary>
    private void IndexCarsDriven()
    {
        var byEntrant = table.Competitors == CompetitorKind.Entrant;
        var competitors = byEntrant ? sheet.Entrants.Length : sheet.Drivers.Length;
        firstCarDriven = ArrayPool<int>.Shared.Rent(Math.Max(1, competitors));
        Array.Fill(firstCarDriven, -1, 0, competitors);
        var capacity = 0;
        foreach (var race in races)
        {
            capacity += byEntrant ? race.RowEntry.Length : race.CrewDrivers.Length;
        }

        // Links of (entry, first race, next link), one per distinct (competitor, car): the races are in order, so the first race a
        // driver is listed in a car (or a team's car took part in) is the one that puts the car in the standings of that round and
        // later ones.
        var first = firstCarDriven;
        var links = carsDriven = ArrayPool<int>.Shared.Rent(Math.Max(3, 3 * capacity));
        var count = 0;
        for (var r = 0; r < races.Length; r++)
        {
            var race = races[r];
            for (var row = 0; row < race.RowEntry.Length; row++)
            {
                var entry = race.RowEntry[row];
                if (entry < 0 || !eligible[entry])
                {
                    continue;
                }

                if (byEntrant)
                {
                    Link(sheet.EntrantOfEntry[entry], entry, r);
                    continue;
                }

                for (var k = race.CrewStart[row]; k < race.CrewStart[row + 1]; k++)
                {
                    Link(race.CrewDrivers[k], entry, r);
                }
            }
        }

        void Link(int competitor, int entry, int r)
        {
            for (var link = first[competitor]; link >= 0; link = links[(3 * link) + 2])
            {
                if (links[3 * link] == entry)
                {
                    return;
                }
            }

            links[3 * count] = entry;
            links[(3 * count) + 1] = r;
            links[(3 * count) + 2] = first[competitor];
            first[competitor] = count++;
        }
    }

    /// <summary>
    /// Gets a competitor's positions in the first <see cref="raceCount"/> races for the race-by-race tie-breaks, side by side (the cells
    /// are far apart), with 0 (no result, the same for everyone) in races that do not count for tie-breaks.
    /// </summary>
    private ReadOnlySpan<int> TieBreakPositions(int local)
    {
        if (tieBreakPositions is null)
        {
            var size = Math.Max(1, localCount * races.Length);
            tieBreakPositions = ArrayPool<int>.Shared.Rent(size);
            for (var i = 0; i < localCount * races.Length; i++)
            {
                tieBreakPositions[i] = countsForTieBreaks[i % races.Length] ? cells[i].Position : 0;
            }
        }

        return tieBreakPositions.AsSpan(local * races.Length, raceCount);
    }

    /// <summary>
    /// Gets the highest position any competitor of the table has in any of its races: the width of the countback tables, the same for
    /// every round (places beyond a round's highest are zero for everyone, so they never decide).
    /// </summary>
    private int MaxPosition()
    {
        if (maxPosition >= 0)
        {
            return maxPosition;
        }

        var max = 0;
        for (var i = 0; i < localCount * races.Length; i++)
        {
            max = Math.Max(max, cells[i].Position);
        }

        if (entrantPlaces is not null)
        {
            foreach (var place in entrantPlaces)
            {
                max = Math.Max(max, place.Position);
            }
        }

        return maxPosition = Math.Max(1, max);
    }

    /// <summary>
    /// Gets a countback table that drops do not change, brought up to the first <see cref="raceCount"/> races by counting only the races
    /// added since the last round.
    /// </summary>
    private int[] PlacesSoFar(ref int[]? places, ref int racesCounted, bool scoringOnly)
    {
        if (places is null || racesCounted < raceCount)
        {
            places = CountPlaces(places, racesCounted, countDropped: true, scoringOnly);
            racesCounted = raceCount;
        }

        return places;
    }

    /// <summary>
    /// Counts each competitor's places (wins, seconds...) in the races from <paramref name="from"/> to <see cref="raceCount"/> that count
    /// for tie-breaks, into <paramref name="places"/>, or into a new zeroed table (rented from the pool) when it is null.
    /// </summary>
    private int[] CountPlaces(int[]? places, int from, bool countDropped, bool scoringOnly)
    {
        var width = MaxPosition();
        if (places is null)
        {
            var size = Math.Max(1, localCount * width);
            places = ArrayPool<int>.Shared.Rent(size);
            Array.Clear(places, 0, size);
        }

        if (entrantPlaces is not null)
        {
            // Every car that scored for an entrant counts its own place.
            foreach (var (c, r, position) in entrantPlaces)
            {
                if (r >= from && r < raceCount)
                {
                    Count(places, c, r, position);
                }
            }

            return places;
        }

        for (var c = 0; c < localCount; c++)
        {
            for (var r = from; r < raceCount; r++)
            {
                Count(places, c, r, CellAt(c, r).Position);
            }
        }

        return places;

        void Count(int[] places, int c, int r, int position)
        {
            if (position > 0 && countsForTieBreaks[r] && (!scoringOnly || position <= paidPlaces[r]) && (countDropped || !CellAt(c, r).Dropped))
            {
                places[(c * width) + position - 1]++;
            }
        }
    }

    /// <summary>The ranking of competitors by local number: total, then the tie-break chain on counts computed once per competitor.</summary>
    private sealed class Ranking
    {
        private readonly TableScorer owner;
        private readonly Points[] totals;
        private readonly int maxPosition;
        private readonly int[]? allPlaces;
        private readonly int[]? countedPlaces;
        private readonly int[]? scoringPlaces;

        public Ranking(TableScorer owner, Points[] totals)
        {
            this.owner = owner;
            this.totals = totals;
            maxPosition = owner.MaxPosition();
            foreach (var criterion in owner.scoring.TieBreaks)
            {
                if (criterion == TieBreak.Countback)
                {
                    allPlaces ??= owner.PlacesSoFar(ref owner.allPlacesSoFar, ref owner.racesInAllPlaces, scoringOnly: false);
                }
                else if (criterion == TieBreak.CountbackOfCountedResults)
                {
                    // Drops change these counts (a dropped result stops counting), so they are counted afresh every round.
                    countedPlaces ??= owner.CountPlaces(null, 0, countDropped: false, scoringOnly: false);
                }
                else if (criterion == TieBreak.CountbackOfScoringPlaces)
                {
                    scoringPlaces ??= owner.PlacesSoFar(ref owner.scoringPlacesSoFar, ref owner.racesInScoringPlaces, scoringOnly: true);
                }
            }

        }

        /// <summary>Returns the pooled countback tables.</summary>
        public void Return()
        {
            if (countedPlaces is not null)
            {
                ArrayPool<int>.Shared.Return(countedPlaces);
            }
        }

        public int CompareForDisplay(int a, int b)
        {
            var byRank = Compare(a, b);
            if (byRank != 0)
            {
                return byRank;
            }

            var byName = string.CompareOrdinal(NameOf(a), NameOf(b));
            return byName != 0 ? byName : string.CompareOrdinal(IdOf(a), IdOf(b));
        }

        public int Compare(int a, int b)
        {
            var byTotal = totals[b].CompareTo(totals[a]);
            if (byTotal != 0)
            {
                return byTotal;
            }

            foreach (var criterion in owner.scoring.TieBreaks)
            {
                var result = CompareBy(criterion, a, b, out _);
                if (result != 0)
                {
                    return result;
                }
            }

            return 0;
        }

        public TieBreakDecision Explain(int above, int below)
        {
            var criteria = owner.scoring.TieBreaks;
            var deciding = -1;
            var at = 0;
            for (var i = 0; i < criteria.Count && deciding < 0; i++)
            {
                if (CompareBy(criteria[i], above, below, out at) != 0)
                {
                    deciding = i;
                }
            }

            // A shared rank's decision says only the points and the table's criteria, so one decision serves every shared rank on the
            // same points: teammates of one car share theirs every round, and the progression made the same text again and again.
            if (deciding < 0)
            {
                owner.sharedRankDecisions ??= [];
                if (!owner.sharedRankDecisions.TryGetValue(totals[above], out var shared))
                {
                    owner.sharedRankDecisions[totals[above]] = shared = SharedRank(totals[above], criteria);
                }

                return shared;
            }

            return Describe(criteria, deciding, above, below, at);
        }

        private static TieBreakDecision SharedRank(Points total, EquatableArray<TieBreak> criteria) => new(total, criteria, -1, raceName: null);

        /// <summary>Compares two competitors on one criterion; <paramref name="at"/> is the deciding place (countback) or race index.</summary>
        private int CompareBy(TieBreak criterion, int a, int b, out int at)
        {
            if (PlacesFor(criterion) is { } places)
            {
                // Competitors level on points are often level on most places too (a car's drivers on all of them): the common prefix
                // of their counts is found a vector at a time.
                var pa = places.AsSpan(a * maxPosition, maxPosition);
                var pb = places.AsSpan(b * maxPosition, maxPosition);
                var p = pa.CommonPrefixLength(pb);
                if (p < maxPosition)
                {
                    at = p + 1;
                    return pb[p].CompareTo(pa[p]);
                }

                at = 0;
                return 0;
            }

            var positionsA = owner.TieBreakPositions(a);
            var positionsB = owner.TieBreakPositions(b);
            if (criterion == TieBreak.LatestResult)
            {
                at = positionsA.Length - 1;
                while (at >= 0 && positionsA[at] == positionsB[at])
                {
                    at--;
                }
            }
            else
            {
                at = positionsA.CommonPrefixLength(positionsB);
            }

            if (at < 0 || at == positionsA.Length)
            {
                at = 0;
                return 0;
            }

            return PlaceOrder(positionsA[at]).CompareTo(PlaceOrder(positionsB[at]));
        }

        /// <summary>Makes the decision of the deciding criterion: the place and both counts (countback), or the race and both positions.</summary>
        private TieBreakDecision Describe(EquatableArray<TieBreak> criteria, int deciding, int above, int below, int at)
        {
            var level = totals[above];
            if (PlacesFor(criteria[deciding]) is { } places)
            {
                return new TieBreakDecision(level, criteria, deciding, raceName: null)
                {
                    Place = at,
                    AboveCount = places[(above * maxPosition) + at - 1],
                    BelowCount = places[(below * maxPosition) + at - 1],
                };
            }

            var race = owner.races[at].Race;
            var pa = owner.CellAt(above, at).Position;
            var pb = owner.CellAt(below, at).Position;
            return new TieBreakDecision(level, criteria, deciding, race.Name)
            {
                Race = race.Id,
                AbovePosition = pa == 0 ? null : pa,
                BelowPosition = pb == 0 ? null : pb,
            };
        }

        private int[]? PlacesFor(TieBreak criterion) => criterion switch
        {
            TieBreak.Countback => allPlaces,
            TieBreak.CountbackOfCountedResults => countedPlaces,
            TieBreak.CountbackOfScoringPlaces => scoringPlaces,
            _ => null,
        };

        private string IdOf(int local) => IdOfCompetitor(owner.competitorOfLocal[local]);

        private string IdOfCompetitor(int c) => owner.table.Competitors switch
        {
            CompetitorKind.Car => owner.sheet.Entries[c].Car.Value,
            CompetitorKind.Entrant => owner.sheet.Entrants[c],
            _ => owner.sheet.Drivers[c].Id.Value,
        };

        private string NameOf(int local) => NameOfCompetitor(owner.competitorOfLocal[local]);

        private string NameOfCompetitor(int c) => owner.table.Competitors switch
        {
            CompetitorKind.Car => owner.sheet.Entries[c].Car.Value,
            CompetitorKind.Entrant => owner.sheet.Entrants[c],
            _ => owner.sheet.Drivers[c].Name,
        };
    }

    /// <summary>A driver's share of one car's points in a race, before the driver's best shares are kept.</summary>
    private readonly record struct DriverShare(int Driver, int Entry, Points Shared, Points Value);

    /// <summary>What one car earned in one race for this table, before it is given to drivers or entrants.</summary>
    private struct CarCredit
    {
        public bool Present;
        public int Position;
        public ResultStatus? Status;
        public Points PositionPoints;
        public Points BeyondScalePoints;
        public Points PolePoints;
        public Points FastestLapPoints;
        public Points MultiplierPoints;
        public Points ShortenedRacePoints;

        public readonly Points Total => PositionPoints + BeyondScalePoints + PolePoints + FastestLapPoints + MultiplierPoints + ShortenedRacePoints;
    }

    /// <summary>One competitor's score in one race while it is being built.</summary>
    private struct Cell
    {
        public bool Present;
        public bool Dropped;
        public bool BelowMinimumDriveTime;
        public int Position;
        public ResultStatus? Status;
        public Points PositionPoints;
        public Points BeyondScalePoints;
        public Points PolePoints;
        public Points FastestLapPoints;
        public Points MultiplierPoints;
        public Points ShortenedRacePoints;
        public Points SharedDrivePoints;

        public readonly Points Total => PositionPoints + BeyondScalePoints + PolePoints + FastestLapPoints + MultiplierPoints + ShortenedRacePoints + SharedDrivePoints;

        public void Add(in CarCredit credit)
        {
            Present = true;
            PositionPoints += credit.PositionPoints;
            BeyondScalePoints += credit.BeyondScalePoints;
            PolePoints += credit.PolePoints;
            FastestLapPoints += credit.FastestLapPoints;
            MultiplierPoints += credit.MultiplierPoints;
            ShortenedRacePoints += credit.ShortenedRacePoints;
            MergeStatus(credit.Status, credit.Position);
        }

        public void MergeStatus(ResultStatus? status, int position)
        {
            if (status is { } s && (Status is null || s < Status))
            {
                Status = s;
            }

            if (position > 0 && (Position == 0 || position < Position))
            {
                Position = position;
            }
        }

        public readonly RaceScore ToRaceScore(RaceId race)
        {
            // In PointsSource order.
            ReadOnlySpan<Points> parts = [PositionPoints, BeyondScalePoints, PolePoints, FastestLapPoints, MultiplierPoints, ShortenedRacePoints, SharedDrivePoints];
            return new RaceScore(race, Status, Position == 0 ? null : Position, parts, Dropped, BelowMinimumDriveTime);
        }
    }
}
