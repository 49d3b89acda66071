using AsLMS.Scoring;
using AsLMS.Scoring.Rules;

namespace FormulaOneHistory;

/// <summary>
/// The Formula One World Championship rules of every season from 1950 to 2025, written from the sporting regulations of each era
/// (points scales, fastest-lap points, shared drives, best-N results and split seasons, constructors' best-car-only scoring,
/// shortened races, sprints, tie-breaks). Per-season facts that are data rather than rules (exclusions, penalties, engine makes,
/// Formula Two entries...) are in <see cref="SeasonFacts"/>. A proof of the general engine, not part of the AsLMS package.
/// </summary>
/// <remarks>Every member is a pure function of the year and is thread-safe.</remarks>
public static class FormulaOneCatalog
{
    /// <summary>The first season of the World Championship.</summary>
    public const int FirstYear = 1950;

    /// <summary>The last season the catalog covers.</summary>
    public const int LastYear = 2025;

    /// <summary>The drivers' table.</summary>
    public static readonly TableId Drivers = "Drivers";

    /// <summary>The constructors' table (from 1958: the International Cup for F1 Manufacturers, the Constructors' Championship from 1981).</summary>
    public static readonly TableId Constructors = "Constructors";

    /// <summary>The class of every car that scores.</summary>
    public static readonly ClassId FormulaOne = "F1";

    /// <summary>The class of Formula Two cars run in the same race (German Grand Prix 1957, 1958, 1966-1969): classified, never scoring.</summary>
    public static readonly ClassId FormulaTwo = "F2";

    /// <summary>The race category of a sprint (2021-2025).</summary>
    public const string Sprint = "Sprint";

    // Sources, cited by key in provenance notes.
    private const string PointsList = "S1: en.wikipedia.org/wiki/List_of_Formula_One_World_Championship_points_scoring_systems";
    private const string Forix = "S2: forix.autosport.com/8w/6thgear/points.html (8W, World Championship points systems)";
    private const string ClipTheApex = "S3: cliptheapex.com/threads/f1-points-scoring-systems-1950-2008.274";
    private const string Vitkauskas = "S4: f1.vitkauskas.lt/season/<year>/driver-standings and /constructor-standings ('Points System' of each season)";
    private const string EnjoyF1 = "S5: enjoyf1.com/en/season/<year>/cstanding.php (constructors' scoring notes, 1958-1961)";
    private const string HalfPoints = "S6: formula1.com/news/features/2009/4/9156.html (half points below 75 % with at least two laps); forums.autosport.com thread 43085 (rule in the FIA Yellow Book by 1972)";
    private const string HalfPoints2021 = "S13: FIA Formula One Sporting Regulations 2021 art. 6.5, quoted at letstalkmotorsport.com/2021/why-the-belgian-grand-prix-counted-for-points and racefans.net 2021/08/29";
    private const string ReducedPoints2022 = "S7: FIA Formula One Sporting Regulations 2022 art. 6.5 (reduced scales for a suspended race not resumed), as reported by sport.rambler.ru/autosport/48131372; 2023 art. 6.5 applies them to any race not completed";
    private const string DeadHeat = "S8: FIA Sporting Regulations 'dead heat' article (countback of places, then FIA's choice), quoted at senore.com/Formula-1-rules-and-regulations-q2260728";
    private const string Sprints = "S9: FIA Formula One Sporting Regulations 2021 (sprint qualifying 3-2-1), 2022-2025 (sprint 8-7-6-5-4-3-2-1)";
    private const string DoublePoints = "S10: FIA Formula One Sporting Regulations 2014 art. 6.4 (double points at the final event)";
    private const string FastestLap2019 = "S11: FIA Formula One Sporting Regulations 2019-2024 art. 6.4 (one point for the fastest lap if classified in the top ten); removed for 2025";
    private const string F1db = "S12: f1db (github.com/f1db/f1db, CC BY 4.0) season data";

