using AsLMS.Scoring.Rules;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Standings;

/// <summary>
/// The lookups the calculator makes in a rule set: which scoring a race uses, what a position is worth, which races and cars a
/// table takes, which rounds a drop segment covers. Each case states its expectation from the rule it checks.
/// </summary>
public sealed class RuleLookupTests
{
    private static readonly RaceScoring Default = new() { Scale = [25, 18, 15] };
    private static readonly RaceScoring Long = new() { Category = "Long", Scale = [38, 27, 23] };
    private static readonly RaceScoring Sprint = new() { Category = "Sprint", Scale = [8, 7, 6] };

    [Fact]
    public void ForCategory_FindsTheCategorysScoring_IgnoringCase_WhereverTheDefaultIsListed()
    {
        var rules = new ScoringRules { Races = [Default, Long, Sprint] };

        Assert.Same(Long, rules.ForCategory("Long"));
        Assert.Same(Long, rules.ForCategory("LONG"));
        Assert.Same(Sprint, rules.ForCategory("sprint"));
    }

    [Fact]
    public void ForCategory_WithoutAMatch_FallsBackToTheFirstDefault()
    {
        var second = Default with { Scale = [10, 8, 6] };
        var rules = new ScoringRules { Races = [Long, Default, second] };

        Assert.Same(Default, rules.ForCategory(null)); // no category: the default
        Assert.Same(Default, rules.ForCategory("Endurance")); // unknown category: the default
        Assert.Same(Default, rules.For(new Race { Id = "R1", Round = 1, Name = "R1", Date = new NodaTime.LocalDate(2025, 2, 1) }));
    }

    [Fact]
    public void ForCategory_WithNeitherAMatchNorADefault_SaysWhichCategory()
    {
        var rules = new ScoringRules { Races = [Long] };

        var unknown = Assert.Throws<InvalidOperationException>(() => rules.ForCategory("Sprint"));
        Assert.Contains("'Sprint'", unknown.Message, StringComparison.Ordinal);
        var none = Assert.Throws<InvalidOperationException>(() => rules.ForCategory(null));
        Assert.Contains("'(default)'", none.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => rules.For(null!));
    }

    [Fact]
    public void For_UsesTheRacesCategory()
    {
        var rules = new ScoringRules { Races = [Default, Long] };
        var race = new Race { Id = "R4", Round = 4, Name = "4 Hours", Date = new NodaTime.LocalDate(2025, 2, 1), Category = "Long" };

        Assert.Same(Long, rules.For(race));
    }

    [Theory]
    [InlineData(1, "25")] // first place: the scale's first value
    [InlineData(2, "18")]
    [InlineData(10, "1")] // the scale's last place
    [InlineData(11, "0.5")] // beyond the scale
    [InlineData(40, "0.5")]
    [InlineData(0, "0.5")] // not a place on the scale
    [InlineData(-1, "0.5")]
    public void PointsFor_ReadsTheScale_AndBeyondItTheBeyondScalePoints(int position, string expected)
    {
        var scoring = Modern(beyond: Points.Half);

        Assert.Equal(Points.Parse(expected), scoring.PointsFor(position));
    }

    [Fact]
    public void Table_CountsEveryRaceButItsExcludedOnes()
    {
        var table = new ChampionshipTable
        {
            Id = "Teams",
            Name = "Teams",
            Competitors = CompetitorKind.Car,
            Classes = ["LMP2"],
            ExcludedRaces = ["R2", "R4"],
        };

        Assert.True(table.Counts("R1"));
        Assert.False(table.Counts("R2"));
        Assert.True(table.Counts("R3"));
        Assert.False(table.Counts("R4"));
        Assert.True((table with { ExcludedRaces = [] }).Counts("R2"));
    }

    [Fact]
    public void Table_AcceptsACarThroughItsClassOrItsSubClass_AndNoOther()
    {
        var am = new ChampionshipTable { Id = "Am", Name = "Am", Competitors = CompetitorKind.Car, Classes = ["LMP2 Am", "GT Am"] };
        var lmp2 = new ChampionshipTable { Id = "P2", Name = "P2", Competitors = CompetitorKind.Car, Classes = ["LMP2"] };

        Assert.True(am.Accepts("LMP2", "LMP2 Am")); // through the sub-class
        Assert.True(am.Accepts("GT Am", null)); // a listed class, no sub-class
        Assert.False(am.Accepts("LMP2", null)); // a pro LMP2 car
        Assert.False(am.Accepts("LMP2", "LMP3 Am")); // neither matches
        Assert.True(lmp2.Accepts("LMP2", "LMP2 Am")); // the class feeds it, whatever the sub-class
        Assert.False(lmp2.Accepts("GT", null));
    }

    [Theory]
    [InlineData(1, null, 1, true)]
    [InlineData(1, null, 99, true)] // open-ended
    [InlineData(3, null, 2, false)] // before the first round
    [InlineData(3, null, 3, true)] // the first round is inside
    [InlineData(1, 2, 2, true)] // the last round is inside
    [InlineData(1, 2, 3, false)] // after the last round
    [InlineData(3, 4, 4, true)]
    [InlineData(3, 4, 5, false)]
    public void DropSegment_CoversItsRoundsInclusive(int first, int? last, int round, bool expected)
    {
        var segment = new DropSegment { FirstRound = first, LastRound = last, BestResults = 1 };

        Assert.Equal(expected, segment.Contains(round));
    }
}
