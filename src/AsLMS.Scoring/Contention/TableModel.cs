using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// One table's season so far, read from the standings calculator's output, and everything its remaining races can award, in exact
/// integer units (every amount of points times one common denominator). Searches and simulations score completions of the season
/// against it; <see cref="CompletionScorer"/> reproduces the calculator's totals, drops and tie-break chain for a completion.
/// </summary>
/// <remarks>Immutable after construction; each thread scores with its own <see cref="CompletionScorer"/>.</remarks>
internal sealed class TableModel
{
    private TableModel(RuleSet rules, SeasonResults results, ChampionshipTable table, int afterRound, TableStandings standings)
    {
        Rules = rules;
        Results = results;
        Table = table;
        AfterRound = afterRound;
        Standings = standings;
        ScoringRules = rules.ScoringFor(table);
    }

    public RuleSet Rules { get; }

    public SeasonResults Results { get; }

    public ChampionshipTable Table { get; }

    public int AfterRound { get; }

    public TableStandings Standings { get; }

    public ScoringRules ScoringRules { get; }

    /// <summary>Gets the number of races already run for the table (the standings' races).</summary>
    public int PastCount { get; private set; }

    /// <summary>Gets the number of remaining races of the table.</summary>
    public int FutureCount { get; private set; }

    public int RaceCount => PastCount + FutureCount;

    public Race[] FutureRaces { get; private set; } = [];

    /// <summary>Gets the round of each race, past then remaining.</summary>
    public int[] RaceRounds { get; private set; } = [];

    /// <summary>Gets the number of cars that can take part in the table's remaining races.</summary>
    public int CarCount { get; private set; }

    public Entry[] Cars { get; private set; } = [];

    /// <summary>Gets, for each car, the competitors its results score for (none for a car excluded from the championship).</summary>
    public int[][] CarCompetitors { get; private set; } = [];

    public int CompetitorCount { get; private set; }

    public Competitor[] Competitors { get; private set; } = [];

    /// <summary>Gets each competitor's current rank, or 0 when it has no row yet.</summary>
    public int[] CurrentRank { get; private set; } = [];

    /// <summary>Gets each competitor's current total, in units.</summary>
    public long[] CurrentTotal { get; private set; } = [];

    /// <summary>Gets the car each competitor scores with in the remaining races, or -1.</summary>
    public int[] FutureCar { get; private set; } = [];

    /// <summary>Gets the factor of the car's points each competitor scores (a shared drive's split), as numerator and denominator.</summary>
    public (long Numerator, long Denominator)[] Factor { get; private set; } = [];

    /// <summary>Gets the number of units in one point.</summary>
    public long Unit { get; private set; } = 1;

    // Competitor-major, one per race (past races only are filled here; scorers add the remaining ones).
    public long[] PastScore { get; private set; } = [];

    public int[] PastPosition { get; private set; } = [];

    public bool[] PastPresent { get; private set; } = [];

    public bool[] PastUndroppable { get; private set; } = [];

    public long[] Deduction { get; private set; } = [];

    public bool[] EverPresent { get; private set; } = [];

    /// <summary>Gets the points of the scale for each remaining race and position (index 0 is not classified), race-major.</summary>
    public long[] RawPosition { get; private set; } = [];

    public long[] RawPole { get; private set; } = [];

    public long[] RawFastestLap { get; private set; } = [];

    public int[] FastestLapTop { get; private set; } = [];

    public PoleCondition[] PoleConditions { get; private set; } = [];

    // The same for each competitor, after its share of a shared drive: ((competitor * FutureCount) + race) * (CarCount + 1) + position.
    public long[] CompetitorPosition { get; private set; } = [];

    public long[] CompetitorPole { get; private set; } = [];

    public long[] CompetitorFastestLap { get; private set; } = [];

    /// <summary>Gets the class of each pole slot: one per class of the table that has cars.</summary>
    public ClassId[] SlotClass { get; private set; } = [];

    /// <summary>Gets whether a car may take a pole slot: slot * CarCount + car.</summary>
    public bool[] SlotEligible { get; private set; } = [];

    public int SlotCount => SlotClass.Length;

    public Segment[] Segments { get; private set; } = [];

    public TieBreak[] Chain { get; private set; } = [];

    public bool HasDrops => Segments.Length > 0;

    public int MaxPosition { get; private set; }

    public int PositionStride => CarCount + 1;

