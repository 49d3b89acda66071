using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Tests.Support;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Invitations;

// The built-in seasons' invitation rules (regulations.md sections 1 and 6) applied to hand-built results. Races are written as overall
// finishing orders (Fixture.Race); a class's positions are its cars' order among themselves. Every season here scores 25-18-15-12-10-8-
// 6-4-2-1 and no poles are given, so the points in the comments are that scale only. Expected lines read
// "rule: #car table P<rank> <points> -> <class at Le Mans>" (Invite.Summary).
public sealed class BuiltInSeasonInvitationsTests
{
    [Fact]
    public void Season2013_Lmp2WinnerAndGtcFirstAndSecond_InvitedToLmgteAmForGtc()
    {
        var results = TestResults(
            [Car("1"), Car("2"), Car("31", "GTC"), Car("32", "GTC"), Car("33", "GTC")],
            Race("R1", "1", "2", "32", "31", "33"),
            Race("R2", "2", "1", "31", "33", "32"),
            Race("R3", "1", "2", "31", "32", "33"),
            Race("R4", "1", "2", "33", "32", "31"));

        // LMP2: #1 25+18+25+25 = 93, #2 18+25+18+18 = 79.
        // GTC:  #31 18+25+25+15 = 83, #32 25+15+18+18 = 76, #33 15+18+15+25 = 73.
        var list = Invite.Allocate(AsianLeMansSeries.Season2013, results);

        Assert.Equal(
            [
                "lmp2-champion: #1 LMP2 Teams P1 93 -> LMP2",
                "gtc-champion: #31 GTC Teams P1 83 -> LMGTE Am",
                "gtc-runner-up: #32 GTC Teams P2 76 -> LMGTE Am",
            ],
            list.Summary());
        Assert.All(list.Decisions, d => Assert.Equal(InvitationOutcome.Given, d.Outcome));
        Assert.Equal("2nd in GTC Teams with 76 points.", list.Find("32")!.Reason);
        Assert.Null(list.Find("33"));
    }

    [Fact]
    public void Season2014_ChampionWhoMissedRoundTwo_GetsNothing_BestTeamThatContestedRoundsTwoToFourDoes()
    {
        var results = TestResults(
            [Car("1"), Car("2"), Car("3"), Car("31", "GT"), Car("32", "GT"), Car("33", "GT"), Car("34", "GT")],
            Race("R1", "1", "2", "3", "32", "34").Out("33", ResultStatus.NotClassified),
            Race("R2", "3", "2", "31", "33", "32", "34"),
            Race("R3", "1", "2", "3", "31", "33", "34").Out("32", ResultStatus.DidNotStart),
            Race("R4", "1", "2", "3", "31", "33", "32").Out("34", ResultStatus.Retired));

        // LMP2: #1 25+0+25+25 = 75 (no result in R2), #2 18+18+18+18 = 72, #3 15+25+15+15 = 70.
        // GT:   #31 0+25+25+25 = 75 (absent from R1, which the rule does not require), #32 25+15+0+15 = 55 (did not start R3),
        //       #33 0+18+18+18 = 54 (not classified in R1, classified in R2-R4), #34 18+12+15+0 = 45 (retired in R4: contested).
        var list = Invite.Allocate(AsianLeMansSeries.Season2014, results);

        Assert.Equal(
            [
                "lmp2-champion: #2 LMP2 Teams P2 72 -> LMP2",
                "gt-champion: #31 GT Teams P1 75 -> LMGTE Am",
                "gt-runner-up: #33 GT Teams P3 54 -> LMGTE Am",
            ],
            list.Summary());
        Assert.Equal(["#1 NotEligible", "#2 Invited"], list.Considered("lmp2-champion"));
        Assert.Equal(["#32 NotEligible", "#33 Invited"], list.Considered("gt-runner-up"));
        Assert.Equal(
            "No result in round 2 (3 Hours of Fuji): not eligible, so not counted for the position.",
            list.Considerations.Single(c => c.Car == "1").Reason);
        Assert.Equal(
            "2nd in LMP2 Teams with 72 points, 1st of the teams that contested every round from round 2.",
            list.Find("2")!.Reason);
        Assert.StartsWith("Did not start round 3 (3 Hours of Shanghai)", list.Considerations.Single(c => c.Car == "32").Reason, StringComparison.Ordinal);
        Assert.False(list.Find("2")!.PassedDown);
    }

