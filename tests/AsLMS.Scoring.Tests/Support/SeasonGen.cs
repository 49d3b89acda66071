using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Invitations;
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
            SeasonGenerator.Generate(Options(seed, races, cars, classes, am) with
            {
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

    /// <summary>
    /// Seasons of 2-3 classes whose rule sets carry the generator's two invitation rules (the first and the last class's champion),
    /// varied: pass-down or lapse, a contest condition, the second rule's position, a minimum of entries with a fallback to the first
    /// table's 2nd, sometimes a third rule (the first table's 2nd), other criteria, one invitation per car or per entrant; with some
    /// teams declining, already invited or not meeting the criteria, named by car or by entrant.
    /// </summary>
    public static Gen<(GeneratedSeason Season, InvitationInputs Inputs)> InvitationCases =>
        from seed in Gen.Choose(0, int.MaxValue)
        from races in Gen.Choose(1, 5)
        from classes in Gen.Choose(2, 3)
        from cars in Gen.Choose(2 * classes, 24)
        from am in Gen.Elements(false, true)
        from policies in Gen.Choose(0, 3)
        from contest in Gen.Elements<int?>(null, 1, 2)
        from secondPosition in Gen.Choose(1, 2)
        from minimum in Gen.Elements<int?>(null, null, 2, 4, 6)
        from basis in Gen.Elements(EntryCountBasis.ClassEntries, EntryCountBasis.FullSeasonEntries)
        from third in Gen.Elements(false, true)
        from subject in Gen.Elements(false, true)
        from holder in Gen.Elements(InvitationHolder.Car, InvitationHolder.Entrant)
        from inputSeed in Gen.Choose(0, int.MaxValue)
        select WithInvitations(
            SeasonGenerator.Generate(Options(seed, races, cars, classes, am)),
            new InvitationVariation(policies, contest, secondPosition, minimum, basis, third, subject, holder),
            inputSeed);

    public static void Check<T>(Gen<T> gen, Func<T, bool> property, int tests = 200)
        => Prop.ForAll(gen.ToArbitrary(), property).Check(Config.QuickThrowOnFailure.WithMaxTest(tests));

    private static GeneratorOptions Options(int seed, int races, int cars, int classes, bool am) => new()
    {
        Seed = seed,
        Races = races,
        Cars = cars,
        Classes = new[] { "LMP2", "LMP3", "GT" }.Take(classes).ToEquatableArray(),
        AmSubClasses = am,
    };

    private static (GeneratedSeason Season, InvitationInputs Inputs) WithInvitations(GeneratedSeason season, InvitationVariation v, int inputSeed)
    {
        var generated = season.Rules.Invitations;
        var first = generated[0] with
        {
            WhenDeclined = (v.Policies & 1) == 0 ? DeclinedInvitationPolicy.PassToNextEligible : DeclinedInvitationPolicy.Lapses,
            MustContestFromRound = v.Contest,
            SubjectToOtherCriteria = v.Subject,
        };
        var second = generated[1] with
        {
            Id = "second",
            Position = v.SecondPosition,
            WhenDeclined = (v.Policies & 2) == 0 ? DeclinedInvitationPolicy.PassToNextEligible : DeclinedInvitationPolicy.Lapses,
            MustContestFromRound = v.Contest,
            MinimumEntries = v.Minimum,
            CountedEntries = v.Basis,
            Fallback = v.Minimum is null ? null : new InvitationFallback { Table = first.Table, Position = 2, LeMansClass = first.LeMansClass },
        };
        var rules = new List<InvitationRule> { first, second };
        if (v.Third)
        {
            rules.Add(first with { Id = "third", Position = 2, SubjectToOtherCriteria = false });
        }

        // Some entries are one-offs, so the full-season count differs from the class count.
        var random = new Random(inputSeed);
        var entries = season.Results.Entries.Select(e => e with { FullSeason = random.Next(4) > 0 }).ToEquatableArray();
        TeamReference Name(Entry entry) => random.Next(5) == 0 ? TeamReference.ForEntrant(entry.Entrant) : TeamReference.ForCar(entry.Car);
        EquatableArray<TeamReference> Some(int percent) => entries.Where(_ => random.Next(100) < percent).Select(Name).ToEquatableArray();
        var inputs = new InvitationInputs
        {
            Declined = Some(15),
            AlreadyInvited = Some(10),
            OtherCriteriaNotMet = Some(15).Select(t => new CriteriaNotMet { Team = t, Reason = "generated" }).ToEquatableArray(),
        };

        return (
            season with
            {
                Rules = season.Rules with { Invitations = rules.ToEquatableArray(), OneInvitationPer = v.Holder },
                Results = season.Results with { Entries = entries },
            },
            inputs);
    }

    private sealed record InvitationVariation(int Policies, int? Contest, int SecondPosition, int? Minimum, EntryCountBasis Basis, bool Third, bool Subject, InvitationHolder Holder);

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