    /// <summary>Builds the model of a table, or explains why the table cannot be analysed.</summary>
    public static TableModel? Build(RuleSet rules, SeasonResults results, int afterRound, ChampionshipTable table, TableStandings standings, out string? unsupported)
    {
        unsupported = null;
        if (table.Competitors == CompetitorKind.Entrant)
        {
            unsupported = "Entrants' tables are not analysed: an entrant's cars share one total, which the search does not model.";
            return null;
        }

        var model = new TableModel(rules, results, table, afterRound, standings);
        try
        {
            unsupported = model.Load();
        }
        catch (OverflowException)
        {
            unsupported = "The table's points need a common denominator too large for exact integer arithmetic.";
        }

        return unsupported is null ? model : null;
    }

    public int CarIndex(CarNumber car) => Array.FindIndex(Cars, e => e.Car == car);

    public long ToUnits(Points points) => checked(points.Numerator * (Unit / points.Denominator));

    public Points ToPoints(long units) => Points.FromFraction(units, Unit);

    public long RawAt(int race, int position) => RawPosition[(race * PositionStride) + position];

    /// <summary>Gets a competitor's total from its past races and the given scores in the remaining races, after drops and deductions.</summary>
    /// <param name="competitor">The competitor.</param>
    /// <param name="future">The competitor's score in each remaining race (zero when absent).</param>
    /// <param name="futurePresent">Whether the competitor takes part in the remaining races.</param>
    /// <param name="dropped">Receives each race's dropped flag, or empty.</param>
    public long Total(int competitor, ReadOnlySpan<long> future, bool futurePresent, Span<bool> dropped)
    {
        var races = RaceCount;
        Span<long> scores = races <= 64 ? stackalloc long[races] : new long[races];
        Span<bool> present = races <= 64 ? stackalloc bool[races] : new bool[races];
        Span<bool> undroppable = races <= 64 ? stackalloc bool[races] : new bool[races];
        var offset = competitor * PastCount;
        for (var r = 0; r < PastCount; r++)
        {
            scores[r] = PastScore[offset + r];
            present[r] = PastPresent[offset + r];
            undroppable[r] = PastUndroppable[offset + r];
        }

        for (var f = 0; f < FutureCount; f++)
        {
            scores[PastCount + f] = f < future.Length ? future[f] : 0;
            present[PastCount + f] = futurePresent && f < future.Length;
            undroppable[PastCount + f] = false;
        }

        return Total(scores, present, undroppable, dropped) - Deduction[competitor];
    }

    /// <summary>Sums race scores, leaving out those the drop rule drops exactly as the standings calculator does.</summary>
    public long Total(ReadOnlySpan<long> scores, ReadOnlySpan<bool> present, ReadOnlySpan<bool> undroppable, Span<bool> dropped)
    {
        var races = scores.Length;
        if (Segments.Length == 0)
        {
            dropped[..Math.Min(dropped.Length, races)].Clear();
            long sum = 0;
            foreach (var score in scores)
            {
                sum = checked(sum + score);
            }

            return sum;
        }

        Span<bool> isDropped = dropped.Length >= races ? dropped[..races] : (races <= 64 ? stackalloc bool[races] : new bool[races]);
        isDropped.Clear();
        Span<int> candidates = races <= 64 ? stackalloc int[races] : new int[races];
        foreach (var segment in Segments)
        {
            var count = 0;
            foreach (var r in segment.Races)
            {
                if (r < races && present[r])
                {
                    candidates[count++] = r;
                }
            }

            if (count <= segment.Keep)
            {
                continue;
            }

            // Keep undroppable results first, then the highest scores; among equal scores the earlier result is kept.
            var slice = candidates[..count];
            for (var i = 1; i < slice.Length; i++)
            {
                var item = slice[i];
                var j = i - 1;
                while (j >= 0 && Before(item, slice[j], scores, undroppable))
                {
                    slice[j + 1] = slice[j];
                    j--;
                }

                slice[j + 1] = item;
            }

            for (var i = segment.Keep; i < count; i++)
            {
                isDropped[slice[i]] = true;
            }
        }

        long total = 0;
        for (var r = 0; r < races; r++)
        {
            if (!isDropped[r])
            {
                total = checked(total + scores[r]);
            }
        }

        return total;

        static bool Before(int a, int b, ReadOnlySpan<long> scores, ReadOnlySpan<bool> undroppable)
        {
            if (undroppable[a] != undroppable[b])
            {
                return undroppable[a];
            }

            return scores[a] != scores[b] ? scores[a] > scores[b] : a < b;
        }
    }

