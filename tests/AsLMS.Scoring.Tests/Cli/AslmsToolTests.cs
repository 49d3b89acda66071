using System.Text.Json;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Seasons;

namespace AsLMS.Scoring.Tests.Cli;

/// <summary>The <c>aslms</c> tool run as a process on files in a temporary folder: output, formats and exit codes.</summary>
public sealed class AslmsToolTests : IClassFixture<AslmsTool>
{
    private readonly AslmsTool tool;

    public AslmsToolTests(AslmsTool tool) => this.tool = tool;

    [Fact]
    public void Seasons_ListsEveryBuiltInRuleSet()
    {
        var text = tool.Run("seasons");
        var json = tool.Run("seasons", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.Empty(text.Error);
        Assert.Matches(@"(?m)^Key\s+Series\s+Races\s+Classes\s+Invitations$", text.Output);
        Assert.Matches(@"(?m)^2024-25\s+Asian Le Mans Series\s+6\s+LMP2, LMP3, GT\s+2$", text.Output);
        Assert.Equal(0, json.ExitCode);
        var keys = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().Select(e => e.GetProperty("key").GetString()).ToList();
        Assert.Equal([.. AsianLeMansSeries.All.Select(r => r.Label), "wec-2025", "elms-2024", "demo"], keys);
    }

    [Fact]
    public void Demo_WritesRulesAndResultsThatReadBack()
    {
        var rules = ScoringJson.LoadRuleSet(tool.PathOf("season/rules.json"));
        var results = ScoringJson.LoadSeasonResults(tool.PathOf("season/results.json"));
        var demoResults = ScoringJson.LoadSeasonResults(tool.PathOf("demo/results.json"));

        Assert.Equal(AsianLeMansSeries.Season2023To24, rules);
        Assert.Equal(["R1", "R2", "R3", "R4", "R5"], results.Races.Select(r => r.Race.Value));
        Assert.All(results.Entries, e => Assert.Contains(e.Class.Value, new[] { "LMP2", "LMP3", "GT" }));
        Assert.Equal(6, demoResults.Races.Count);
        Assert.Equal(Generation.SeasonGenerator.Demo().Rules, ScoringJson.LoadRuleSet(tool.PathOf("demo/rules.json")));
    }

    [Fact]
    public void Export_ToStandardOutput_ReadsBackAsTheBuiltInSeason()
    {
        var stdout = tool.Run("export", "--rules", "2023/24");

        Assert.Equal(0, stdout.ExitCode);
        Assert.Empty(stdout.Error);
        Assert.Equal(AsianLeMansSeries.Season2023To24, ScoringJson.ParseRuleSet(stdout.Output));
    }

    /// <summary>
    /// The README session: export 2023-24, set its pole point to 0, compare on the generated 2023-24 results. Expected from the results
    /// file itself: every teams' row that changes belongs to a car with class poles, and loses one point for each of them.
    /// </summary>
    [Fact]
    public void Compare_PolePointEdited_EachPoleSitterLosesItsPolePoints()
    {
        var json = File.ReadAllText(tool.PathOf("season/rules.json"));
        Assert.Contains("\"pole\": \"1\"", json, StringComparison.Ordinal);
        File.WriteAllText(tool.PathOf("no-pole.json"), json.Replace("\"pole\": \"1\"", "\"pole\": \"0\"", StringComparison.Ordinal));
        var results = ScoringJson.LoadSeasonResults(tool.PathOf("season/results.json"));
        var poles = results.Races.SelectMany(r => r.Poles).GroupBy(p => p.Car.Value).ToDictionary(g => g.Key, g => g.Count());

        var text = tool.Run("compare", "--from", "2023-24", "--to", "no-pole.json", "--results", "season/results.json");
        var run = tool.Run("compare", "--from", "2023-24", "--to", "no-pole.json", "--results", "season/results.json", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Rule changes from 2023-24 to no-pole.json" + Environment.NewLine + "  Pole points: 1 -> 0", text.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Competitor\s+Pos before\s+Pos after\s+Move\s+Points before\s+Points after\s+Change$", text.Output);
        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        var change = Assert.Single(root.GetProperty("ruleChanges").EnumerateArray());
        Assert.Equal("Pole points: 1 -> 0", change.GetProperty("description").GetString());
        var teams = root.GetProperty("impact").GetProperty("tables").EnumerateArray()
            .Where(t => t.GetProperty("table").GetString()!.EndsWith(" Teams", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperty("changes").EnumerateArray())
            .ToDictionary(c => c.GetProperty("competitor").GetString()!, c => Points.Parse(c.GetProperty("pointsGained").GetString()!));
        Assert.Equal(poles.Keys.Order(StringComparer.Ordinal), teams.Keys.Order(StringComparer.Ordinal));
        Assert.All(teams, t => Assert.Equal(-(Points)poles[t.Key], t.Value));
    }

    [Fact]
    public void Compare_SameRules_SaysNothingChanges()
    {
        var markdown = tool.Run("compare", "--from", "2023-24", "--to", "season/rules.json", "--results", "season/results.json", "--format", "markdown");

        Assert.Equal(0, markdown.ExitCode);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "## Rule changes from 2023-24 to season/rules.json",
                string.Empty,
                "No rule changes.",
                string.Empty,
                "## Impact on season/results.json",
                string.Empty,
                "No change to the standings, titles, invitations or validation of these results.",
                string.Empty),
            markdown.Output);
    }

