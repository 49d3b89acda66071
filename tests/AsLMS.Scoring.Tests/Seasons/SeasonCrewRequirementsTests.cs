using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.Seasons;

// Each season's crew requirements, written down from regulations.md sections 1 and 5.
// Notation: "<classes or all>: <count of drivers matching categories/regions> <minimum>..<maximum>".
public sealed class SeasonCrewRequirementsTests
{
    private const string Size = "all: any 2..3";
    private const string Amateur = "all: Silver|Bronze 1..";
    private const string Professional = "all: Gold|Platinum 1..";
    private const string Lmp2SilverOrBronze = "LMP2: Silver|Bronze 1..";
    private const string Lmp3Bronze = "LMP3: Bronze 1..";
    private const string BronzeEverywhere = "all: Bronze 1..";

    public static TheoryData<string, string[]> Expected => new()
    {
        { "2009", [Size] },
        { "2013", [Size, Amateur, Professional, "all: Asia 1.."] },
        { "2014", [Size, Amateur, Professional, "all: Asia|Oceania 1.."] },
        { "2015-16", [Size, Lmp2SilverOrBronze, Lmp3Bronze, "GT Am: Gold|Platinum ..0"] },
        { "2016-17", [Size, Lmp2SilverOrBronze, Lmp3Bronze, "GT Am: Gold|Platinum ..0"] },
        { "2017-18", [Size, Lmp2SilverOrBronze, Lmp3Bronze, "GT Am: Gold|Platinum ..0"] },
        { "2018-19", [Size, Lmp2SilverOrBronze, Lmp3Bronze, "LMP2 Am: Gold|Platinum ..0", "GT Cup: Gold|Platinum ..0", "GT Am: Gold|Platinum ..0"] },
        { "2019-20", [Size, Lmp2SilverOrBronze, Lmp3Bronze, "LMP2 Am: Gold|Platinum ..0", "GT Am: Gold|Platinum ..0"] },
        { "2021", [Size, Lmp2SilverOrBronze, Lmp3Bronze, "LMP2 Am|GT Am: Gold|Platinum ..0"] },
        { "2022", [Size, Lmp2SilverOrBronze, Lmp3Bronze, "LMP2 Am: Gold|Platinum ..0", "LMP2 Am: Silver ..1", "GT Am: Gold|Platinum ..0"] },
        { "2023", [Size, BronzeEverywhere] },
        { "2023-24", [Size, BronzeEverywhere] },
        { "2024-25", [Size, BronzeEverywhere] },
        { "2025-26", [Size, BronzeEverywhere] },
        { "2026-27", [Size, "Hypercar|LMP2: Bronze 1..", "GT: Bronze 1.."] },
        { "WEC 2025", [Size, "LMGT3: Bronze 1.."] },
        { "ELMS 2024", [Size, Lmp2SilverOrBronze, "LMP2 Pro-Am: Bronze 1..", Lmp3Bronze, "LMGT3: Bronze 1.."] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void CrewRequirements_MatchTheRegulationNotes(string key, string[] expected)
    {
        var rules = BuiltIn.Get(key);
        Assert.Equal(expected, rules.CrewRequirements.Select(Describe));
        Assert.Equal(rules.CrewRequirements.Count, rules.CrewRequirements.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rules.CrewRequirements.SelectMany(c => c.Classes), c => Assert.NotNull(rules.FindClass(c)));
    }

    [Fact]
    public void AsianDriverRule_2013Asian_2014AsianOrOceanian_ThenNone()
    {
        // An all-Australian crew: not Asian in 2013, Oceanian in 2014; from 2015-16 no nationality rule applies.
        var australian = new[] { Countries.RegionOf("AUS")!.Value, Countries.RegionOf("NZL")!.Value };
        var rule2013 = AsianLeMansSeries.Season2013.CrewRequirements.Single(c => !c.Regions.IsEmpty);
        var rule2014 = AsianLeMansSeries.Season2014.CrewRequirements.Single(c => !c.Regions.IsEmpty);

        Assert.DoesNotContain(australian, r => rule2013.Regions.Contains(r));
        Assert.All(australian, r => Assert.Contains(r, rule2014.Regions));
        Assert.All(AsianLeMansSeries.All.Skip(3), s => Assert.DoesNotContain(s.CrewRequirements, c => !c.Regions.IsEmpty));
    }

    private static string Describe(CrewRequirement requirement)
    {
        var scope = requirement.Classes.IsEmpty ? "all" : string.Join("|", requirement.Classes);
        var filter = string.Join("|", requirement.Categories.Select(c => c.ToString()).Concat(requirement.Regions.Select(r => r.ToString())));
        return $"{scope}: {(filter.Length == 0 ? "any" : filter)} {requirement.Minimum}..{requirement.Maximum}";
    }
}
