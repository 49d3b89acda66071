using AsLMS.Scoring.Comparison;
using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using FluentValidation;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Comparison;

public sealed class RuleChangeImpactTests
{
    private static readonly InvitationRule Lmp2Champion = new() { Id = "lmp2-champion", Table = "LMP2 Teams", Position = 1, LeMansClass = "LMP2" };
    private static readonly InvitationRule GtChampion = new() { Id = "gt-champion", Table = "GT Teams", Position = 1, LeMansClass = "LMGT3" };

    /// <summary>
    /// LMP2: car 3 misses race 1; car 2 takes both poles. Scale 25-18-15-12.
    /// R1: #1 25, #2 18, #4 15.   R2: #3 25, #2 18, #4 15, #1 12.
    /// Without poles: #1 25+12 = 37, #2 18+18 = 36, #4 15+15 = 30, #3 25.
    /// With one point a pole: #2 36+2 = 38, the others as above.
    /// GT: #7 wins both races (50), #8 is second in both (36); no GT pole is given.
    /// </summary>
    private static SeasonResults PoleSeason() => TestResults(
        [Car("1"), Car("2"), Car("3"), Car("4"), Car("7", "GT"), Car("8", "GT")],
        Race("R1", "1", "2", "4", "7", "8").Pole("LMP2", "2"),
        Race("R2", "3", "2", "4", "1", "7", "8").Pole("LMP2", "2"));

    [Fact]
    public void Assess_SameRules_IsEmpty()
    {
        var rules = TestRules(2, Modern(pole: 1)) with { Invitations = [Lmp2Champion, GtChampion] };

        var impact = RuleChangeImpact.Assess(rules, rules, PoleSeason());

        Assert.True(impact.IsEmpty);
        Assert.Equal(new ImpactReport { From = "Test", To = "Test", Tables = [] }, impact);
    }

    [Fact]
    public void Assess_PolePointRemoved_ChangesExactlyTheRowsOfThePoleSitterAndTheCarItPassed()
    {
        var current = TestRules(2, Modern(pole: 1)) with { Invitations = [Lmp2Champion] };
        var proposed = TestRules(2, Modern(pole: 0)) with { Invitations = [Lmp2Champion] };

        var impact = RuleChangeImpact.Assess(current, proposed, PoleSeason());

        // #2: 38 (1st) -> 36 (2nd); #1: 37 (2nd) -> 37 (1st). #3 (25) and #4 (30) unchanged; GT has no pole.
        Assert.Equal(["LMP2 Teams", "LMP2 Drivers"], impact.Tables.Select(t => t.Table.Value));
        var teams = impact.Tables[0];
        Assert.Equal(
            [("1", 2, 1, (Points)37, (Points)37), ("2", 1, 2, 38, 36)],
            teams.Changes.Select(c => (c.Competitor.Id, c.RankBefore!.Value, c.RankAfter!.Value, c.PointsBefore!.Value, c.PointsAfter!.Value)));
        Assert.Equal([1, -1], teams.Changes.Select(c => c.PlacesGained!.Value));
        Assert.Equal([Points.Zero, -2], teams.Changes.Select(c => c.PointsGained!.Value));
        Assert.Equal("LMP2 Teams champion: #2 Team 2 (38 points) -> #1 Team 1 (37 points)", teams.Title!.Description);
        Assert.Equal(["2"], teams.Title.Before.Select(c => c.Id));
        Assert.Equal(["1"], teams.Title.After.Select(c => c.Id));

        // The drivers of each car score the car's points, and the two drivers of a car share its rank: 2a and 2b were =1st (38),
        // 1a and 1b 3rd (37); now 1a and 1b are =1st (37), 2a and 2b 3rd (36).
        var drivers = impact.Tables[1];
        Assert.Equal(
            [("1a", 3, 1), ("1b", 3, 1), ("2a", 1, 3), ("2b", 1, 3)],
            drivers.Changes.Select(c => (c.Competitor.Id, c.RankBefore!.Value, c.RankAfter!.Value)));

        // The LMP2 champion's invitation changes hands.
        var invitation = Assert.Single(impact.Invitations);
        Assert.Equal(("2", "1"), (invitation.Before!.Car.Value, invitation.After!.Car.Value));
        Assert.Equal("lmp2-champion: #2 Team 2 (LMP2 at Le Mans) -> #1 Team 1 (LMP2 at Le Mans)", invitation.Description);
        Assert.True(impact.NewFailures.IsEmpty && impact.ResolvedFailures.IsEmpty && impact.TablesAdded.IsEmpty && impact.TablesRemoved.IsEmpty);
    }