    [Fact]
    public void Season2015To16_TwoLmp3Entries_Lmp3InvitationFallsBackToGtSecond()
    {
        var list = Invite.Allocate(AsianLeMansSeries.Season2015To16, Results2015To16(lmp3: ["21", "22"]));

        // Same order in all four races. LMP2: #1 4 x 25 = 100, #2 4 x 18 = 72. LMP3: #21 100, #22 72.
        // GT: #31 100, #32 72, #33 4 x 15 = 60.
        Assert.Equal(
            [
                "lmp2-champion: #1 LMP2 Teams P1 100 -> LMP2",
                "gt-champion: #31 GT Teams P1 100 -> LMGTE Am",
                "lmp3-champion: #32 GT Teams P2 72 -> LMGTE Am fallback",
            ],
            list.Summary());
        var decision = list.Decision("lmp3-champion");
        Assert.True(decision.ViaFallback);
        Assert.Equal("GT Teams", decision.Table.Value);
        Assert.Equal(
            "LMP3 had 2 entries that started a race, fewer than the 3 required, so the invitation for 1st in LMP3 Teams falls back to 2nd in "
            + "GT Teams. 2nd in GT Teams with 72 points.",
            decision.Reason);
        Assert.Null(list.Find("21"));
    }

    [Fact]
    public void Season2015To16_ThreeLmp3Entries_Lmp3ChampionInvitedInLmp2()
    {
        var list = Invite.Allocate(AsianLeMansSeries.Season2015To16, Results2015To16(lmp3: ["21", "22", "23"]));

        // LMP3: #21 4 x 25 = 100, #22 72, #23 60.
        Assert.Equal(
            [
                "lmp2-champion: #1 LMP2 Teams P1 100 -> LMP2",
                "gt-champion: #31 GT Teams P1 100 -> LMGTE Am",
                "lmp3-champion: #21 LMP3 Teams P1 100 -> LMP2",
            ],
            list.Summary());
        Assert.Null(list.Find("32"));
    }

    [Fact]
    public void Season2015To16_ThirdLmp3EntryNeverStarted_DoesNotCount_FallsBack()
    {
        var results = Results2015To16(lmp3: ["21", "22"], extra: Car("23", "LMP3"), extraStatus: ResultStatus.DidNotStart);

        var list = Invite.Allocate(AsianLeMansSeries.Season2015To16, results);

        Assert.Equal("lmp3-champion: #32 GT Teams P2 72 -> LMGTE Am fallback", list.Summary()[2]);
    }

    [Fact]
    public void Season2015To16_FallbackKeepsTheAllRoundsCondition_PositionsCountEligibleTeamsOnly()
    {
        var results = TestResults(
            [Car("1"), Car("2"), Car("21", "LMP3"), Car("22", "LMP3"), Car("31", "GT"), Car("32", "GT"), Car("33", "GT")],
            Race("R1", "1", "2", "21", "22", "33", "32"),
            Race("R2", "1", "2", "21", "22", "31", "32", "33"),
            Race("R3", "1", "2", "21", "22", "31", "32", "33"),
            Race("R4", "1", "2", "21", "22", "31", "32", "33"));

        // GT: #31 0+25+25+25 = 75 (no result in R1), #32 18+18+18+18 = 72, #33 25+15+15+15 = 70. #31 is champion but not eligible,
        // so GT 1st goes to #32, and the fallback's "GT 2nd" is the 2nd eligible team: #33.
        var list = Invite.Allocate(AsianLeMansSeries.Season2015To16, results);

        Assert.Equal(
            [
                "lmp2-champion: #1 LMP2 Teams P1 100 -> LMP2",
                "gt-champion: #32 GT Teams P2 72 -> LMGTE Am",
                "lmp3-champion: #33 GT Teams P3 70 -> LMGTE Am fallback",
            ],
            list.Summary());
        Assert.Equal(["#31 NotEligible", "#32 Invited"], list.Considered("gt-champion"));
        Assert.Equal(["#31 NotEligible", "#33 Invited"], list.Considered("lmp3-champion"));
    }

    [Fact]
    public void Season2022_TenFullSeasonLmp2Entries_NoRunnerUpInvitation()
    {
        // Ten full-season LMP2 entries and an eleventh for one race only.
        var list = Invite.Allocate(AsianLeMansSeries.Season2022, Results2022(fullSeason: 10, oneOff: 1));

        // One race: LMP2 #1 25, #2 18, ...; LMP3 #21 25; GT #31 25.
        Assert.Equal(
            [
                "lmp2-champion: #1 LMP2 Teams P1 25 -> LMP2",
                "lmp3-champion: #21 LMP3 Teams P1 25 -> LMP2",
                "gt-champion: #31 GT Teams P1 25 -> LMGTE Am",
            ],
            list.Summary());
        var runnerUp = list.Decision("lmp2-runner-up");
        Assert.Equal(InvitationOutcome.Lapsed, runnerUp.Outcome);
        Assert.Equal("LMP2 had 10 full-season entries, fewer than the 11 required: no invitation (the rule has no fallback).", runnerUp.Reason);
        Assert.Empty(list.Considered("lmp2-runner-up"));
    }