    /// <summary>Gets every season the catalog covers.</summary>
    public static IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    /// <summary>Tells whether the catalog covers a season.</summary>
    /// <param name="year">The year.</param>
    /// <returns>True from 1950 to 2025.</returns>
    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>Tells whether a constructors' championship was run (from 1958).</summary>
    /// <param name="year">The year.</param>
    /// <returns>True from 1958.</returns>
    public static bool HasConstructorsChampionship(int year) => year >= 1958;

    /// <summary>Builds the rule set of a season over a calendar.</summary>
    /// <param name="year">The year.</param>
    /// <param name="calendar">The calendar: one event per Grand Prix, its sprint (category <see cref="Sprint"/>) before the Grand Prix.</param>
    /// <param name="driversOnlyRaces">Races of the drivers' championship that do not count for the constructors (the Indianapolis 500, 1958-1960).</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not covered.</exception>
    public static RuleSet RuleSet(int year, Season calendar, IEnumerable<RaceId> driversOnlyRaces)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(driversOnlyRaces);

        var tables = new List<ChampionshipTable>
        {
            new()
            {
                Id = Drivers,
                Name = "World Drivers' Championship",
                Competitors = CompetitorKind.Driver,
                Classes = [FormulaOne],
                CarsCountedPerRace = DriverCarsCountedPerRace(year),
                Provenance = year is 1956 or 1957
                    ? Provenance.Of(Confidence.Reported, "1956-1957: a driver who shared more than one car in a race scores only his best finish (1956 Monaco: Fangio); 1955 counted every car (Argentina).", Vitkauskas, ClipTheApex)
                    : null,
            },
        };
        if (HasConstructorsChampionship(year))
        {
            tables.Add(new ChampionshipTable
            {
                Id = Constructors,
                Name = year < 1981 ? "International Cup for F1 Manufacturers" : "World Constructors' Championship",
                Competitors = CompetitorKind.Entrant,
                Classes = [FormulaOne],
                ExcludedRaces = driversOnlyRaces.ToEquatableArray(),
                CarsCountedPerRace = year <= 1978 ? 1 : null,
                Scoring = ConstructorsScoring(year),
                Provenance = Provenance.Of(
                    Confidence.Reported,
                    year <= 1978
                        ? "Only the best-placed car of a constructor scores in each race (1958-1978); the Indianapolis 500 does not count (1958-1960)."
                        : "Every car of a constructor scores (from 1979).",
                    PointsList, Vitkauskas, EnjoyF1),
            });
        }

