using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using FsCheck;
using FsCheck.Fluent;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>FsCheck generators of invitation cases: a generated season with varied invitation rules, and inputs.</summary>
internal static class InvitationGen
{
    /// <summary>
    /// Seasons of <see cref="SeasonGen.Seasons"/> with 2-3 classes, whose rule sets carry the generator's two invitation rules (the
    /// first and the last class's champion), varied: pass-down or lapse, a contest condition, the second rule's position, a minimum of
    /// entries with a fallback to the first table's 2nd, sometimes a third rule (the first table's 2nd), other criteria, one
    /// invitation per car or per entrant; some entries one-offs; some teams declining, already invited or not meeting the criteria,
    /// named by car or by entrant.
    /// </summary>
    public static Gen<(GeneratedSeason Season, InvitationInputs Inputs)> Cases => Specs.Select(spec => spec.Build());

    /// <summary>The parameters of <see cref="Cases"/>: a failure shrinks the season (see <see cref="SeasonSpec.Shrink"/>).</summary>
    public static Gen<CaseSpec> Specs =>
        from season in SeasonGen.Specs(varied: false).Where(s => s.Classes >= 2)
        from policies in Gen.Choose(0, 3)
        from contest in Gen.Elements<int?>(null, 1, 2)
        from secondPosition in Gen.Choose(1, 2)
        from minimum in Gen.Elements<int?>(null, null, 2, 4, 6)
        from basis in Gen.Elements(EntryCountBasis.ClassEntries, EntryCountBasis.FullSeasonEntries)
        from third in Gen.Elements(false, true)
        from subject in Gen.Elements(false, true)
        from holder in Gen.Elements(InvitationHolder.Car, InvitationHolder.Entrant)
        from inputSeed in Gen.Choose(0, int.MaxValue)
        select new CaseSpec(season, new Variation(policies, contest, secondPosition, minimum, basis, third, subject, holder), inputSeed);

    /// <summary>An invitation case: a season spec, the variation of its invitation rules and the seed of the inputs.</summary>
    internal sealed record CaseSpec(SeasonSpec Season, Variation Variation, int InputSeed)
    {
        /// <summary>The generated season (with its two invitation rules varied) and the inputs.</summary>
        public (GeneratedSeason Season, InvitationInputs Inputs) Build() => WithInvitations(Season.Build(), Variation, InputSeed);

        /// <summary>The same case on smaller seasons (of two classes or more: the generator's second invitation rule needs them).</summary>
        public IEnumerable<CaseSpec> Shrink() => Season.Shrink().Where(s => s.Classes >= 2).Select(s => this with { Season = s });
    }

    private static (GeneratedSeason Season, InvitationInputs Inputs) WithInvitations(GeneratedSeason season, Variation v, int inputSeed)
    {
        var generated = season.Rules.Invitations;

        // "Contest every round from round k" must name a round of the calendar (validation refuses it otherwise).
        v = v with { Contest = v.Contest > season.Rules.Season.Races.Count ? 1 : v.Contest };
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

    internal sealed record Variation(int Policies, int? Contest, int SecondPosition, int? Minimum, EntryCountBasis Basis, bool Third, bool Subject, InvitationHolder Holder);
}
