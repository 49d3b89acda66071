using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;
using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Invitations;

// Declines, invitations already held, other criteria, one team earning two invitations, shared ranks, the contest condition and bad
// rules or inputs. Results are overall finishing orders (Fixture.Race); no poles; 25-18-15-... in every rule set used here.
public sealed class InvitationAllocatorTests
{
    // 2023-24 (LMP2 and GT champions invited; built-in rules let an invitation lapse), one race: LMP2 #1 25, #2 18, #3 15;
    // GT #31 25, #32 18.
    private static readonly SeasonResults OneRace2023To24 = TestResults(
        [Car("1"), Car("2"), Car("3"), Car("31", "GT"), Car("32", "GT")],
        Race("R1", "1", "2", "3", "31", "32"));

    [Fact]
    public void Allocate_ChampionDeclines_RuleLetsItLapse_NobodyElseInvited()
    {
        var list = Invite.Allocate(AsianLeMansSeries.Season2023To24, OneRace2023To24, Invite.Declining("1"));

        Assert.Equal(["gt-champion: #31 GT Teams P1 25 -> LMGT3"], list.Summary());
        var decision = list.Decision("lmp2-champion");
        Assert.Equal(InvitationOutcome.Lapsed, decision.Outcome);
        Assert.Equal("#1 Team 1 declined the invitation, and the rule lets the invitation lapse.", decision.Reason);
        Assert.Equal(["#1 Declined"], list.Considered("lmp2-champion"));
        Assert.Equal("Declined the invitation: the rule lets the invitation lapse.", list.Considerations[0].Reason);
    }

    [Fact]
    public void Allocate_ChampionDeclines_RulePassesItDown_RunnerUpInvited()
    {
        var list = Invite.Allocate(AsianLeMansSeries.Season2023To24.PassingDown(), OneRace2023To24, Invite.Declining("1"));

        Assert.Equal(["lmp2-champion: #2 LMP2 Teams P2 18 -> LMP2 passed down", "gt-champion: #31 GT Teams P1 25 -> LMGT3"], list.Summary());
        Assert.Equal("2nd in LMP2 Teams with 18 points; passed down because #1 Team 1 declined the invitation.", list.Find("2")!.Reason);
        Assert.Equal(["#1 Declined", "#2 Invited"], list.Considered("lmp2-champion"));
    }

    [Fact]
    public void Allocate_AlreadyInvitedByEntrantName_WithLapse_AndWithPassDown()
    {
        var inputs = new InvitationInputs { AlreadyInvited = [TeamReference.ForEntrant("Team 31")] };

        var lapsing = Invite.Allocate(AsianLeMansSeries.Season2023To24, OneRace2023To24, inputs);
        var passing = Invite.Allocate(AsianLeMansSeries.Season2023To24.PassingDown(), OneRace2023To24, inputs);

        Assert.Equal(["lmp2-champion: #1 LMP2 Teams P1 25 -> LMP2"], lapsing.Summary());
        Assert.Equal("#31 Team 31 already holds a Le Mans invitation, and the rule lets the invitation lapse.", lapsing.Decision("gt-champion").Reason);
        Assert.Equal(["lmp2-champion: #1 LMP2 Teams P1 25 -> LMP2", "gt-champion: #32 GT Teams P2 18 -> LMGT3 passed down"], passing.Summary());
        Assert.Equal(["#31 AlreadyInvited", "#32 Invited"], passing.Considered("gt-champion"));
    }

    [Fact]
    public void Allocate_PassDown_SkipsEveryTeamThatCannotTakeIt_InStandingsOrder()
    {
        var inputs = new InvitationInputs { Declined = [TeamReference.ForCar("1")], AlreadyInvited = [TeamReference.ForCar("2")] };

        var list = Invite.Allocate(AsianLeMansSeries.Season2023To24.PassingDown(), OneRace2023To24, inputs);

        Assert.Equal("lmp2-champion: #3 LMP2 Teams P3 15 -> LMP2 passed down", list.Summary()[0]);
        Assert.Equal(["#1 Declined", "#2 AlreadyInvited", "#3 Invited"], list.Considered("lmp2-champion"));
        Assert.Equal(
            "3rd in LMP2 Teams with 15 points; passed down because #1 Team 1 declined the invitation; #2 Team 2 already holds a Le Mans invitation.",
            list.Find("3")!.Reason);
    }