    /// <summary>Builds a scenario from a completion: each race's classified cars in order, the others, poles and fastest lap.</summary>
    public ContentionScenario ToScenario(Completion completion)
    {
        var races = new ScenarioRace[FutureCount];
        for (var f = 0; f < FutureCount; f++)
        {
            var classified = new List<(int Position, CarNumber Car)>();
            var others = new List<CarNumber>();
            for (var k = 0; k < CarCount; k++)
            {
                var position = completion.PositionOf(f, k);
                if (position > 0)
                {
                    classified.Add((position, Cars[k].Car));
                }
                else
                {
                    others.Add(Cars[k].Car);
                }
            }

            classified.Sort((a, b) => a.Position.CompareTo(b.Position));
            var poles = new List<ClassPole>();
            if (RawPole[f] > 0)
            {
                for (var s = 0; s < SlotCount; s++)
                {
                    var holder = completion.SlotHolder[(f * SlotCount) + s];
                    if (holder >= 0)
                    {
                        poles.Add(new ClassPole(SlotClass[s], Cars[holder].Car));
                    }
                }
            }

            var fastestLaps = new List<FastestLap>();
            if (completion.FastestLap[f] is var lap and >= 0)
            {
                var entry = Cars[lap];
                var lapClass = Table.Accepts(entry.Class, null) ? entry.Class : entry.SubClass ?? entry.Class;
                fastestLaps.Add(new FastestLap(lapClass, entry.Car, null));
            }

            races[f] = new ScenarioRace
            {
                Race = FutureRaces[f].Id,
                Classified = classified.Select(c => c.Car).ToEquatableArray(),
                NotClassified = others.ToEquatableArray(),
                Poles = poles.ToEquatableArray(),
                FastestLaps = fastestLaps.ToEquatableArray(),
            };
        }

        return new ContentionScenario { Table = Table.Id, AfterRound = AfterRound, Races = EquatableArray.Own(races) };
    }

    private static long Lcm(long a, long b) => checked(a / Fraction.Gcd(a, b) * b);

    private string? Load()
    {
        var season = Rules.Season;
        var results = Results;
        var table = Table;

        // Races: those run (the standings' breakdown) then the remaining ones of the calendar.
        PastCount = Standings.Races.Count;
        FutureRaces = season.Races.Where(r => r.Round > AfterRound && table.Counts(r.Id)).ToArray();
        FutureCount = FutureRaces.Length;
        RaceRounds = Standings.Races.Select(id => season.FindRace(id)?.Round ?? 0).Concat(FutureRaces.Select(r => r.Round)).ToArray();

        var raceScorings = FutureRaces.Select(ScoringRules.For).ToArray();
        foreach (var scoring in raceScorings)
        {
            if (!IsNonIncreasing(scoring))
            {
                return "The points scale must not increase with position (and points beyond the scale must not exceed its last step) for the analysis to be exact.";
            }
        }

        // Cars: the entries that score in (or occupy positions of) the table.
        Cars = results.Entries.Where(e => table.Accepts(e.Class, e.SubClass) && (!table.FullSeasonEntriesOnly || e.FullSeason)).ToArray();
        CarCount = Cars.Length;
        var excludedCars = new HashSet<CarNumber>();
        var excludedDrivers = new HashSet<DriverId>();
        foreach (var adjustment in results.Adjustments)
        {
            if (adjustment is ChampionshipExclusion exclusion && (exclusion.Table is null || exclusion.Table == table.Id))
            {
                if (exclusion.Car is { } car)
                {
                    excludedCars.Add(car);
                }

                if (exclusion.Driver is { } driver)
                {
                    excludedDrivers.Add(driver);
                }
            }
        }

        // Competitors: the standings' rows, then those that can still score without a result so far.
        var competitors = new List<Competitor>();
        var rows = new List<StandingsRow?>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in Standings.Rows)
        {
            competitors.Add(row.Competitor);
            rows.Add(row);
            ids.Add(row.Competitor.Id);
        }

