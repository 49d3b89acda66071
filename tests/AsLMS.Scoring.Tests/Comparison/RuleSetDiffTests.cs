using AsLMS.Scoring.Comparison;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Tests.Support;
using NodaTime;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Comparison;

public sealed class RuleSetDiffTests
{
    public static TheoryData<string> BuiltIns => new(BuiltIn.Keys);

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void Compare_BuiltInWithItselfAndWithItsJsonRoundTrip_IsEmpty(string key)
    {
        var rules = BuiltIn.Get(key);
        var roundTrip = ScoringJson.ParseRuleSet(ScoringJson.ToJson(rules));

        var itself = RuleSetDiff.Compare(rules, rules);
        var json = RuleSetDiff.Compare(rules, roundTrip);

        Assert.True(itself.IsEmpty, string.Join(Environment.NewLine, itself.Changes));
        Assert.True(json.IsEmpty, string.Join(Environment.NewLine, json.Changes));
        Assert.Equal(rules.Label, itself.From);
        Assert.Equal(rules.Label, itself.To);
    }

    [Fact]
    public void Compare_ProvenanceNotesAndDatesOnly_IsEmpty()
    {
        var rules = TestRules(2, Modern(pole: 1));
        var renamed = rules with
        {
            Notes = "Another note.",
            Provenance = Provenance.Of(Confidence.Uncertain, "A source was corrected.", "S1"),
            Scoring = rules.Scoring with { Provenance = Provenance.Of(Confidence.Derived, null) },
            Season = rules.Season with { Label = "Other label", Events = rules.Season.Events.Select(e => e with { Name = "Renamed event" }).ToEquatableArray() },
        };

        var differences = RuleSetDiff.Compare(rules, renamed);

        Assert.True(differences.IsEmpty, string.Join(Environment.NewLine, differences.Changes));
        Assert.Equal("Other label", differences.To);
    }

    [Fact]
    public void Compare_PolePointRemoved_IsOneScoringChange()
    {
        var current = TestRules(2, Modern(pole: 1));
        var proposed = TestRules(2, Modern(pole: 0));

        var change = Assert.Single(RuleSetDiff.Compare(current, proposed).Changes);

        Assert.Equal(
            new RuleChange
            {
                Area = RuleArea.Scoring,
                Kind = RuleChangeKind.Changed,
                Subject = "scoring",
                Aspect = "pole points",
                Before = "1",
                After = "0",
                Description = "Pole points: 1 -> 0",
            },
            change);
    }

    [Fact]
    public void Compare_HalfPointBeyondTenthOnAndOff_NamesTheEndOfTheScale()
    {
        var with = TestRules(2, Modern(beyond: Points.Half));
        var without = TestRules(2, Modern());

        Assert.Equal("Points beyond 10th: 0.5 -> 0", Assert.Single(RuleSetDiff.Compare(with, without).Changes).Description);
        Assert.Equal("Points beyond 10th: 0 -> 0.5", Assert.Single(RuleSetDiff.Compare(without, with).Changes).Description);
    }

    [Fact]
    public void Compare_DropRuleAdded_SaysWhatCounts()
    {
        var current = TestRules(3);
        var proposed = TestRules(3, rules: current.Scoring with { Drops = new DropRule { Segments = [new DropSegment { BestResults = 2 }], DisqualificationCannotBeDropped = true } });

        var change = Assert.Single(RuleSetDiff.Compare(current, proposed).Changes);

        Assert.Equal("Dropped results: every result counts -> best 2 results; a disqualification cannot be dropped", change.Description);
        Assert.Equal(RuleArea.Scoring, change.Area);
    }

    [Fact]
    public void Compare_ClassesTablesCrewAndInvitations_AddedRemovedAndChangedByIdentifier()
    {
        var current = TestRules(2) with
        {
            CrewRequirements = [new CrewRequirement { Id = "crew-size", Description = "2 or 3.", Minimum = 2, Maximum = 3 }],
            Invitations =
            [
                new InvitationRule { Id = "lmp2-champion", Table = "LMP2 Teams", Position = 1, LeMansClass = "LMP2" },
                new InvitationRule { Id = "gt-champion", Table = "GT Teams", Position = 1, LeMansClass = "LMGTE Am" },
            ],
        };
        var proposed = current with
        {
            Classes = current.Classes.Where(c => c.Id != "LMP2 Am").Append(new ClassDefinition { Id = "LMP3", Name = "LMP3" }).ToEquatableArray(),
            Tables = current.Tables.Where(t => !t.Id.Value.StartsWith("LMP2 Am", StringComparison.Ordinal)).ToEquatableArray(),
            CrewRequirements =
            [
                new CrewRequirement { Id = "crew-size", Description = "2 or 3.", Minimum = 2, Maximum = 4 },
                new CrewRequirement { Id = "bronze-required", Description = "A Bronze.", Categories = [DriverCategory.Bronze], Minimum = 1 },
            ],
            Invitations = [current.Invitations[1] with { LeMansClass = "LMGT3" }],
        };

        var descriptions = RuleSetDiff.Compare(current, proposed).Changes.Select(c => c.Description).ToList();

        Assert.Equal(
            [
                "Sub-class removed: LMP2 Am (inside LMP2)",
                "Class added: LMP3",
                "Table removed: LMP2 Am Teams (cars; LMP2 Am)",
                "Table removed: LMP2 Am Drivers (drivers; LMP2 Am)",
                "Crew requirement crew-size: maximum: 3 -> 4",
                "Crew requirement added: bronze-required (at least 1 Bronze driver, every class)",
                "Invitation removed: lmp2-champion (1st in LMP2 Teams, LMP2 at Le Mans)",
                "Invitation gt-champion: Le Mans class: LMGTE Am -> LMGT3",
            ],
            descriptions);
    }