        return new RuleSet
        {
            Series = "FIA Formula One World Championship",
            Season = calendar,
            Classes =
            [
                new ClassDefinition { Id = FormulaOne, Name = "Formula One", Description = "Cars entered in the World Championship (and the Indianapolis 500 cars, 1950-1960)." },
                new ClassDefinition { Id = FormulaTwo, Name = "Formula Two", Description = "Formula Two cars run in the same race: classified, ineligible for points." },
            ],
            Tables = tables.ToEquatableArray(),
            Scoring = DriversScoring(year),
            Classification = new ClassificationRule { MinimumShare = null, Provenance = Provenance.Of(Confidence.Confirmed, "Statuses are taken as published (classified, not classified, retired, disqualified).", F1db) },
            Provenance = Provenance.Of(Confidence.Reported, $"Formula One {year}: rules from the regulations of the era; calendar from the season data.", PointsList, Forix, ClipTheApex, Vitkauskas),
            Notes = SeasonFacts.For(year).Notes,
        };
    }

    /// <summary>Gets the drivers' points by position of a season's Grands Prix.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The scale.</returns>
    public static EquatableArray<Points> Scale(int year) => year switch
    {
        <= 1959 => [8, 6, 4, 3, 2],
        1960 => [8, 6, 4, 3, 2, 1],
        <= 1990 => [9, 6, 4, 3, 2, 1],
        <= 2002 => [10, 6, 4, 3, 2, 1],
        <= 2009 => [10, 8, 6, 5, 4, 3, 2, 1],
        _ => [25, 18, 15, 12, 10, 8, 6, 4, 2, 1],
    };

    private static ScoringRules DriversScoring(int year) => new()
    {
        Races = RaceScorings(year, Scale(year), FastestLap(year)),
        SharedDrives = year <= 1957 ? SharedDrivePolicy.SplitEqually : SharedDrivePolicy.NoPointsWhenShared,
        ShortenedRaces = ShortenedRaces(year),
        Drops = Drops(year, constructors: false),
        TieBreaks = TieBreaks(year),
        Provenance = Provenance.Of(
            Confidence.Reported,
            "Scale by era; 1950-1959 one point for the fastest lap, shared between equal laps; 1950-1957 a shared car's points split equally, none from 1958; best-N results and split seasons to 1990.",
            PointsList, Forix, ClipTheApex, Vitkauskas),
    };

    private static ScoringRules ConstructorsScoring(int year) => DriversScoring(year) with
    {
        // 1961: the Cup for Manufacturers kept eight points for a win while the drivers' win rose to nine.
        Races = RaceScorings(year, year == 1961 ? [8, 6, 4, 3, 2, 1] : Scale(year), year <= 1959 ? null : FastestLap(year)),
        Drops = Drops(year, constructors: true),
        Provenance = Provenance.Of(
            Confidence.Reported,
            "1958-1959: no fastest-lap point for manufacturers; 1961: 8-6-4-3-2-1; best-N results as the drivers' to 1978, every result from 1979.",
            EnjoyF1, Vitkauskas, PointsList),
    };

    private static EquatableArray<RaceScoring> RaceScorings(int year, EquatableArray<Points> scale, FastestLapRule? fastestLap)
    {
        var grandPrix = new RaceScoring { Scale = scale, FastestLap = fastestLap };
        return SprintScale(year) is { } sprint
            ? [grandPrix, new RaceScoring { Category = Sprint, Scale = sprint, CountsForTieBreaks = false }]
            : [grandPrix];
    }

    /// <summary>Gets a season's sprint scale, or null before 2021.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The scale or null.</returns>
    public static EquatableArray<Points>? SprintScale(int year) => year switch
    {
        2021 => [3, 2, 1],
        >= 2022 => [8, 7, 6, 5, 4, 3, 2, 1],
        _ => null,
    };

    private static FastestLapRule? FastestLap(int year) => year switch
    {
        <= 1959 => new FastestLapRule { Points = 1 },
        >= 2019 and <= 2024 => new FastestLapRule { Points = 1, MustFinishInTop = 10 },
        _ => null,
    };

    private static int? DriverCarsCountedPerRace(int year) => year is 1956 or 1957 ? 1 : null;

    /// <summary>Gets the drivers' best-results rule: (first round, last round or null, results counted) per segment.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The segments, empty when every result counts.</returns>
    public static (int First, int? Last, int Best)[] BestResults(int year) => year switch
    {
        <= 1953 => [(1, null, 4)],
        <= 1957 => [(1, null, 5)],
        1958 => [(1, null, 6)],
        1959 => [(1, null, 5)],
        1960 => [(1, null, 6)],
        1961 or 1962 => [(1, null, 5)],
        >= 1963 and <= 1965 => [(1, null, 6)],
        1966 => [(1, null, 5)],
        1967 or 1969 or 1971 => [(1, 6, 5), (7, null, 4)],
        1968 or 1972 => [(1, 6, 5), (7, null, 5)],
        1970 => [(1, 7, 6), (8, null, 5)],
        1973 or 1974 => [(1, 8, 7), (9, null, 6)],
        1975 => [(1, 7, 6), (8, null, 6)],
        1976 or 1978 => [(1, 8, 7), (9, null, 7)],
        1977 => [(1, 9, 8), (10, null, 7)],
        1979 => [(1, 7, 4), (8, null, 4)],
        1980 => [(1, 7, 5), (8, null, 5)],
        <= 1990 => [(1, null, 11)],
        _ => [],
    };

    private static DropRule? Drops(int year, bool constructors)
    {
        // The constructors counted the same number of results as the drivers until 1978, and every result from 1979.
        if (constructors && year >= 1979)
        {
            return null;
        }

        var segments = BestResults(year);
        if (segments.Length == 0)
        {
            return null;
        }

        return new DropRule
        {
            Segments = segments.Select(s => new DropSegment { FirstRound = s.First, LastRound = s.Last, BestResults = s.Best }).ToEquatableArray(),
            Provenance = Provenance.Of(Confidence.Reported, "Best results by era; split seasons 1967-1980 count the best results of each half.", PointsList, Vitkauskas, ClipTheApex),
        };
    }

    private static EquatableArray<ShortenedRaceRule> ShortenedRaces(int year)
    {
        if (year < 1972)
        {
            // No reduction is recorded before the 1970s: the 1950 Indianapolis 500, stopped at 138 of 200 laps, scored in full.
            return [];
        }

        if (year <= 2021)
        {
            // 2021 art. 6.5: "no points will be awarded if the leader has completed two laps or less"; earlier texts: fewer than two.
            var source = Provenance.Of(Confidence.Reported, "A race stopped for good: no points if the leader has not completed two laps (two laps or less in 2021); half points below 75 % of the distance.", HalfPoints, HalfPoints2021);
            return
            [
                new ShortenedRaceRule { LapsBelow = year == 2021 ? 3 : 2, Factor = Ratio.Zero, Provenance = source },
                new ShortenedRaceRule { CompletedBelow = Ratio.FromPercent(75), Factor = Ratio.Half, Provenance = source },
            ];
        }

        // 2022: reduced scales for a race suspended and not resumed; from 2023 for any race not completed.
        var onlyIfSuspended = year == 2022;
        var reduced = Provenance.Of(Confidence.Reported, "Fewer than two laps: none; to 25 %: 6-4-3-2-1; to 50 %: 13-10-8-6-5-4-3-2-1; to 75 %: 19-14-12-9-8-6-5-3-2-1.", ReducedPoints2022);
        return
        [
            new ShortenedRaceRule { LapsBelow = 2, Factor = Ratio.Zero, OnlyIfSuspended = onlyIfSuspended, Provenance = reduced },
            new ShortenedRaceRule { CompletedBelow = Ratio.FromPercent(25), Scale = [6, 4, 3, 2, 1], OnlyIfSuspended = onlyIfSuspended, Provenance = reduced },
            new ShortenedRaceRule { CompletedBelow = Ratio.FromPercent(50), Scale = [13, 10, 8, 6, 5, 4, 3, 2, 1], OnlyIfSuspended = onlyIfSuspended, Provenance = reduced },
            new ShortenedRaceRule { CompletedBelow = Ratio.FromPercent(75), Scale = [19, 14, 12, 9, 8, 6, 5, 3, 2, 1], OnlyIfSuspended = onlyIfSuspended, Provenance = reduced },
        ];
    }

    /// <summary>
    /// Gets a season's tie-break chain. The regulations break a tie on points by countback of places and then leave it to the FIA.
    /// The published tables count only the scoring places and show drivers still level as sharing the place until 1994; 1995-1999
    /// order those still level by the earlier better result; from 2000 every place counts.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <returns>The chain.</returns>
    public static EquatableArray<TieBreak> TieBreaks(int year) => year switch
    {
        <= 1994 => [TieBreak.CountbackOfScoringPlaces],
        <= 1999 => [TieBreak.CountbackOfScoringPlaces, TieBreak.EarliestResult],
        _ => [TieBreak.Countback],
    };

    /// <summary>Gets the points multiplier of a season's final Grand Prix (2 in 2014).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The multiplier.</returns>
    public static Ratio FinalRoundMultiplier(int year) => year == 2014 ? Ratio.FromInt64(2) : Ratio.One;

    /// <summary>Gets the sources of the catalog's rules, for display.</summary>
    public static IReadOnlyList<string> Sources { get; } = [PointsList, Forix, ClipTheApex, Vitkauskas, EnjoyF1, HalfPoints, ReducedPoints2022, DeadHeat, Sprints, DoublePoints, FastestLap2019, F1db, HalfPoints2021];
}
