using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.Seasons;

// Each season's classes, written down from the history notes' champions tables (../shared/history) and regulations.md section 1.
// "X<Y" is a sub-classification X inside class Y: a car scores in both from one finish.
public sealed class SeasonClassesTests
{
    public static TheoryData<string, string> Expected => new()
    {
        { "2009", "LMP1, LMP2, GT1, GT2" },
        { "2013", "LMP2, LMPC, GTE, GTC, GTC Am" },
        { "2014", "LMP2, CN, GT, GT Am" },
        { "2015-16", "LMP2, LMP3, CN, GT, GT Am" },
        { "2016-17", "LMP2, LMP3, CN, GT, GT Am<GT, GT Cup" },
        { "2017-18", "LMP2, LMP3, GT, GT Am<GT, GT Cup" },
        { "2018-19", "LMP2, LMP2 Am<LMP2, LMP3, GT, GT Am<GT, GT Cup" },
        { "2019-20", "LMP2, LMP2 Am, LMP3, GT, GT Am<GT" },
        { "2021", "LMP2, LMP2 Am<LMP2, LMP3, GT, GT Am<GT" },
        { "2022", "LMP2, LMP2 Am<LMP2, LMP3, GT, GT Am<GT" },
        { "2023", "LMP2, LMP3, GT" },
        { "2023-24", "LMP2, LMP3, GT" },
        { "2024-25", "LMP2, LMP3, GT" },
        { "2025-26", "LMP2, LMP3, GT" },
        { "2026-27", "Hypercar, LMP2, GT" },
        { "WEC 2025", "Hypercar, LMGT3, LMP2" },
        { "ELMS 2024", "LMP2, LMP2 Pro-Am, LMP3, LMGT3" },
    };

    // Classes the rule sets hold that the history notes' tables do not name, each for a reason in regulations.md:
    // 2013 LMPC and GTC Am were in the regulations (LMPC drew no entry); 2014 GT Am was the cup-car class; 2016-17 GT Am was the
    // amateur classification inside GT [S19]; the 2018-19 header row omits GT Cup although its teams row names the champion.
    private static readonly Dictionary<string, string[]> NotInTheHistoryTables = new(StringComparer.Ordinal)
    {
        ["2013"] = ["LMPC", "GTC Am"],
        ["2014"] = ["GT Am"],
        ["2016-17"] = ["GT Am"],
        ["2018-19"] = ["GT Cup"],
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Classes_MatchTheWrittenList(string key, string expected)
    {
        var rules = BuiltIn.Get(key);
        var actual = string.Join(", ", rules.Classes.Select(c => c.Parent is { } parent ? $"{c.Id}<{parent}" : c.Id.Value));
        Assert.Equal(expected, actual);
        Assert.All(rules.Classes, c => Assert.True(c.Parent is null || rules.FindClass(c.Parent.Value) is { IsSubClass: false }, $"{c.Id}'s parent is not a class of {key}."));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Tables_TeamsAndDriversForEveryClassWithATitle(string key, string expected)
    {
        _ = expected;
        var rules = BuiltIn.Get(key);
        foreach (var definition in rules.Classes)
        {
            var teams = rules.FindTable($"{definition.Id} Teams");
            var drivers = rules.FindTable($"{definition.Id} Drivers");
            if (key == "WEC 2025" && definition.Id.Value is "LMP2" or "Hypercar")
            {
                // LMP2 races only at Le Mans and has no WEC title; the Hypercar teams' cup (independent teams only) is not modelled.
                Assert.Null(teams);
                continue;
            }

            Assert.NotNull(teams);
            Assert.Equal(CompetitorKind.Car, teams.Competitors);
            Assert.Equal([definition.Id], teams.Classes);
            Assert.NotNull(drivers);
            Assert.Equal(CompetitorKind.Driver, drivers.Competitors);
        }
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Tables_NameOnlyClassesOfTheSeason_AndIdsAreUnique(string key, string expected)
    {
        _ = expected;
        var rules = BuiltIn.Get(key);
        Assert.Equal(rules.Tables.Count, rules.Tables.Select(t => t.Id).Distinct().Count());
        Assert.Equal(rules.Classes.Count, rules.Classes.Select(c => c.Id).Distinct().Count());
        Assert.All(rules.Tables.SelectMany(t => t.Classes), c => Assert.NotNull(rules.FindClass(c)));
    }

    [SharedDataFact(HistoryNotes.RelativePath)]
    public void Classes_MatchTheHistoryTables()
    {
        var history = HistoryNotes.ClassesBySeason(HistoryNotes.Read());

        // Every AsLMS season up to 2025-26 has a row (2026-27 is only announced).
        Assert.Equal(BuiltIn.AsLmsLabels[..^1], history.Keys.Select(k => k.Replace('\u2013', '-')).Order(StringComparer.Ordinal));
        foreach (var (label, named) in history)
        {
            var rules = AsianLeMansSeries.Find(label);
            Assert.NotNull(rules);
            var ids = rules.Classes.Select(c => c.Id.Value).ToHashSet(StringComparer.Ordinal);
            Assert.True(named.IsSubsetOf(ids), $"{label}: the history names {string.Join(", ", named.Except(ids))} that the rule set lacks.");
            var extra = ids.Except(named).Order(StringComparer.Ordinal);
            var explained = NotInTheHistoryTables.GetValueOrDefault(rules.Label, []).Order(StringComparer.Ordinal);
            Assert.Equal(explained, extra);
        }
    }

    [Fact]
    public void Classes_Hypercar2026To27_IsForPrivateersAndSaysSo()
    {
        var hypercar = AsianLeMansSeries.Season2026To27.FindClass("Hypercar")!;
        Assert.Contains("Privateer", hypercar.Description, StringComparison.Ordinal);
        Assert.Contains("not a crew requirement", hypercar.Description, StringComparison.Ordinal);
        Assert.Equal(Confidence.Confirmed, hypercar.Provenance!.Confidence);
    }
}
