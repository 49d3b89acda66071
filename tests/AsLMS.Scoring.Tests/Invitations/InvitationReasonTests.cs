using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;
using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Invitations;

// The words of each invitation outcome (every reason is shown to users and quoted by the organiser), the argument checks, and
// the corners of the allocation that the broader tests in InvitationAllocatorTests do not reach: shortfalls without fallback, the
// rounds a team missed, ordinals, ties for a lower position. TestRules: 25-18-15-12-10-8-6-4-2-1, countback then latest result.
public sealed class InvitationReasonTests
{
    private static InvitationRule Lmp2Champion => new() { Id = "lmp2", Table = "LMP2 Teams", Position = 1, LeMansClass = "LMP2" };

    [Fact]
    public void Allocate_NullArguments_Throw()
    {
        var results = TestResults([Car("1")], Race("R1", "1"));
        var rules = TestRules(1);
        var standings = StandingsCalculator.Calculate(rules, results);

        Assert.Throws<ArgumentNullException>("rules", () => InvitationAllocator.Allocate(null!, standings, results, InvitationInputs.None));
        Assert.Throws<ArgumentNullException>("standings", () => InvitationAllocator.Allocate(rules, null!, results, InvitationInputs.None));
        Assert.Throws<ArgumentNullException>("results", () => InvitationAllocator.Allocate(rules, standings, null!, InvitationInputs.None));
        Assert.Throws<ArgumentNullException>("inputs", () => InvitationAllocator.Allocate(rules, standings, results, null!));
        Assert.Throws<ArgumentNullException>("entry", () => TeamReference.ForCar("1").Matches(null!));
    }