    [Fact]
    public void Compare_TableScoringAndRaceCategory_NameWhereTheChangeApplies()
    {
        var current = TestRules(2, Modern(pole: 1));
        var eightHours = Modern(pole: 1) with { Category = "8h", Scale = [38, 27, 23, 18, 15, 12, 9, 6, 3, 2] };
        var proposed = current with
        {
            Scoring = current.Scoring with { Races = [Modern(pole: 1), eightHours with { Pole = 2 }] },
            Tables = current.Tables.Select(t => t.Id == "GT Teams" ? t with { Scoring = new ScoringRules { Races = [Modern(pole: 0)] } } : t).ToEquatableArray(),
        };

        var descriptions = RuleSetDiff.Compare(current, proposed).Changes.Select(c => c.Description).ToList();

        Assert.Equal(
            [
                "Scale of 8h races added: 38-27-23-18-15-12-9-6-3-2",
                "GT Teams: pole points: 1 -> 0",
            ],
            descriptions);
    }

    [Fact]
    public void Compare_CalendarAndClassification_ReportRulesNotDates()
    {
        var current = TestRules(2);
        var races = current.Season.Events[0].Races;
        var proposed = current with
        {
            Season = current.Season with
            {
                Events = [current.Season.Events[0] with { Races = [races[0] with { Date = races[0].Date.PlusDays(7), Multiplier = Ratio.FromInt64(2) }] }],
            },
            Classification = ClassificationRule.Default with { MinimumShare = Ratio.FromPercent(75), MustTakeChequeredFlag = true },
        };

        var descriptions = RuleSetDiff.Compare(current, proposed).Changes.Select(c => c.Description).ToList();

        Assert.Equal(
            [
                "R1: points multiplier: 1 -> 2",
                "Race removed: R2 (Race 2, round 2)",
                "Classification: share of the reference laps: 70 % -> 75 %",
                "Classification: must take the chequered flag: no -> yes",
            ],
            descriptions);
    }

    [Fact]
    public void Compare_MinimumDriveTimeAndTieBreaks_InPlainWords()
    {
        var current = TestRules(2);
        var proposed = TestRules(2, rules: new ScoringRules { Races = [Modern() with { MinimumDriveTime = Duration.FromMinutes(45) }], TieBreaks = [TieBreak.Countback, TieBreak.LatestResult] });

        var descriptions = RuleSetDiff.Compare(current, proposed).Changes.Select(c => c.Description).ToList();

        Assert.Equal(["Minimum drive time: none -> 45 min", "Tie-breaks: countback -> countback, then latest better result"], descriptions);
    }

    /// <summary>
    /// Facts of the two built-in seasons (README, docs/seasons.md): 2023 gave 0.5 beyond 10th (as 2021) and invited the LMP3 champion;
    /// 2023-24 gave nothing beyond 10th, invited only the LMP2 and GT champions (GT now in LMGT3) and added a fifth race.
    /// </summary>
    [Fact]
    public void Compare_2023To2023To24_ListsTheRuleChangesTheSeasonsDocument()
    {
        var descriptions = RuleSetDiff.Compare(AsianLeMansSeries.Season2023, AsianLeMansSeries.Season2023To24).Changes.Select(c => c.Description).ToList();

        Assert.Contains(descriptions, d => d.StartsWith("Race added: R5 ", StringComparison.Ordinal));
        Assert.Contains("Points beyond 10th: 0.5 -> 0", descriptions);
        Assert.Contains("Invitation removed: lmp3-champion (1st in LMP3 Teams, LMP2 at Le Mans)", descriptions);
        Assert.Contains("Invitation gt-champion: Le Mans class: LMGTE Am -> LMGT3", descriptions);
    }
}
