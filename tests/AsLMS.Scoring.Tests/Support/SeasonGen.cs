using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>FsCheck generators of whole seasons, built on the library's seeded <see cref="SeasonGenerator"/>.</summary>
internal static class SeasonGen
{
    /// <summary>
    /// Seasons of 1-6 races and 1-30 cars in 1-3 classes, with or without Am sub-classes, a minimum drive time and a drop rule
    /// (best N of the races, N never above the calendar's count, so every generated season is valid).
    /// </summary>
    public static Gen<GeneratedSeason> Seasons => Specs(varied: false).Select(spec => spec.Build());

    /// <summary>
    /// The parameters of <see cref="Seasons"/>; with <paramref name="varied"/> also a tie-break chain drawn from every criterion, drop
    /// rules of every shape (best N or worst N dropped, one or two segments, disqualifications undroppable or not) and sometimes a
    /// last race of another category that pays double and may not count for tie-breaks. Every spec builds a valid season.
    /// </summary>
    public static Gen<SeasonSpec> Specs(bool varied) =>
        from seed in Gen.Choose(0, int.MaxValue)
        from races in Gen.Choose(1, 6)
        from classes in Gen.Choose(1, 3)
        from cars in Gen.Choose(classes, 30)
        from am in Gen.Elements(false, true)
        from minimumMinutes in Gen.Elements(0, 0, 45, 70)
        from halfBeyond in Gen.Elements(false, true)
        from drops in varied ? VariedDrops(races) : Gen.Choose(0, races).Select(best => best == 0 ? null : new DropSpec(0, best, false, 0, false, false))
        from tieBreaks in varied ? TieBreakChains : Gen.Constant(DefaultTieBreaks)
        from special in varied ? Gen.Elements(0, 0, 1, 2) : Gen.Constant(0)
        select new SeasonSpec(seed, races, classes, cars, am, minimumMinutes, halfBeyond, drops, tieBreaks, special);

    /// <summary><see cref="Specs"/> with <c>varied: true</c>, built.</summary>
    public static Gen<GeneratedSeason> VariedSeasons => Specs(varied: true).Select(spec => spec.Build());

    private static readonly EquatableArray<TieBreak> DefaultTieBreaks = [TieBreak.Countback, TieBreak.LatestResult];

    private static Gen<EquatableArray<TieBreak>> TieBreakChains =>
        from order in Gen.Shuffle(Enum.GetValues<TieBreak>())
        from length in Gen.Choose(0, order.Length)
        select order.Take(length).ToEquatableArray();

    private static Gen<DropSpec?> VariedDrops(int races) =>
        from none in Gen.Elements(true, false, false)
        from split in races > 1 ? Gen.Elements(0, 0, Math.Max(1, races / 2)) : Gen.Constant(0)
        from firstWorst in Gen.Elements(false, true)
        from first in Count(split == 0 ? races : split, firstWorst)
        from secondWorst in Gen.Elements(false, true)
        from second in Count(races - split, secondWorst)
        from keepDisqualifications in Gen.Elements(false, true)
        select none ? null : new DropSpec(split, first, firstWorst, second, secondWorst, keepDisqualifications);

    // 0 for "no drop rule" only in a lone segment; best N counts 1 to all; worst N drops 0 to all but one.
    private static Gen<int> Count(int races, bool worst) => worst ? Gen.Choose(0, Math.Max(0, races - 1)) : Gen.Choose(1, Math.Max(1, races));

    /// <summary>Checks a property of season specs for <paramref name="tests"/> cases; a failure shrinks to a small spec (see <see cref="SeasonSpec.Shrink"/>).</summary>
    public static void CheckSpecs(Gen<SeasonSpec> gen, Func<SeasonSpec, bool> property, int tests)
        => Check(gen, spec => spec.Shrink(), property, tests);