    [Fact]
    public void Allocate_EveryTeamDeclines_PassDownRunsOut_Lapses()
    {
        var list = Invite.Allocate(AsianLeMansSeries.Season2023To24.PassingDown(), OneRace2023To24, Invite.Declining("31", "32"));

        var decision = list.Decision("gt-champion");
        Assert.Equal(InvitationOutcome.Lapsed, decision.Outcome);
        Assert.Equal("No eligible team in GT Teams could take it (#31 Team 31 declined the invitation; #32 Team 32 declined the invitation).", decision.Reason);
        Assert.Null(list.Find("31"));
        Assert.Null(list.Find("32"));
    }

    [Fact]
    public void Allocate_OtherCriteria_IgnoredWhenTheRuleIsNotSubjectToThem()
    {
        var inputs = new InvitationInputs { OtherCriteriaNotMet = [new CriteriaNotMet { Team = TeamReference.ForCar("1") }] };

        var list = Invite.Allocate(AsianLeMansSeries.Season2023To24, OneRace2023To24, inputs);

        Assert.Equal("lmp2-champion: #1 LMP2 Teams P1 25 -> LMP2", list.Summary()[0]);
    }

    [Fact]
    public void Allocate_OtherCriteriaNotMet_RulePassesItDown_NextTeamThatMeetsThem()
    {
        var rules = AsianLeMansSeries.Season2023To24.PassingDown();
        rules = rules with { Invitations = rules.Invitations.Select(i => i with { SubjectToOtherCriteria = true }).ToEquatableArray() };
        var inputs = new InvitationInputs
        {
            OtherCriteriaNotMet =
            [
                new CriteriaNotMet { Team = TeamReference.ForCar("1"), Reason = "no ACO full season" },
                new CriteriaNotMet { Team = TeamReference.ForEntrant("Team 1"), Reason = "budget" },
            ],
        };

        var list = Invite.Allocate(rules, OneRace2023To24, inputs);

        Assert.Equal("lmp2-champion: #2 LMP2 Teams P2 18 -> LMP2 passed down", list.Summary()[0]);
        Assert.Equal("Does not meet the other criteria: budget; no ACO full season: it passes to the next eligible team.", list.Considerations[0].Reason);
    }

    [Fact]
    public void Allocate_OneCarTopsLmp2AndLmp2Am_KeepsTheFirstRulesInvitation_TheSecondLapsesOrPassesDown()
    {
        // 2018-19: LMP2, LMP2 Am (inside LMP2), LMP3 and GT champions invited. #1 and #3 are LMP2 Am cars.
        // LMP2: #1 25, #2 18, #3 15. LMP2 Am: #1 25, #3 18.
        var results = TestResults([Car("1", subClass: "LMP2 Am"), Car("2"), Car("3", subClass: "LMP2 Am")], Race("R1", "1", "2", "3"));

        var lapsing = Invite.Allocate(AsianLeMansSeries.Season2018To19, results);
        var passing = Invite.Allocate(AsianLeMansSeries.Season2018To19.PassingDown(), results);

        Assert.Equal(["lmp2-champion: #1 LMP2 Teams P1 25 -> LMP2"], lapsing.Summary());
        Assert.Equal(["#1 InvitedByEarlierRule"], lapsing.Considered("lmp2-am-champion"));
        Assert.Equal(
            "#1 Team 1 was already invited by rule 'lmp2-champion' (one invitation per car), and the rule lets the invitation lapse.",
            lapsing.Decision("lmp2-am-champion").Reason);
        Assert.Equal(["lmp2-champion: #1 LMP2 Teams P1 25 -> LMP2", "lmp2-am-champion: #3 LMP2 Am Teams P2 18 -> LMP2 passed down"], passing.Summary());
    }