    [Fact]
    public void Allocate_StandingsOfAnotherRuleSet_SaysSo()
    {
        var results = TestResults([Car("1")], Race("R1", "1"));
        var rules = TestRules(1) with { Invitations = [Lmp2Champion] };

        var error = Assert.Throws<ArgumentException>("standings", () => InvitationAllocator.Allocate(rules, StandingsCalculator.Calculate(TestRules(1), results), results, InvitationInputs.None));

        Assert.StartsWith("The standings were calculated under another rule set than 'Test'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_StandingsNamingACarTheResultsLack_Throws_NamingTheTableAndTheCar()
    {
        // Standings of #1 and #2, but results without #2: the standings came from other results.
        var rules = TestRules(1) with { Invitations = [Lmp2Champion] };
        var full = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"));
        var partial = TestResults([Car("1")], Race("R1", "1"));

        var error = Assert.Throws<ArgumentException>("standings", () => InvitationAllocator.Allocate(rules, StandingsCalculator.Calculate(rules, full), partial, InvitationInputs.None));

        Assert.StartsWith(
            "The standings of 'LMP2 Teams' name car #2, which the results have no entry for: were they calculated from other results?",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_UnknownTeamsInEveryInput_EachReportedWithWhatTheyWereSaidToDo()
    {
        var results = TestResults([Car("1")], Race("R1", "1"));
        var rules = TestRules(1) with { Invitations = [Lmp2Champion] };
        var inputs = new InvitationInputs
        {
            AlreadyInvited = [TeamReference.ForCar("98")],
            OtherCriteriaNotMet = [new CriteriaNotMet { Team = TeamReference.ForEntrant("Nobody"), Reason = "budget" }],
        };

        var error = Assert.Throws<ScoringInputException>(() => Invite.Allocate(rules, results, inputs));

        Assert.Equal([ErrorCodes.UnknownInvitationTeam, ErrorCodes.UnknownInvitationTeam], error.Errors.Select(e => e.ErrorCode));
        Assert.Equal(
            [
                "The teams that already hold an invitation include #98, which is not a car or entrant of Test.",
                "The teams that do not meet the other criteria include Nobody, which is not a car or entrant of Test.",
            ],
            error.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["AlreadyInvited", "OtherCriteriaNotMet"], error.Errors.Select(e => e.PropertyName));
    }

    [Theory]
    [InlineData(EntryCountBasis.ClassEntries, 1, "LMP2 had 1 entry that started a race, fewer than the 3 required: no invitation (the rule has no fallback).")]
    [InlineData(EntryCountBasis.ClassEntries, 2, "LMP2 had 2 entries that started a race, fewer than the 3 required: no invitation (the rule has no fallback).")]
    [InlineData(EntryCountBasis.FullSeasonEntries, 1, "LMP2 had 1 full-season entry, fewer than the 3 required: no invitation (the rule has no fallback).")]
    [InlineData(EntryCountBasis.FullSeasonEntries, 2, "LMP2 had 2 full-season entries, fewer than the 3 required: no invitation (the rule has no fallback).")]
    public void Allocate_TooFewEntries_NoFallback_Lapses_CountingAsTheRuleSays(EntryCountBasis basis, int cars, string reason)
    {
        // One race; every car started it and is a full-season entry.
        var numbers = Numbers(cars);
        var results = TestResults(numbers.Select(n => Car(n)), Race("R1", numbers));
        var rules = TestRules(1) with { Invitations = [Lmp2Champion with { MinimumEntries = 3, CountedEntries = basis }] };

        var decision = Invite.Allocate(rules, results).Decision("lmp2");

        Assert.Equal(InvitationOutcome.Lapsed, decision.Outcome);
        Assert.False(decision.ViaFallback);
        Assert.Equal(reason, decision.Reason);
    }

    [Fact]
    public void Allocate_FallbackThatLapses_ReasonStartsWithTheShortfall()
    {
        // LMP2 has 1 entry, fewer than 2: the invitation falls back to the GT champion #31, who declines; the rule lets it lapse.
        var results = TestResults([Car("1"), Car("31", "GT"), Car("32", "GT")], Race("R1", "1", "31", "32"));
        var rules = TestRules(1) with
        {
            Invitations = [Lmp2Champion with { WhenDeclined = DeclinedInvitationPolicy.Lapses, MinimumEntries = 2, Fallback = new InvitationFallback { Table = "GT Teams", Position = 1, LeMansClass = "LMGT3" } }],
        };

        var decision = Invite.Allocate(rules, results, Invite.Declining("31")).Decision("lmp2");

        Assert.Equal(InvitationOutcome.Lapsed, decision.Outcome);
        Assert.True(decision.ViaFallback);
        Assert.Equal(
            "LMP2 had 1 entry that started a race, fewer than the 2 required, so the invitation for 1st in LMP2 Teams falls back to 1st in GT Teams. "
            + "#31 Team 31 declined the invitation, and the rule lets the invitation lapse.",
            decision.Reason);
    }

    [Fact]
    public void Allocate_OtherCriteriaNotMet_WithoutAReason_SaysSoWithoutAColon()
    {
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"));
        var rules = TestRules(1) with { Invitations = [Lmp2Champion with { SubjectToOtherCriteria = true, WhenDeclined = DeclinedInvitationPolicy.Lapses }] };
        var inputs = new InvitationInputs { OtherCriteriaNotMet = [new CriteriaNotMet { Team = TeamReference.ForCar("1") }] };

        var list = Invite.Allocate(rules, results, inputs);

        Assert.Equal("Does not meet the other criteria: the rule lets the invitation lapse.", list.Considerations[0].Reason);
        Assert.Equal("#1 Team 1 does not meet the other criteria, and the rule lets the invitation lapse.", list.Decision("lmp2").Reason);
    }

    [Theory]
    [InlineData(1, 2, "LMP2 Teams has 1 team: there is no 2nd.")]
    [InlineData(2, 3, "LMP2 Teams has 2 teams: there is no 3rd.")]
    [InlineData(3, 4, "LMP2 Teams has 3 teams: there is no 4th.")]
    [InlineData(3, 11, "LMP2 Teams has 3 teams: there is no 11th.")]
    [InlineData(3, 12, "LMP2 Teams has 3 teams: there is no 12th.")]
    [InlineData(3, 13, "LMP2 Teams has 3 teams: there is no 13th.")]
    [InlineData(3, 21, "LMP2 Teams has 3 teams: there is no 21st.")]
    [InlineData(3, 22, "LMP2 Teams has 3 teams: there is no 22nd.")]
    [InlineData(3, 23, "LMP2 Teams has 3 teams: there is no 23rd.")]
    [InlineData(3, 111, "LMP2 Teams has 3 teams: there is no 111th.")]
    public void Allocate_PositionBeyondTheTable_Lapses_NamingThePositionInWords(int cars, int position, string reason)
    {
        var numbers = Numbers(cars);
        var results = TestResults(numbers.Select(n => Car(n)), Race("R1", numbers));
        var rules = TestRules(1) with { Invitations = [Lmp2Champion with { Position = position }] };

        var decision = Invite.Allocate(rules, results).Decision("lmp2");

        Assert.Equal(InvitationOutcome.Lapsed, decision.Outcome);
        Assert.Equal(reason, decision.Reason);
    }

    [Fact]
    public void Allocate_TeamsThatMissedRounds_NotEligible_EveryMissedRoundListed()
    {
        // R1: #1 25, #2 18, #3 15. R2: #3 25, #2 did not start, #1 no result. R3: #2 25, #3 18, #1 no result.
        // Totals: #3 15 + 25 + 18 = 58, #2 18 + 25 = 43, #1 25. Only #3 contested every round: no 2nd eligible team.
        var results = TestResults(
            [Car("1"), Car("2"), Car("3")],
            Race("R1", "1", "2", "3"),
            Race("R2", "3").Out("2", ResultStatus.DidNotStart),
            Race("R3", "2", "3"));
        var rules = TestRules(3) with { Invitations = [Lmp2Champion with { Id = "runner-up", Position = 2, MustContestFromRound = 1 }] };

        var list = Invite.Allocate(rules, results);

        Assert.Equal("Only 1 of the 3 teams in LMP2 Teams contested every round: there is no 2nd eligible team.", list.Decision("runner-up").Reason);
        Assert.Equal(
            [
                "Did not start round 2 (Race 2): not eligible, so not counted for the position.",
                "No result in round 2 (Race 2), no result in round 3 (Race 3): not eligible, so not counted for the position.",
            ],
            list.Considerations.Where(c => c.Outcome == ConsiderationOutcome.NotEligible).Select(c => c.Reason));
    }

    [Fact]
    public void Allocate_SecondPlaceRule_WhenTheTopTwoShareFirst_IsUndecided_AndEachTiedTeamIsToldWhoItSharesWith()
    {
        // #1 and #2 each win once and finish 2nd once: 25 + 18 = 43 each, equal on countback (TestRules' only tie-break), so they
        // share 1st; #3 15 + 15 = 30 is 3rd. The 2nd place belongs to the group sharing 1st: the standings do not decide it.
        var results = TestResults([Car("1"), Car("2"), Car("3")], Race("R1", "1", "2", "3"), Race("R2", "2", "1", "3"));
        var rules = TestRules(2) with { Invitations = [Lmp2Champion with { Id = "runner-up", Position = 2 }] };

        var list = Invite.Allocate(rules, results);

        Assert.Equal(InvitationOutcome.Undecided, list.Decision("runner-up").Outcome);
        Assert.Equal(
            [
                "Shares 1st place with #2 Team 2: the standings do not decide which of them earned the invitation.",
                "Shares 1st place with #1 Team 1: the standings do not decide which of them earned the invitation.",
            ],
            list.Considerations.Select(c => c.Reason));
        Assert.Equal(["#1 Team 1", "#2 Team 2"], list.Considerations.Select(c => c.Team));
    }

    [Fact]
    public void TeamReference_ToString_NamesTheCarOrTheEntrant()
    {
        Assert.Equal("#7", TeamReference.ForCar("7").ToString());
        Assert.Equal("Team 7", TeamReference.ForEntrant("Team 7").ToString());
        Assert.Equal("(no team)", default(TeamReference).ToString());
    }

    /// <summary>Car numbers "1" to the count, finishing in that order.</summary>
    private static string[] Numbers(int count) => Enumerable.Range(1, count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
