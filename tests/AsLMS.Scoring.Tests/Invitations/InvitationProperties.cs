using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;
using FsCheck.Fluent;

namespace AsLMS.Scoring.Tests.Invitations;

/// <summary>
/// The invariants of invitations, checked over generated seasons (InvitationGen.Cases). Each check recomputes what it needs
/// from the standings, the results and the inputs, not from the allocator's report.
/// </summary>
public sealed class InvitationProperties
{
    [Fact]
    public void Invitations_NeverMoreThanTheRulesAllow()
        => SeasonGen.Check(InvitationGen.Specs, spec => spec.Shrink(), spec =>
        {
            var (season, inputs) = spec.Build();
            var list = Allocate(season, inputs);
            var rules = season.Rules;
            var ruleIds = rules.Invitations.Select(r => r.Id).ToList();
            var holders = rules.OneInvitationPer == InvitationHolder.Car
                ? list.Invitations.Select(i => i.Car.Value)
                : list.Invitations.Select(i => i.Entrant);
            return list.Invitations.Count <= rules.Invitations.Count
                && list.Invitations.Select(i => i.RuleId).Distinct().Count() == list.Invitations.Count
                && list.Invitations.All(i => ruleIds.Contains(i.RuleId))
                && list.Decisions.Select(d => d.RuleId).SequenceEqual(ruleIds)
                && list.Decisions.Count(d => d.Outcome == InvitationOutcome.Given) == list.Invitations.Count
                && holders.Distinct(StringComparer.Ordinal).Count() == list.Invitations.Count;
        },
        tests: 1000);

    [Fact]
    public void Allocation_IsDeterministic_AndTheOrderOfEntriesRacesAndInputsIsIrrelevant()
        => SeasonGen.Check(
            from x in InvitationGen.Cases
            from shuffle in Gen.Choose(0, int.MaxValue)
            select (x.Season, x.Inputs, shuffle),
            x =>
            {
                var expected = Allocate(x.Season, x.Inputs);
                var again = Allocate(x.Season, x.Inputs);
                var random = new Random(x.shuffle);
                EquatableArray<T> Mix<T>(EquatableArray<T> items) => items.OrderBy(_ => random.Next()).ToEquatableArray();
                var shuffledInputs = new InvitationInputs
                {
                    Declined = Mix(x.Inputs.Declined),
                    AlreadyInvited = Mix(x.Inputs.AlreadyInvited),
                    OtherCriteriaNotMet = Mix(x.Inputs.OtherCriteriaNotMet),
                };
                var shuffled = Allocate(x.Season with { Results = SeasonGen.Shuffle(x.Season.Results, x.shuffle) }, shuffledInputs);
                return expected == again && expected == shuffled;
            },
            tests: 100);

    [Fact]
    public void DeclinedOrAlreadyInvitedTeam_NeverReceivesAnInvitation_NorOneMissingItsCriteria()
        => SeasonGen.Check(InvitationGen.Cases, x =>
        {
            var (season, inputs) = x;
            var list = Allocate(season, inputs);
            return list.Invitations.All(invitation =>
            {
                var entry = season.Results.FindEntry(invitation.Car)!;
                var rule = season.Rules.Invitations.Single(r => r.Id == invitation.RuleId);
                return !inputs.Declined.Any(t => t.Matches(entry))
                    && !inputs.AlreadyInvited.Any(t => t.Matches(entry))
                    && !(rule.SubjectToOtherCriteria && inputs.OtherCriteriaNotMet.Any(c => c.Team.Matches(entry)));
            });
        });

    [Fact]
    public void PassDown_RespectsStandingsOrder_EveryInvitedTeamIsTheBestPlacedEligibleTeamLeft()
        => SeasonGen.Check(InvitationGen.Cases, x =>
        {
            var (season, inputs) = x;
            var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
            var list = InvitationAllocator.Allocate(season.Rules, standings, season.Results, inputs);
            for (var k = 0; k < list.Invitations.Count; k++)
            {
                var invitation = list.Invitations[k];
                var rule = season.Rules.Invitations.Single(r => r.Id == invitation.RuleId);
                var seat = invitation.ViaFallback ? rule.Fallback!.Position : rule.Position;
                var table = standings[invitation.Table];
                var earlier = list.Invitations.Take(k).ToList();

                bool Eligible(StandingsRow row) => Contested(season, table, row.Competitor.Id, rule.MustContestFromRound);
                bool Available(StandingsRow row)
                {
                    var entry = season.Results.FindEntry(row.Competitor.Id)!;
                    var invitedBefore = season.Rules.OneInvitationPer == InvitationHolder.Car
                        ? earlier.Any(i => i.Car == entry.Car)
                        : earlier.Any(i => i.Entrant == entry.Entrant);
                    return !invitedBefore
                        && !inputs.Declined.Any(t => t.Matches(entry))
                        && !inputs.AlreadyInvited.Any(t => t.Matches(entry))
                        && !(rule.SubjectToOtherCriteria && inputs.OtherCriteriaNotMet.Any(c => c.Team.Matches(entry)));
                }

                var receiver = table.Find(invitation.Car.Value)!;
                var eligibleAbove = table.Rows.Count(r => r.Rank < receiver.Rank && Eligible(r));
                var availableAbove = table.Rows.Count(r => r.Rank < receiver.Rank && Eligible(r) && Available(r));
                var eligibleUpToIt = table.Rows.Count(r => r.Rank <= receiver.Rank && Eligible(r));

                // The receiver can take it; it is not placed above the position; no team above it could have taken it but those that
                // hold the positions above; and without pass-down nothing went past an eligible team below the position.
                if (!Eligible(receiver) || !Available(receiver) || eligibleUpToIt < seat || availableAbove > seat - 1
                    || (rule.WhenDeclined == DeclinedInvitationPolicy.Lapses && eligibleAbove > seat - 1))
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void Fallback_AppliesExactlyWhenTheClassHadTooFewEntries()
        => SeasonGen.Check(InvitationGen.Cases, x =>
        {
            var (season, inputs) = x;
            var list = Allocate(season, inputs);
            return season.Rules.Invitations.All(rule =>
            {
                var decision = list.Decisions.Single(d => d.RuleId == rule.Id);
                if (rule.MinimumEntries is not { } minimum)
                {
                    return !decision.ViaFallback;
                }

                var table = season.Rules.FindTable(rule.Table)!;
                var count = season.Results.Entries.Count(e => table.Accepts(e.Class, e.SubClass) && (rule.CountedEntries == EntryCountBasis.FullSeasonEntries
                    ? e.FullSeason
                    : season.Results.Races.Any(r => r.Cars.Any(c => c.Car == e.Car && c.Status != ResultStatus.DidNotStart))));
                return decision.ViaFallback == (count < minimum && rule.Fallback is not null)
                    && (count >= minimum || rule.Fallback is not null || decision.Outcome == InvitationOutcome.Lapsed);
            });
        });

    private static InvitationList Allocate(GeneratedSeason season, InvitationInputs inputs)
        => InvitationAllocator.Allocate(season.Rules, StandingsCalculator.Calculate(season.Rules, season.Results), season.Results, inputs);

    // Read from the results, not the standings: in every race of the table from the round, the car has a row that is not a non-start.
    private static bool Contested(GeneratedSeason season, TableStandings table, string car, int? fromRound)
        => fromRound is not { } from || table.Races
            .Where(race => season.Rules.Season.FindRace(race)!.Round >= from)
            .All(race => season.Results.FindRace(race)!.Cars.Any(c => c.Car.Value == car && c.Status != ResultStatus.DidNotStart));
}