    [Fact]
    public void Allocate_TeamWinsTwoClassesWithTwoCars_OnePerCarGivesBoth_OnePerEntrantOnlyTheFirst()
    {
        // 2013 (LMP2 1st, GTC 1st and 2nd). "Double" runs #1 in LMP2 and #31 in GTC; both win every race.
        // LMP2: #1 4 x 25 = 100, #2 72. GTC: #31 100, #32 72, #33 60.
        var results = TestResults(
            [Car("1", entrant: "Double"), Car("2"), Car("31", "GTC", entrant: "Double"), Car("32", "GTC"), Car("33", "GTC")],
            [.. Enumerable.Range(1, 4).Select(r => Race($"R{r}", "1", "2", "31", "32", "33"))]);
        var perEntrant = AsianLeMansSeries.Season2013 with { OneInvitationPer = InvitationHolder.Entrant };

        var perCar = Invite.Allocate(AsianLeMansSeries.Season2013, results);
        var lapsing = Invite.Allocate(perEntrant, results);
        var passing = Invite.Allocate(perEntrant.PassingDown(), results);

        Assert.Equal(
            ["lmp2-champion: #1 LMP2 Teams P1 100 -> LMP2", "gtc-champion: #31 GTC Teams P1 100 -> LMGTE Am", "gtc-runner-up: #32 GTC Teams P2 72 -> LMGTE Am"],
            perCar.Summary());

        // Lapse: GTC 1st's invitation lapses; GTC 2nd's is still #32's own.
        Assert.Equal(["lmp2-champion: #1 LMP2 Teams P1 100 -> LMP2", "gtc-runner-up: #32 GTC Teams P2 72 -> LMGTE Am"], lapsing.Summary());
        Assert.Equal(
            "#31 Double was already invited by rule 'lmp2-champion' with #1 (one invitation per entrant), and the rule lets the invitation lapse.",
            lapsing.Decision("gtc-champion").Reason);

        // Pass-down: GTC 1st's goes to #32, so GTC 2nd's (whose team #32 now holds one) goes to #33.
        Assert.Equal(
            [
                "lmp2-champion: #1 LMP2 Teams P1 100 -> LMP2",
                "gtc-champion: #32 GTC Teams P2 72 -> LMGTE Am passed down",
                "gtc-runner-up: #33 GTC Teams P3 60 -> LMGTE Am passed down",
            ],
            passing.Summary());
        Assert.Equal(["#32 InvitedByEarlierRule", "#33 Invited"], passing.Considered("gtc-runner-up"));
    }

    [Fact]
    public void Allocate_FallbackLandsOnATeamThatAlreadyHasOne_LapsesOrPassesDown()
    {
        // 2015-16 with one invitation per entrant. "Double" runs LMP2 #1 and GT #32. Two LMP3 entries: the LMP3 invitation falls
        // back to GT 2nd. Same order in four races: LMP2 #1 100, #2 72; LMP3 #21 100, #22 72; GT #31 100, #32 72, #33 60.
        var results = TestResults(
            [Car("1", entrant: "Double"), Car("2"), Car("21", "LMP3"), Car("22", "LMP3"), Car("31", "GT"), Car("32", "GT", entrant: "Double"), Car("33", "GT")],
            [.. Enumerable.Range(1, 4).Select(r => Race($"R{r}", "1", "2", "21", "22", "31", "32", "33"))]);
        var perEntrant = AsianLeMansSeries.Season2015To16 with { OneInvitationPer = InvitationHolder.Entrant };

        var lapsing = Invite.Allocate(perEntrant, results);
        var passing = Invite.Allocate(perEntrant.PassingDown(), results);

        Assert.Equal(InvitationOutcome.Lapsed, lapsing.Decision("lmp3-champion").Outcome);
        Assert.True(lapsing.Decision("lmp3-champion").ViaFallback);
        Assert.Equal(2, lapsing.Invitations.Count);
        Assert.Equal("lmp3-champion: #33 GT Teams P3 60 -> LMGTE Am fallback passed down", passing.Summary()[2]);
    }

