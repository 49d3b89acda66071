using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.Seasons;

// Each season's Le Mans invitation rules, written down from regulations.md sections 1 and 6 (and section 7 for the ELMS).
// Notation: "<table>#<position> -> <class at Le Mans>", then the conditions: "from R<n>" (must contest every round from n),
// "min <n> <basis>" (minimum entries), "else <table>#<position> -> <class>" (fallback), "other criteria".
public sealed class SeasonInvitationsTests
{
    public static TheoryData<string, string[]> Expected => new()
    {
        { "2009", ["LMP1 Teams#1 -> LMP1", "LMP2 Teams#1 -> LMP2", "GT1 Teams#1 -> LMGT1", "GT2 Teams#1 -> LMGT2"] },
        { "2013", ["LMP2 Teams#1 -> LMP2", "GTC Teams#1 -> LMGTE Am", "GTC Teams#2 -> LMGTE Am"] },
        { "2014", ["LMP2 Teams#1 -> LMP2 from R2", "GT Teams#1 -> LMGTE Am from R2", "GT Teams#2 -> LMGTE Am from R2"] },
        {
            "2015-16",
            [
                "LMP2 Teams#1 -> LMP2 from R1",
                "GT Teams#1 -> LMGTE Am from R1",
                "LMP3 Teams#1 -> LMP2 from R1 min 3 ClassEntries else GT Teams#2 -> LMGTE Am",
            ]
        },
        {
            "2016-17",
            [
                "LMP2 Teams#1 -> LMP2", "LMP3 Teams#1 -> LMP2", "GT Teams#1 -> LMGTE Am",
                "GT Am Teams#1 -> LMGTE Am min 3 ClassEntries else GT Teams#2 -> LMGTE Am",
            ]
        },
        {
            "2017-18",
            [
                "LMP2 Teams#1 -> LMP2", "LMP3 Teams#1 -> LMP2", "GT Teams#1 -> LMGTE Am",
                "GT Am Teams#1 -> LMGTE Am min 3 ClassEntries else GT Teams#2 -> LMGTE Am",
            ]
        },
        { "2018-19", ["LMP2 Teams#1 -> LMP2", "LMP2 Am Teams#1 -> LMP2", "LMP3 Teams#1 -> LMP2", "GT Teams#1 -> LMGTE Am"] },
        { "2019-20", ["LMP2 Teams#1 -> LMP2", "LMP2 Am Teams#1 -> LMP2", "LMP3 Teams#1 -> LMP2", "GT Teams#1 -> LMGTE Am"] },
        {
            "2021",
            [
                "LMP2 Teams#1 -> LMP2", "LMP3 Teams#1 -> LMP2",
                "GT Teams#1 -> LMGTE Am", "GT Teams#2 -> LMGTE Am", "GT Teams#3 -> LMGTE Am", "GT Teams#4 -> LMGTE Am",
            ]
        },
        {
            "2022",
            [
                "LMP2 Teams#1 -> LMP2 other criteria",
                "LMP2 Teams#2 -> LMP2 min 11 FullSeasonEntries other criteria",
                "LMP3 Teams#1 -> LMP2 other criteria",
                "GT Teams#1 -> LMGTE Am other criteria",
            ]
        },
        { "2023", ["LMP2 Teams#1 -> LMP2 other criteria", "LMP3 Teams#1 -> LMP2 other criteria", "GT Teams#1 -> LMGTE Am other criteria"] },
        { "2023-24", ["LMP2 Teams#1 -> LMP2", "GT Teams#1 -> LMGT3"] },
        { "2024-25", ["LMP2 Teams#1 -> LMP2", "GT Teams#1 -> LMGT3"] },
        { "2025-26", ["LMP2 Teams#1 -> LMP2", "GT Teams#1 -> LMGT3"] },
        { "2026-27", [] },
        { "WEC 2025", [] },
        {
            "ELMS 2024",
            ["LMP2 Teams#1 -> LMP2", "LMP2 Teams#2 -> LMP2", "LMP2 Pro-Am Teams#1 -> LMP2", "LMP3 Teams#1 -> LMP2", "LMGT3 Teams#1 -> LMGT3"]
        },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Invitations_MatchTheRegulationNotes(string key, string[] expected)
    {
        var rules = BuiltIn.Get(key);
        Assert.Equal(expected, rules.Invitations.Select(Describe));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Invitations_ReferToTeamsTablesOfTheSeason(string key, string[] expected)
    {
        _ = expected;
        var rules = BuiltIn.Get(key);
        Assert.Equal(rules.Invitations.Count, rules.Invitations.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var invitation in rules.Invitations)
        {
            Assert.Equal(CompetitorKind.Car, rules.FindTable(invitation.Table)?.Competitors);
            if (invitation.Fallback is { } fallback)
            {
                Assert.Equal(CompetitorKind.Car, rules.FindTable(fallback.Table)?.Competitors);
            }

            // No AsLMS source documents a pass-down when a team declines (regulations.md section 6): the invitation lapses.
            Assert.Equal(DeclinedInvitationPolicy.Lapses, invitation.WhenDeclined);
        }
    }

    [Fact]
    public void Invitations_2015To16_Lmp3NeedsThreeEntriesElseGtSecond()
    {
        var lmp3 = AsianLeMansSeries.Season2015To16.Invitations.Single(i => i.Table == "LMP3 Teams");
        Assert.Equal(3, lmp3.MinimumEntries);
        Assert.Equal(new InvitationFallback { Table = "GT Teams", Position = 2, LeMansClass = "LMGTE Am" }, lmp3.Fallback);
        Assert.Equal("LMP2", lmp3.LeMansClass);
    }

    [Fact]
    public void Invitations_2022_RunnerUpOnlyWithMoreThanTenFullSeasonEntries()
    {
        var runnerUp = AsianLeMansSeries.Season2022.Invitations.Single(i => i.Table == "LMP2 Teams" && i.Position == 2);
        Assert.Equal(11, runnerUp.MinimumEntries);
        Assert.Equal(EntryCountBasis.FullSeasonEntries, runnerUp.CountedEntries);
        Assert.Null(runnerUp.Fallback);
    }

    [Fact]
    public void Invitations_2023To24_LmpTwoAndGtChampionsOnly_NoneForLmp3()
    {
        var invitations = AsianLeMansSeries.Season2023To24.Invitations;
        Assert.Equal(["LMP2 Teams", "GT Teams"], invitations.Select(i => i.Table.Value));
        Assert.All(invitations, i => Assert.Equal(1, i.Position));
        Assert.DoesNotContain(invitations, i => i.Table == "LMP3 Teams");
    }

    private static string Describe(InvitationRule rule)
    {
        var text = $"{rule.Table}#{rule.Position} -> {rule.LeMansClass}";
        if (rule.MustContestFromRound is { } round)
        {
            text += $" from R{round}";
        }

        if (rule.MinimumEntries is { } minimum)
        {
            text += $" min {minimum} {rule.CountedEntries}";
        }

        if (rule.Fallback is { } fallback)
        {
            text += $" else {fallback.Table}#{fallback.Position} -> {fallback.LeMansClass}";
        }

        if (rule.SubjectToOtherCriteria)
        {
            text += " other criteria";
        }

        return text;
    }
}