    [Fact]
    public void Assess_HalfPointBeyondTheScaleRemoved_TakesItFromEveryCarBeyondTheScale()
    {
        // Scale 3-2-1, 0.5 beyond 3rd. R1: 1, 2, 3, 4, 5.  R2: 4, 5, 1, 2, 3.
        // With the half point: #1 3+1 = 4, #4 0.5+3 = 3.5, #2 2+0.5 = 2.5, #5 0.5+2 = 2.5, #3 1+0.5 = 1.5.
        // Without:             #1 4,       #4 3,         #2 2,           #5 2,           #3 1.
        // #2 and #5 are level either way and countback puts #2 (2nd and 4th) ahead of #5 (2nd and 5th): no rank changes.
        var scale = new RaceScoring { Scale = [3, 2, 1], BeyondScale = Points.Half };
        var current = TestRules(2, scale);
        var proposed = TestRules(2, scale with { BeyondScale = Points.Zero });
        var results = TestResults([Car("1"), Car("2"), Car("3"), Car("4"), Car("5")], Race("R1", "1", "2", "3", "4", "5"), Race("R2", "4", "5", "1", "2", "3"));

        var impact = RuleChangeImpact.Assess(current, proposed, results);

        var teams = impact.Tables.Single(t => t.Table == "LMP2 Teams");
        Assert.Null(teams.Title);
        Assert.Equal(
            [("4", 2, 2, Points.FromFraction(7, 2), (Points)3), ("2", 3, 3, Points.FromFraction(5, 2), 2), ("5", 4, 4, Points.FromFraction(5, 2), 2), ("3", 5, 5, Points.FromFraction(3, 2), 1)],
            teams.Changes.Select(c => (c.Competitor.Id, c.RankBefore!.Value, c.RankAfter!.Value, c.PointsBefore!.Value, c.PointsAfter!.Value)));
        Assert.All(teams.Changes, c => Assert.Equal(-Points.Half, c.PointsGained));
    }

    [Fact]
    public void Assess_DropRuleAdded_ChangesTheChampion()
    {
        // R1 and R2: #1 wins, #2 2nd; R3: #2 wins, #1 retires.
        // Every result: #1 25+25+0 = 50, #2 18+18+25 = 61.  Best 2: #1 25+25 = 50, #2 25+18 = 43.
        var current = TestRules(3);
        var proposed = TestRules(3, rules: current.Scoring with { Drops = new DropRule { Segments = [new DropSegment { BestResults = 2 }] } });
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"), Race("R2", "1", "2"), Race("R3", "2").Out("1", ResultStatus.Retired));

        var impact = RuleChangeImpact.Assess(current, proposed, results);

        var teams = impact.Tables.Single(t => t.Table == "LMP2 Teams");
        Assert.Equal("LMP2 Teams champion: #2 Team 2 (61 points) -> #1 Team 1 (50 points)", teams.Title!.Description);
        Assert.Equal(
            [("1", 2, 1, (Points)50, (Points)50), ("2", 1, 2, 61, 43)],
            teams.Changes.Select(c => (c.Competitor.Id, c.RankBefore!.Value, c.RankAfter!.Value, c.PointsBefore!.Value, c.PointsAfter!.Value)));
    }