    [Fact]
    public void Allocate_TrueTieForTheInvitation_Undecided_UntilTheOrganisersDecisionIsGiven()
    {
        // #1 and #2 each win once and finish 2nd once: 25+18 = 43 each, equal on countback, so they share 1st. #3 15+15 = 30.
        var results = TestResults([Car("1"), Car("2"), Car("3")], Race("R1", "1", "2", "3"), Race("R2", "2", "1", "3"));
        foreach (var policy in new[] { DeclinedInvitationPolicy.PassToNextEligible, DeclinedInvitationPolicy.Lapses })
        {
            var rules = TestRules(2) with { Invitations = [Lmp2Champion with { WhenDeclined = policy }] };

            var tied = Invite.Allocate(rules, results);
            var decided = Invite.Allocate(rules, results, Invite.Declining("2"));

            Assert.Empty(tied.Invitations);
            Assert.Equal(InvitationOutcome.Undecided, tied.Decision("lmp2").Outcome);
            Assert.Equal(["#1 Tied", "#2 Tied"], tied.Considered("lmp2"));
            Assert.Equal(
                "#1 Team 1 and #2 Team 2 share 1st place in LMP2 Teams: the standings do not decide who earned the invitation. Give the "
                + "organiser's decision as input (the other teams declining).",
                tied.Decision("lmp2").Reason);
            Assert.Equal(["lmp2: #1 LMP2 Teams P1 43 -> LMP2 passed down"], decided.Summary());
        }
    }

    [Theory]
    [InlineData(ResultStatus.Retired, "1")]
    [InlineData(ResultStatus.NotClassified, "1")]
    [InlineData(ResultStatus.Disqualified, "1")]
    [InlineData(ResultStatus.Excluded, "1")]
    [InlineData(ResultStatus.DidNotStart, "2")]
    [InlineData(null, "2")]
    public void Allocate_MustContestEveryRound_ARetirementCounts_NotStartingOrNoResultDoesNot(ResultStatus? statusInR2, string invited)
    {
        // #1 wins R1, R3, R4 and has the given status (or no result) in R2: 75. #2 is 2nd in every race: 72. #3 wins R2: 15+25+15+15 = 70.
        var r2 = Race("R2", "3", "2");
        var results = TestResults(
            [Car("1"), Car("2"), Car("3")],
            Race("R1", "1", "2", "3"),
            statusInR2 is { } status ? r2.Out("1", status) : r2,
            Race("R3", "1", "2", "3"),
            Race("R4", "1", "2", "3"));
        var rules = TestRules(4) with { Invitations = [Lmp2Champion with { MustContestFromRound = 1 }] };

        var list = Invite.Allocate(rules, results);

        Assert.Equal(invited, list.Invitations.Single().Car.Value);
        Assert.Equal(75, StandingsCalculator.Calculate(rules, results)["LMP2 Teams"].Find("1")!.Total);
    }

    [Fact]
    public void Allocate_TooFewEligibleTeams_Lapses()
    {
        // #1 has no result in R2; only #2 contested both races, so there is no 2nd eligible team.
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"), Race("R2", "2"));
        var rules = TestRules(2) with
        {
            Invitations = [Lmp2Champion with { Id = "lmp2-runner-up", Position = 2, MustContestFromRound = 1 }],
        };

        var list = Invite.Allocate(rules, results);

        var decision = list.Decision("lmp2-runner-up");
        Assert.Equal(InvitationOutcome.Lapsed, decision.Outcome);
        Assert.Equal("Only 1 of the 2 teams in LMP2 Teams contested every round: there is no 2nd eligible team.", decision.Reason);
        Assert.Equal(["#1 NotEligible"], list.Considered("lmp2-runner-up"));
    }

    [Fact]
    public void Allocate_ProvisionalStandings_OnlyTheRoundsRunSoFarAreRequired()
    {
        // After round 1 only #1 (25) and #2 (18) have contested every round so far; #1 then misses R2.
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"), Race("R2", "2"));
        var rules = TestRules(2) with { Invitations = [Lmp2Champion with { MustContestFromRound = 1 }] };

        var provisional = InvitationAllocator.Allocate(rules, StandingsCalculator.Calculate(rules, results, afterRound: 1), results, InvitationInputs.None);
        var final = Invite.Allocate(rules, results);

        Assert.Equal("1", provisional.Invitations.Single().Car.Value);
        Assert.Equal("2", final.Invitations.Single().Car.Value);
    }