        if (table.Competitors == CompetitorKind.Car)
        {
            foreach (var entry in Cars)
            {
                if (!excludedCars.Contains(entry.Car) && ids.Add(entry.Car.Value))
                {
                    competitors.Add(new Competitor { Kind = CompetitorKind.Car, Id = entry.Car.Value, Name = entry.DisplayName, Cars = [entry.Car] });
                    rows.Add(null);
                }
            }
        }
        else
        {
            foreach (var entry in Cars)
            {
                foreach (var id in entry.Crew)
                {
                    if (!excludedDrivers.Contains(id) && results.FindDriver(id) is { } driver && ids.Add(id.Value))
                    {
                        competitors.Add(new Competitor { Kind = CompetitorKind.Driver, Id = id.Value, Name = driver.Name });
                        rows.Add(null);
                    }
                }
            }
        }

        CompetitorCount = competitors.Count;
        Competitors = [.. competitors];
        CurrentRank = rows.Select(r => r?.Rank ?? 0).ToArray();

        // The car each competitor scores with from now on, and its share of the car's points.
        FutureCar = new int[CompetitorCount];
        Factor = new (long, long)[CompetitorCount];
        var carCompetitors = Enumerable.Range(0, CarCount).Select(_ => new List<int>()).ToArray();
        for (var c = 0; c < CompetitorCount; c++)
        {
            var id = Competitors[c].Id;
            var car = table.Competitors == CompetitorKind.Car
                ? Array.FindIndex(Cars, e => e.Car.Value == id && !excludedCars.Contains(e.Car))
                : Array.FindIndex(Cars, e => e.Crew.Any(d => d.Value == id));
            FutureCar[c] = car;
            Factor[c] = (1, 1);
            if (car >= 0)
            {
                carCompetitors[car].Add(c);
                var crew = Cars[car].Crew.Count;
                if (table.Competitors == CompetitorKind.Driver && crew > 1)
                {
                    Factor[c] = ScoringRules.SharedDrives switch
                    {
                        SharedDrivePolicy.SplitEqually => (1, crew),
                        SharedDrivePolicy.NoPointsWhenShared => (0, 1),
                        _ => (1, 1),
                    };
                }
            }
        }

        CarCompetitors = carCompetitors.Select(l => l.ToArray()).ToArray();

        // One unit: the least common denominator of every amount of points in play.
        var unit = 1L;
        void Use(Points points) => unit = Lcm(unit, points.Denominator);
        Points Share(Points points, int competitor) => points * Ratio.FromFraction(Factor[competitor].Numerator, Factor[competitor].Denominator);
        foreach (var row in rows)
        {
            if (row is not null)
            {
                Use(row.Total);
                foreach (var race in row.Races)
                {
                    Use(race.Points);
                }

                foreach (var deduction in row.Deductions)
                {
                    Use(deduction.Points);
                }
            }
        }

        var awards = new List<Points>();
        for (var f = 0; f < FutureCount; f++)
        {
            var scoring = raceScorings[f];
            for (var p = 1; p <= CarCount; p++)
            {
                awards.Add(scoring.PointsFor(p) * FutureRaces[f].Multiplier);
            }

            awards.Add(scoring.Pole);
            awards.Add(scoring.FastestLap?.Points ?? Points.Zero);
        }

        foreach (var award in awards)
        {
            Use(award);
            for (var c = 0; c < CompetitorCount; c++)
            {
                Use(Share(award, c));
            }
        }

        Unit = unit;

        // The season so far, from the calculator's rows.
        PastScore = new long[CompetitorCount * PastCount];
        PastPosition = new int[CompetitorCount * PastCount];
        PastPresent = new bool[CompetitorCount * PastCount];
        PastUndroppable = new bool[CompetitorCount * PastCount];
        Deduction = new long[CompetitorCount];
        CurrentTotal = new long[CompetitorCount];
        EverPresent = new bool[CompetitorCount];
        var undroppableStatus = ScoringRules.Drops?.DisqualificationCannotBeDropped == true;
        for (var c = 0; c < CompetitorCount; c++)
        {
            if (rows[c] is not { } row)
            {
                continue;
            }

            EverPresent[c] = true;
            CurrentTotal[c] = ToUnits(row.Total);
            for (var r = 0; r < PastCount; r++)
            {
                var race = row.Races[r];
                var i = (c * PastCount) + r;
                PastScore[i] = ToUnits(race.Points);
                PastPosition[i] = race.Position ?? 0;
                PastPresent[i] = race.TookPart;
                PastUndroppable[i] = undroppableStatus && race.Status == ResultStatus.Disqualified;
                MaxPosition = Math.Max(MaxPosition, PastPosition[i]);
            }

            foreach (var deduction in row.Deductions)
            {
                Deduction[c] = checked(Deduction[c] + ToUnits(deduction.Points));
            }
        }