    [Fact]
    public void Compare_OtherCalendar_KeepCalendarScoresTheNewRulesOnTheOldRaces()
    {
        // 2023 had four races: the five 2023-24 results cannot be scored on its calendar, but can on 2023-24's.
        var refused = tool.Run("compare", "--from", "2023-24", "--to", "2023", "--results", "season/results.json");
        var kept = tool.Run("compare", "--from", "2023-24", "--to", "2023", "--results", "season/results.json", "--keep-calendar");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("RaceNotInCalendar", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--keep-calendar", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, kept.ExitCode);
        Assert.Contains("  Points beyond 10th: 0 -> 0.5", kept.Output, StringComparison.Ordinal);
        Assert.Contains("  Invitation added: lmp3-champion (1st in LMP3 Teams, LMP2 at Le Mans)", kept.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  lmp3-champion: no such rule -> #\d+ .+ \(LMP2 at Le Mans\)$", kept.Output);
    }

    [Fact]
    public void Standings_OneTable_InEveryFormat()
    {
        var results = ScoringJson.LoadSeasonResults(tool.PathOf("season/results.json"));
        var lmp2 = results.Entries.Count(e => e.Class == "LMP2");

        var text = tool.Run("standings", "--rules", "2023-24", "--results", "season/results.json", "--table", "LMP2 Teams");
        var markdown = tool.Run("standings", "--rules", "2023-24", "--results", "season/results.json", "--table", "LMP2 Teams", "--format", "markdown");
        var json = tool.Run("standings", "--rules", "2023-24", "--results", "season/results.json", "--table", "LMP2 Teams", "--format", "json");

        Assert.Equal((0, 0, 0), (text.ExitCode, markdown.ExitCode, json.ExitCode));
        Assert.StartsWith("LMP2 Teams (2023-24)", text.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^Pos\s+Competitor\s+Points\s+R1\s+R2\s+R3\s+R4\s+R5$", text.Output);
        Assert.DoesNotContain("LMP3", text.Output, StringComparison.Ordinal);
        Assert.Contains("| Pos | Competitor | Points | R1 | R2 | R3 | R4 | R5 |", markdown.Output, StringComparison.Ordinal);
        var table = Assert.Single(JsonDocument.Parse(json.Output).RootElement.GetProperty("tables").EnumerateArray());
        Assert.Equal(lmp2, table.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public void Standings_ResultsOutsideTheCalendar_ExitOneWithTheFailures()
    {
        // The generated demo season has six races; 2023-24 has five.
        var run = tool.Run("standings", "--rules", "2023-24", "--results", "demo/results.json");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("Error RaceNotInCalendar Races[R6]", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RuleSetWithAnUnknownTable_ExitOne()
    {
        var json = File.ReadAllText(tool.PathOf("season/rules.json"));
        File.WriteAllText(tool.PathOf("unknown-table.json"), json.Replace("\"table\": \"LMP2 Teams\"", "\"table\": \"LMP9 Teams\"", StringComparison.Ordinal));

        var run = tool.Run("validate", "unknown-table.json", "--format", "json");
        var valid = tool.Run("validate", "season/rules.json", "--results", "season/results.json");

        Assert.Equal(1, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.False(root.GetProperty("valid").GetBoolean());
        var failure = Assert.Single(root.GetProperty("failures").EnumerateArray());
        Assert.Equal(("error", "UnknownTable", "Invitations[lmp2-champion].Table"), (failure.GetProperty("severity").GetString(), failure.GetProperty("code").GetString(), failure.GetProperty("property").GetString()));
        Assert.Equal(0, valid.ExitCode);
        Assert.Contains("No validation failures.", valid.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedJson_ExitTwoNamingTheFileWithoutAStackTrace()
    {
        File.WriteAllText(tool.PathOf("broken.json"), "{ \"schemaVersion\": \"1.0\", \"series\": \n");

        var run = tool.Run("validate", "broken.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Matches(@"broken\.json\(\d+,\d+\): \[InvalidJson\]", run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "standings", "--rules", "1999", "--results", "season/results.json" }, "'1999' is neither a file nor a built-in season")]
    [InlineData(new[] { "standings", "--rules", "2023-24", "--results", "missing-folder" }, "--results: 'missing-folder' is neither a folder nor a file")]
    [InlineData(new[] { "validate", "missing.json" }, "file 'missing.json' not found")]
    [InlineData(new[] { "seasons", "--format", "xml" }, "xml")]
    [InlineData(new[] { "standings", "--rules", "2023-24", "--results", "season/results.json", "--after-round", "0" }, "--after-round must be a round")]
    [InlineData(new[] { "demo", "out", "--season", "2026-27" }, "2026-27 has no races")]
    public void UsageAndInputErrors_ExitTwoWithAMessageOnStandardError(string[] args, string message)
    {
        var run = tool.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The README's session, run as written (the demo season is seeded, so its output never changes): the compare output pasted in
    /// the README must be what the tool prints.
    /// </summary>
    [Fact]
    public void Readme_SessionOnTheDemoSeason_PrintsWhatTheReadmeShows()
    {
        const string command = "$ aslms compare --from 2023-24 --to rules.json --results demo/results.json\n";
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf(command, StringComparison.Ordinal) + command.Length;
        var expected = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        var folder = tool.PathOf("readme");

        var demo = tool.RunIn(folder, "demo", "demo/", "--season", "2023-24");
        var export = tool.RunIn(folder, "export", "--rules", "2023-24");
        File.WriteAllText(Path.Combine(folder, "rules.json"), export.Output.Replace("\"pole\": \"1\"", "\"pole\": \"0\"", StringComparison.Ordinal));
        var compare = tool.RunIn(folder, "compare", "--from", "2023-24", "--to", "rules.json", "--results", "demo/results.json");

        Assert.True(start > command.Length, "The README has no compare session.");
        Assert.Equal((0, 0, 0), (demo.ExitCode, export.ExitCode, compare.ExitCode));
        Assert.Equal(expected, compare.Output.ReplaceLineEndings("\n"));

        static string RepositoryRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AsLMS.Scoring.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("The repository root (AsLMS.Scoring.sln) was not found above the tests.");
        }
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var run = tool.Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "seasons", "validate", "standings", "compare", "export", "demo" })
        {
            Assert.Matches($@"(?m)^  {command}\b", run.Output);
        }
    }
}