    /// <summary>Checks a property for <paramref name="tests"/> cases, shrinking a failure with <paramref name="shrink"/>.</summary>
    public static void Check<T>(Gen<T> gen, Func<T, IEnumerable<T>> shrink, Func<T, bool> property, int tests)
        => Prop.ForAll(Arb.From(gen, shrink), property).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases(tests)));

    /// <summary>
    /// The number of cases to run: <paramref name="tests"/>, or at most ASLMS_PROPERTY_CASES when that is set. Mutation testing sets
    /// it (tests/README.md), where every surviving mutant runs every covering property; CI and <c>dotnet test</c> never do.
    /// </summary>
    private static int Cases(int tests)
        => int.TryParse(Environment.GetEnvironmentVariable("ASLMS_PROPERTY_CASES"), System.Globalization.CultureInfo.InvariantCulture, out var cap) && cap > 0
            ? Math.Min(tests, cap)
            : tests;

    /// <summary>Generator options from its whole range (not only AsLMS-like seasons): short and long races, big fields, crews of 1 to 4, Am sub-classes.</summary>
    public static Gen<GeneratorOptions> AnyOptions =>
        from seed in Gen.Choose(0, int.MaxValue)
        from races in Gen.Choose(1, 12)
        from classes in Gen.Choose(1, 5)
        from cars in Gen.Choose(classes, 120)
        from am in Gen.Elements(false, true)
        from minimumCrew in Gen.Choose(1, 4)
        from maximumCrew in Gen.Choose(minimumCrew, 4)
        from hours in Gen.Choose(1, 24)
        select new GeneratorOptions
        {
            Seed = seed,
            Races = races,
            Cars = cars,
            Classes = new[] { "Hypercar", "LMP2", "LMP3", "GT3", "GT4" }.Take(classes).ToEquatableArray(),
            AmSubClasses = am,
            MinimumCrew = minimumCrew,
            MaximumCrew = maximumCrew,
            RaceDuration = Duration.FromHours(hours),
        };

    /// <summary>A season and a seed to shuffle it with.</summary>
    public static Gen<(GeneratedSeason Season, int ShuffleSeed)> SeasonsWithShuffle =>
        from season in Seasons
        from shuffle in Gen.Choose(0, int.MaxValue)
        select (season, shuffle);

    /// <summary>The same results with drivers, entries, races and every race's rows in another order.</summary>
    public static SeasonResults Shuffle(SeasonResults results, int seed)
    {
        var random = new Random(seed);
        EquatableArray<T> Mix<T>(EquatableArray<T> items) => items.OrderBy(_ => random.Next()).ToEquatableArray();
        return results with
        {
            Drivers = Mix(results.Drivers),
            Entries = Mix(results.Entries),
            Races = Mix(results.Races).Select(r => r with { Cars = Mix(r.Cars), Poles = Mix(r.Poles) }).ToEquatableArray(),
        };
    }

    /// <summary>
    /// Seasons decorated with what the generator leaves out, so that every converter of the JSON is exercised: adjustments of
    /// every kind (race and season), fastest laps, provisional states, fractional scales, multipliers and drive times to the
    /// nanosecond, starts in zones with daylight saving, provenance with quotes, accents and line breaks.
    /// </summary>
    public static Gen<GeneratedSeason> SeasonsForJson => SpecsForJson.Select(x => x.Build());

    /// <summary>The parameters of <see cref="SeasonsForJson"/>: a spec and the seed of its decoration; a failure shrinks the spec.</summary>
    public static Gen<DecoratedSpec> SpecsForJson =>
        from spec in Specs(varied: false)
        from seed in Gen.Choose(0, int.MaxValue)
        select new DecoratedSpec(spec, seed);

    /// <summary>A season spec decorated by <see cref="SeasonsForJson"/> with the given seed.</summary>
    internal sealed record DecoratedSpec(SeasonSpec Spec, int DecorationSeed)
    {
        public GeneratedSeason Build() => Decorate(Spec.Build(), new Random(DecorationSeed));

        public IEnumerable<DecoratedSpec> Shrink() => Spec.Shrink().Select(s => this with { Spec = s });
    }

    /// <summary>
    /// A decorated season made scorable: what the calculator rightly refuses (a time penalty, which needs times every car may
    /// lack; a deduction of no or negative points; an exclusion naming nobody) repaired, so the points properties run on every case.
    /// </summary>
    public static GeneratedSeason Scorable(GeneratedSeason season)
    {
        Adjustment? Repair(Adjustment adjustment) => adjustment switch
        {
            TimePenalty => null,
            PointsDeduction d when d.Points <= Points.Zero => d with { Points = d.Points.IsZero ? Points.One : -d.Points },
            ChampionshipExclusion { Car: null, Driver: null } e => e with { Car = season.Results.Entries[0].Car },
            _ => adjustment,
        };
        EquatableArray<Adjustment> All(EquatableArray<Adjustment> adjustments) => adjustments.Select(Repair).OfType<Adjustment>().ToEquatableArray();
        return season with
        {
            Results = season.Results with
            {
                Adjustments = All(season.Results.Adjustments),
                Races = season.Results.Races.Select(r => r with { Adjustments = All(r.Adjustments) }).ToEquatableArray(),
            },
        };
    }

    public static void Check<T>(Gen<T> gen, Func<T, bool> property, int tests = 200)
        => Prop.ForAll(gen.ToArbitrary(), property).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases(tests)));

    private static readonly string?[] Reasons = [null, "Track limits", "Décision n°12 des commissaires", "\"Quoted\" reason,\nsecond line", "Ünïcödé ✓"];

    private static readonly string[] Zones = ["Asia/Kuala_Lumpur", "Europe/London", "Australia/Adelaide", "America/Sao_Paulo", "Asia/Kolkata", "UTC", "Pacific/Chatham"];

    private static GeneratedSeason Decorate(GeneratedSeason season, Random random)
    {
        var cars = season.Results.Entries.Select(e => e.Car).ToArray();
        var drivers = season.Results.Drivers.Select(d => d.Id).ToArray();
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        Points SomePoints() => Points.FromFraction(random.Next(-20, 100), random.Next(1, 13));
        Duration SomeTime() => Duration.FromNanoseconds(random.NextInt64(1, 30L * 3600 * 1_000_000_000));

        Adjustment SomeAdjustment(bool season) => random.Next(season ? 2 : 5) switch
        {
            0 => new PointsDeduction { Car = Pick(cars), Points = SomePoints(), Driver = random.Next(2) == 0 ? (DriverId?)null : Pick(drivers), Reason = Pick(Reasons) },
            1 => new ChampionshipExclusion { Car = random.Next(2) == 0 ? Pick(cars) : (CarNumber?)null, Driver = random.Next(2) == 0 ? Pick(drivers) : (DriverId?)null, Reason = Pick(Reasons) },
            2 => new TimePenalty { Car = Pick(cars), Time = SomeTime(), Reason = Pick(Reasons) },
            3 => new PositionPenalty { Car = Pick(cars), Places = random.Next(1, 5) },
            _ => new RaceExclusion { Car = Pick(cars), Reason = Pick(Reasons) },
        };

        var classes = season.Rules.Classes.Select(c => (ClassId?)c.Id).Append(null).ToArray();
        var results = season.Results with
        {
            Races = season.Results.Races.Select(r => r with
            {
                Adjustments = Enumerable.Range(0, random.Next(4)).Select(_ => SomeAdjustment(false)).ToEquatableArray(),
                FastestLaps = Enumerable.Range(0, random.Next(3)).Select(_ => new FastestLap(Pick(classes), Pick(cars), random.Next(2) == 0 ? (DriverId?)null : Pick(drivers))).ToEquatableArray(),
                State = random.Next(2) == 0 ? ClassificationState.Final : ClassificationState.Provisional,
                LeaderLaps = random.Next(2) == 0 ? null : random.Next(0, 300),
                RunningTime = random.Next(2) == 0 ? null : SomeTime(),
                Cars = r.Cars.Select(c => c with { TotalTime = random.Next(3) == 0 ? null : SomeTime() }).ToEquatableArray(),
            }).ToEquatableArray(),
            Adjustments = Enumerable.Range(0, random.Next(3)).Select(_ => SomeAdjustment(true)).ToEquatableArray(),
        };

        var rules = season.Rules;
        var scoring = rules.Scoring.Races[0] with
        {
            Scale = Enumerable.Range(0, random.Next(1, 12)).Select(_ => SomePoints()).ToEquatableArray(),
            BeyondScale = SomePoints(),
            Pole = SomePoints(),
            MinimumDriveTime = random.Next(2) == 0 ? null : SomeTime(),
        };
        rules = rules with
        {
            Season = rules.Season with
            {
                Events = rules.Season.Events.Select(e =>
                {
                    var zone = DateTimeZoneProviders.Tzdb[Pick(Zones)];
                    return e with
                    {
                        Circuit = e.Circuit with { TimeZone = zone },
                        Races = e.Races.Select(race => race with
                        {
                            Start = new LocalDateTime(random.Next(1950, 2080), random.Next(1, 13), random.Next(1, 29), random.Next(24), random.Next(60), random.Next(60))
                                .PlusNanoseconds(random.Next(2) == 0 ? 0 : random.Next(1, 1_000_000_000)).InZoneLeniently(zone),
                            ScheduledDuration = SomeTime(),
                            Multiplier = Ratio.FromFraction(random.Next(0, 7), random.Next(1, 4)),
                            Category = random.Next(2) == 0 ? null : "Le Mans",
                        }).ToEquatableArray(),
                    };
                }).ToEquatableArray(),
            },
            Scoring = rules.Scoring with { Races = [scoring, scoring with { Category = "Le Mans" }] },
            Provenance = Provenance.Of(Confidence.Uncertain, Pick(Reasons), "S1: \"example\"", "S2: ünïcödé"),
        };
        return new GeneratedSeason { Rules = rules, Results = results };
    }
}