    [Fact]
    public void Assess_InvitationRuleRemoved_TheGtChampionIsNoLongerInvited()
    {
        // GT: #7 wins both races (50 to #8's 36), so it is the GT champion and is invited under the first rules only.
        var current = TestRules(2) with { Invitations = [Lmp2Champion, GtChampion] };
        var proposed = current with { Invitations = [Lmp2Champion] };

        var impact = RuleChangeImpact.Assess(current, proposed, PoleSeason());

        Assert.True(impact.Tables.IsEmpty);
        var change = Assert.Single(impact.Invitations);
        Assert.Equal("gt-champion", change.RuleId);
        Assert.Equal((InvitationOutcome?)InvitationOutcome.Given, change.OutcomeBefore);
        Assert.Null(change.OutcomeAfter);
        Assert.Equal("7", change.Before!.Car.Value);
        Assert.Null(change.After);
        Assert.Equal("gt-champion: #7 Team 7 (LMGT3 at Le Mans) -> no such rule", change.Description);
    }

    [Fact]
    public void Assess_BronzeRuleAdded_TheCrewWithoutABronzeBecomesInvalid()
    {
        // #1: a Bronze and a Gold; #2: a Gold and a Silver. Crew rules do not change points: only the validation failures differ.
        var bronze = new CrewRequirement { Id = "bronze-required", Description = "At least one Bronze driver.", Categories = [DriverCategory.Bronze], Minimum = 1 };
        var current = TestRules(2);
        var proposed = current with { CrewRequirements = [bronze] };
        var categories = new Dictionary<string, DriverCategory> { ["1a"] = DriverCategory.Bronze, ["1b"] = DriverCategory.Gold, ["2a"] = DriverCategory.Gold, ["2b"] = DriverCategory.Silver };
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"), Race("R2", "2", "1"));
        results = results with { Drivers = results.Drivers.Select(d => d with { Category = categories[d.Id.Value] }).ToEquatableArray() };

        var impact = RuleChangeImpact.Assess(current, proposed, results);

        Assert.True(impact.Tables.IsEmpty && impact.Invitations.IsEmpty && impact.ResolvedFailures.IsEmpty);
        Assert.NotEmpty(impact.NewFailures);
        Assert.All(impact.NewFailures, f =>
        {
            Assert.Equal("CrewRequirementNotMet", f.Code);
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Contains("#2", f.Property, StringComparison.Ordinal);
            Assert.Contains("'bronze-required'", f.Message, StringComparison.Ordinal);
        });
        Assert.Contains(impact.NewFailures, f => f.Property == "Entries[#2].Crew");

        // The other way round, the same failures are resolved.
        var back = RuleChangeImpact.Assess(proposed, current, results);
        Assert.Equal(impact.NewFailures, back.ResolvedFailures);
        Assert.True(back.NewFailures.IsEmpty);
    }

    [Fact]
    public void Assess_TableOnlyInOneRuleSet_IsListedNotCompared()
    {
        var current = TestRules(2);
        var proposed = current with { Tables = current.Tables.Where(t => t.Id != "GT Drivers").ToEquatableArray() };

        var impact = RuleChangeImpact.Assess(current, proposed, PoleSeason());

        Assert.Equal(["GT Drivers"], impact.TablesRemoved.Select(t => t.Value));
        Assert.True(impact.TablesAdded.IsEmpty && impact.Tables.IsEmpty);
        Assert.Equal(["GT Drivers"], RuleChangeImpact.Assess(proposed, current, PoleSeason()).TablesAdded.Select(t => t.Value));
    }

    [Fact]
    public void Assess_ResultsOutsideTheNewCalendar_ThrowsTheCalculatorsException()
    {
        var current = TestRules(2);
        var proposed = TestRules(1);

        var ex = Assert.Throws<ScoringInputException>(() => RuleChangeImpact.Assess(current, proposed, PoleSeason()));

        Assert.Contains(ex.Errors, f => f.ErrorCode == "RaceNotInCalendar");
    }
}