    [Fact]
    public void Season2022_ElevenFullSeasonLmp2Entries_RunnerUpInvitedToo()
    {
        var list = Invite.Allocate(AsianLeMansSeries.Season2022, Results2022(fullSeason: 11, oneOff: 0));

        Assert.Equal(
            [
                "lmp2-champion: #1 LMP2 Teams P1 25 -> LMP2",
                "lmp2-runner-up: #2 LMP2 Teams P2 18 -> LMP2",
                "lmp3-champion: #21 LMP3 Teams P1 25 -> LMP2",
                "gt-champion: #31 GT Teams P1 25 -> LMGTE Am",
            ],
            list.Summary());
        Assert.Equal("2nd in LMP2 Teams with 18 points; meets the other criteria.", list.Find("2")!.Reason);
    }

    [Fact]
    public void Season2022_Lmp3ChampionMissesTheOtherCriteria_InvitationLapses()
    {
        var inputs = new InvitationInputs
        {
            OtherCriteriaNotMet = [new CriteriaNotMet { Team = TeamReference.ForCar("21"), Reason = "no full-season ACO entry for 2022-23" }],
        };

        var list = Invite.Allocate(AsianLeMansSeries.Season2022, Results2022(fullSeason: 10, oneOff: 0), inputs);

        // The built-in rules let an invitation lapse (no pass-down rule was found): LMP3 2nd (#22) gets nothing.
        Assert.Null(list.Find("21"));
        Assert.Null(list.Find("22"));
        var decision = list.Decision("lmp3-champion");
        Assert.Equal(InvitationOutcome.Lapsed, decision.Outcome);
        Assert.Equal(
            "#21 Team 21 does not meet the other criteria: no full-season ACO entry for 2022-23, and the rule lets the invitation lapse.",
            decision.Reason);
        Assert.Equal(["#21 OtherCriteriaNotMet"], list.Considered("lmp3-champion"));
    }

    [Fact]
    public void Season2023To24_Lmp2AndGtChampionsOnly_Lmp3ChampionNone()
    {
        var results = TestResults(
            [Car("1"), Car("2"), Car("21", "LMP3"), Car("22", "LMP3"), Car("31", "GT"), Car("32", "GT")],
            Race("R1", "2", "1", "22", "21", "31", "32"),
            Race("R2", "1", "2", "21", "22", "32", "31"),
            Race("R3", "1", "2", "21", "22", "31", "32"));

        // LMP2: #1 18+25+25 = 68, #2 25+18+18 = 61. LMP3: #21 68, #22 61. GT: #31 25+18+25 = 68, #32 61.
        var list = Invite.Allocate(AsianLeMansSeries.Season2023To24, results);

        Assert.Equal(
            [
                "lmp2-champion: #1 LMP2 Teams P1 68 -> LMP2",
                "gt-champion: #31 GT Teams P1 68 -> LMGT3",
            ],
            list.Summary());
        Assert.Equal(["lmp2-champion", "gt-champion"], list.Decisions.Select(d => d.RuleId));
        Assert.DoesNotContain(list.Considerations, c => c.Table == "LMP3 Teams");
        Assert.Null(list.Find("21"));
    }

    private static SeasonResults Results2015To16(
        string[] lmp3,
        Entry? extra = null,
        ResultStatus? extraStatus = null)
    {
        var entries = new List<Entry> { Car("1"), Car("2") };
        entries.AddRange(lmp3.Select(c => Car(c, "LMP3")));
        entries.AddRange(new[] { "31", "32", "33" }.Select(c => Car(c, "GT")));
        string[] order = ["1", "2", .. lmp3, "31", "32", "33"];
        var races = Enumerable.Range(1, 4).Select(round =>
        {
            var race = Race($"R{round}", order);
            return extra is null ? race : race.Out(extra.Car.Value, extraStatus!.Value);
        }).ToArray();
        if (extra is not null)
        {
            entries.Add(extra);
        }

        return TestResults(entries, races);
    }

    private static SeasonResults Results2022(int fullSeason, int oneOff)
    {
        var lmp2 = Enumerable.Range(1, fullSeason + oneOff)
            .Select(i => Car(i.ToString(System.Globalization.CultureInfo.InvariantCulture), fullSeason: i <= fullSeason))
            .ToList();
        var entries = lmp2.Concat([Car("21", "LMP3"), Car("22", "LMP3"), Car("31", "GT")]);
        string[] order = [.. lmp2.Select(e => e.Car.Value), "21", "22", "31"];
        return TestResults(entries, Race("R1", order));
    }
}
