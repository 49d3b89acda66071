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
    /// <summary>Seasons of 1-6 races and 3-30 cars in 1-3 classes, with or without Am sub-classes, a minimum drive time and a drop rule.</summary>
    public static Gen<GeneratedSeason> Seasons =>
        from seed in Gen.Choose(0, int.MaxValue)
        from races in Gen.Choose(1, 6)
        from classes in Gen.Choose(1, 3)
        from cars in Gen.Choose(classes, 30)
        from am in Gen.Elements(false, true)
        from minimumMinutes in Gen.Elements(0, 0, 45, 70)
        from best in Gen.Choose(0, 6)
        from beyond in Gen.Elements(Points.Zero, Points.Half)
        select Apply(
            SeasonGenerator.Generate(new GeneratorOptions
            {
                Seed = seed,
                Races = races,
                Cars = cars,
                Classes = new[] { "LMP2", "LMP3", "GT" }.Take(classes).ToEquatableArray(),
                AmSubClasses = am,
                BeyondScale = beyond,
                MinimumDriveTime = minimumMinutes == 0 ? null : Duration.FromMinutes(minimumMinutes),
            }),
            best);

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

    public static void Check<T>(Gen<T> gen, Func<T, bool> property, int tests = 200)
        => Prop.ForAll(gen.ToArbitrary(), property).Check(Config.QuickThrowOnFailure.WithMaxTest(tests));

    private static GeneratedSeason Apply(GeneratedSeason season, int best)
    {
        if (best == 0)
        {
            return season;
        }

        var rules = season.Rules with
        {
            Scoring = season.Rules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { BestResults = best }] } },
        };
        return season with { Rules = rules };
    }
}