        MaxPosition = Math.Max(MaxPosition, CarCount);

        // What each remaining race awards.
        RawPosition = new long[FutureCount * PositionStride];
        RawPole = new long[FutureCount];
        RawFastestLap = new long[FutureCount];
        FastestLapTop = new int[FutureCount];
        PoleConditions = new PoleCondition[FutureCount];
        CompetitorPosition = new long[CompetitorCount * FutureCount * PositionStride];
        CompetitorPole = new long[CompetitorCount * FutureCount];
        CompetitorFastestLap = new long[CompetitorCount * FutureCount];
        for (var f = 0; f < FutureCount; f++)
        {
            var scoring = raceScorings[f];
            var multiplier = FutureRaces[f].Multiplier;
            for (var p = 1; p <= CarCount; p++)
            {
                RawPosition[(f * PositionStride) + p] = ToUnits(scoring.PointsFor(p) * multiplier);
            }

            RawPole[f] = ToUnits(scoring.Pole);
            RawFastestLap[f] = ToUnits(scoring.FastestLap?.Points ?? Points.Zero);
            FastestLapTop[f] = scoring.FastestLap?.MustFinishInTop ?? int.MaxValue;
            PoleConditions[f] = scoring.PoleCondition;
            for (var c = 0; c < CompetitorCount; c++)
            {
                var ratio = Ratio.FromFraction(Factor[c].Numerator, Factor[c].Denominator);
                var at = (c * FutureCount) + f;
                for (var p = 1; p <= CarCount; p++)
                {
                    CompetitorPosition[(at * PositionStride) + p] = ToUnits(scoring.PointsFor(p) * multiplier * ratio);
                }

                CompetitorPole[at] = ToUnits(scoring.Pole * ratio);
                CompetitorFastestLap[at] = ToUnits((scoring.FastestLap?.Points ?? Points.Zero) * ratio);
            }
        }

        // Pole slots: one per class of the table that has a car.
        var slots = new List<ClassId>();
        var eligible = new List<bool>();
        foreach (var slotClass in table.Classes)
        {
            var cars = Cars.Select(e => e.Class == slotClass || e.SubClass == slotClass).ToArray();
            if (cars.Any(x => x))
            {
                slots.Add(slotClass);
                eligible.AddRange(cars);
            }
        }

        SlotClass = [.. slots];
        SlotEligible = [.. eligible];

        // Drop segments over every race of the table, run or remaining.
        var segments = new List<Segment>();
        if (ScoringRules.Drops is { } drops)
        {
            foreach (var segment in drops.Segments)
            {
                int keep;
                if (segment.BestResults is { } best)
                {
                    keep = best;
                }
                else if (segment.WorstDropped is { } worst)
                {
                    keep = Math.Max(0, season.Races.Count(r => segment.Contains(r.Round) && table.Counts(r.Id)) - worst);
                }
                else
                {
                    continue;
                }

                // A segment that keeps at least as many results as it has races never drops one.
                var members = Enumerable.Range(0, RaceCount).Where(r => segment.Contains(RaceRounds[r])).ToArray();
                if (keep < members.Length)
                {
                    segments.Add(new Segment(members, keep));
                }
            }
        }

        Segments = [.. segments];
        Chain = [.. ScoringRules.TieBreaks];

        // The model must reproduce the calculator's totals before it may extend them.
        for (var c = 0; c < CompetitorCount; c++)
        {
            if (EverPresent[c] && Total(c, [], futurePresent: false, []) != CurrentTotal[c])
            {
                return $"The analysis could not reproduce {Competitors[c].Name}'s total of {Standings.Rows[c].Total} points.";
            }
        }

        return null;
    }

    private static bool IsNonIncreasing(RaceScoring scoring)
    {
        var previous = scoring.Scale.Count > 0 ? scoring.Scale[0] : scoring.BeyondScale;
        foreach (var points in scoring.Scale)
        {
            if (points > previous || points < Points.Zero)
            {
                return false;
            }

            previous = points;
        }

        return scoring.BeyondScale <= previous && scoring.BeyondScale >= Points.Zero && scoring.Pole >= Points.Zero
            && (scoring.FastestLap is null || scoring.FastestLap.Points >= Points.Zero);
    }

    /// <summary>A drop segment: the races (indices over past then remaining races) and how many results count.</summary>
    internal sealed record Segment(int[] Races, int Keep);
}