    [Fact]
    public void Allocate_BadRulesAndInputs_ReportEveryProblemWithItsCode()
    {
        var results = TestResults([Car("1")], Race("R1", "1"));
        var rules = TestRules(1) with
        {
            Invitations =
            [
                Lmp2Champion,
                Lmp2Champion with { Table = "LMP2 Drivers" },
                Lmp2Champion with { Id = "other", Table = "LMP9 Teams", Position = 0 },
                Lmp2Champion with { Id = "fallback", MinimumEntries = 3, Fallback = new InvitationFallback { Table = "GT Drivers", Position = 1, LeMansClass = "GT" } },
            ],
        };
        var inputs = new InvitationInputs { Declined = [TeamReference.ForCar("99")], AlreadyInvited = [TeamReference.ForEntrant("Nobody")] };

        var error = Assert.Throws<ScoringInputException>(() => Invite.Allocate(rules, results, inputs));

        // The rule checks are the rule-set validator's (same codes and messages as SeasonValidation.Validate).
        Assert.Equal(
            new[]
            {
                ErrorCodes.DuplicateInvitation,
                ErrorCodes.InvitationTableNotOfCars,
                ErrorCodes.UnknownTable,
                ErrorCodes.ValueOutOfRange,
                ErrorCodes.InvitationTableNotOfCars,
                ErrorCodes.UnknownInvitationTeam,
                ErrorCodes.UnknownInvitationTeam,
            }.Order(),
            error.Errors.Select(e => e.ErrorCode).Order());
        Assert.Contains("Invitation rule 'other' is earned in table 'LMP9 Teams', which the Test rules do not define.", error.Message, StringComparison.Ordinal);
        Assert.Contains("The teams that decline include #99, which is not a car or entrant of Test.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_StandingsOfAnotherRuleSet_Throws()
    {
        var results = TestResults([Car("1")], Race("R1", "1"));
        var rules = TestRules(1) with { Invitations = [Lmp2Champion] };
        var standings = StandingsCalculator.Calculate(TestRules(1), results);

        Assert.Throws<ArgumentException>(() => InvitationAllocator.Allocate(rules, standings, results, InvitationInputs.None));
    }

    [Fact]
    public void Allocate_NoRules_NoInvitations()
    {
        var list = Invite.Allocate(TestRules(1), TestResults([Car("1")], Race("R1", "1")));

        Assert.Empty(list.Invitations);
        Assert.Empty(list.Decisions);
        Assert.Equal("Test", list.Season);
    }

    [Fact]
    public void ReadmeExample_DemoLmp2ChampionDeclines_InvitationPassesToTheLmp2RunnerUp()
    {
        // The README's example declines car #57, the demo season's LMP2 champion; the demo rules pass a declined invitation down.
        var season = SeasonGenerator.Demo();
        var standings = StandingsCalculator.Calculate(season.Rules, season.Results);
        var lmp2 = standings["LMP2 Teams"].Rows;
        Assert.Equal("57", lmp2[0].Competitor.Id);

        var list = InvitationAllocator.Allocate(season.Rules, standings, season.Results, new InvitationInputs { Declined = [TeamReference.ForCar("57")] });

        var invitation = list.Invitations[0];
        Assert.Equal(("lmp2-champion", lmp2[1].Competitor.Id, "LMP2", true), (invitation.RuleId, invitation.Car.Value, invitation.LeMansClass, invitation.PassedDown));
        Assert.Equal(
            $"2nd in LMP2 Teams with {lmp2[1].Total} points; passed down because {lmp2[0].Competitor.Name} declined the invitation.",
            invitation.Reason);
    }

    private static InvitationRule Lmp2Champion => new() { Id = "lmp2", Table = "LMP2 Teams", Position = 1, LeMansClass = "LMP2" };
}
