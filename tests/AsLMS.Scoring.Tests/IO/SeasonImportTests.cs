using AsLMS.Scoring.IO;
using AsLMS.Scoring.IO.AlKamel;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;
using NodaTime;
using static AsLMS.Scoring.Tests.IO.TestFiles;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.IO;

public sealed class SeasonImportTests
{
    private static readonly RuleSet TwoRaces = TestRules(2, Modern(pole: 1));

    [Fact]
    public void FromFiles_InRoundOrder_GathersEntriesAndDriversOfEveryFile()
    {
        var results = SeasonImport.FromFiles(TwoRaces, [PathOf("classification-lf.csv"), PathOf("classification-shuffled.csv")]);

        Assert.Equal([new RaceId("R1"), new RaceId("R2")], results.Races.Select(r => r.Race));
        Assert.Equal(8, results.Races[0].Cars.Count);
        Assert.Equal(3, results.Races[1].Cars.Count);

        // The second file's cars (#23, #4, #71) were all in the first: eight entries; #23 keeps its first team name.
        Assert.Equal(["23", "4", "7", "33", "91", "56", "12", "71"], results.Entries.Select(e => e.Car.Value));
        Assert.Equal("Harbour Racing", results.FindEntry("23")!.Entrant);
        Assert.Equal(20, results.Drivers.Count);
        Assert.All(results.Entries, e => Assert.True(e.FullSeason));
    }

    [Fact]
    public void FromFiles_WithEntryData_MergesCategoriesSubClassesPolesAndPenalties()
    {
        var results = SeasonImport.FromFiles(TwoRaces, [PathOf("classification-lf.csv")], PathOf("entry-data.json"));

        var anna = results.FindDriver("anna-meyer")!;
        Assert.Equal(("Anna MEYER", "DEU", DriverCategory.Silver), (anna.Name, anna.Nationality, anna.Category));
        Assert.Equal(("Luis Gómez", DriverCategory.Gold), (results.FindDriver("luis-gomez")!.Name, results.FindDriver("luis-gomez")!.Category));
        Assert.Null(results.FindDriver("lee-chan")!.Category);
        Assert.Equal(new ClassId("LMP2 Am"), results.FindEntry("4")!.SubClass);
        Assert.False(results.FindEntry("71")!.FullSeason);
        Assert.Equal([new ClassPole("LMP2", "4"), new ClassPole("GT", "91")], results.Races[0].Poles);
        Assert.Equal([new TimePenalty { Car = "23", Time = Duration.FromSeconds(30), Reason = "Track limits" }], results.Races[0].Adjustments);
        Assert.Equal([new PointsDeduction { Car = "56", Points = 5, Reason = "Sporting infringement" }], results.Adjustments);
    }

    [Fact]
    public void FromFiles_WithEntryData_ScoresPolesAndPenalties()
    {
        var results = SeasonImport.FromFiles(TwoRaces, [PathOf("classification-lf.csv")], PathOf("entry-data.json"));

        var standings = StandingsCalculator.Calculate(TwoRaces, results);

        // LMP2: #23 finished first on 118 laps in 4:00'29.711, #4 second in 4:00'33.539; the 30 s penalty puts #23 at
        // 4:00'59.711, behind #4. #4: 25 + 1 (pole) = 26; #23: 18; #12 was not classified: 0.
        Assert.Equal([("4", Points.FromInt64(26)), ("23", Points.FromInt64(18)), ("12", Points.Zero)], standings["LMP2 Teams"].Rows.Select(r => (r.Competitor.Id, r.Total)));

        // GT: #91 25 + 1 (pole) = 26; #56 18 - 5 (deduction) = 13; #71 did not start: 0.
        var gt = standings["GT Teams"];
        Assert.Equal(Points.FromInt64(26), gt.Find("91")!.Total);
        Assert.Equal(Points.FromInt64(13), gt.Find("56")!.Total);
    }

    [Fact]
    public void FromFiles_Mapping_PutsEachFileOnItsRace()
    {
        var results = SeasonImport.FromFiles(TwoRaces, new Dictionary<RaceId, string> { ["R2"] = PathOf("classification-lf.csv") });

        Assert.Equal(new RaceId("R2"), Assert.Single(results.Races).Race);
    }

    [Fact]
    public void FromFiles_MappingToARaceNotInTheCalendar_IsRaceNotInCalendar()
    {
        var failure = SingleFailure(() => SeasonImport.FromFiles(TwoRaces, new Dictionary<RaceId, string> { ["R9"] = PathOf("classification-lf.csv") }));

        Assert.Equal(ErrorCodes.RaceNotInCalendar, failure.Code);
    }

    [Fact]
    public void FromFiles_MoreFilesThanRaces_IsNoRaceForInput()
    {
        var failure = SingleFailure(() => SeasonImport.FromFiles(TwoRaces, [PathOf("classification-lf.csv"), PathOf("classification-shuffled.csv"), PathOf("laps-crlf-bom.csv")]));

        Assert.Equal((ErrorCodes.NoRaceForInput, PathOf("laps-crlf-bom.csv")), (failure.Code, failure.Source));
    }

    [Fact]
    public void FromFiles_ClassificationThenLapAnalysis_AreBothReadAndACarInTwoClassesIsConflictingEntry()
    {
        // #7 is LMP3 in classification-lf.csv and HYPERCAR in laps-crlf-bom.csv.
        var failure = SingleFailure(() => SeasonImport.FromFiles(TwoRaces, [PathOf("classification-lf.csv"), PathOf("laps-crlf-bom.csv")]));

        Assert.Equal((ErrorCodes.ConflictingEntry, PathOf("laps-crlf-bom.csv"), "HYPERCAR"), (failure.Code, failure.Source, failure.Value));
    }

    [Fact]
    public void FromFiles_SeveralBadFiles_ReportsTheProblemsOfAll()
    {
        using var folder = new TempFolder();
        var first = folder.Write("first.csv", "POSITION;NUMBER;TEAM;CLASS;STATUS;LAPS\n1;23;A;LMP2;Won;10\n");
        var second = folder.Write("second.csv", "NUMBER;LAP_NUMBER;LAP_TIME;ELAPSED;DRIVER_NAME;CLASS;TEAM\n7;1;2:00.000;2:00.000;;HYPERCAR;A\n");

        var ex = Assert.Throws<InputFormatException>(() => SeasonImport.FromFiles(TwoRaces, [first, second]));

        Assert.Equal([(first, ErrorCodes.UnknownStatus), (second, ErrorCodes.MissingValue)], ex.Failures.Select(f => (f.Source!, f.Code)));
    }

    [Fact]
    public void FromFolder_CsvFilesInNameOrder_AreTheRoundsInOrder()
    {
        using var folder = new TempFolder();
        folder.Copy("classification-shuffled.csv", "02-second.csv");
        folder.Copy("classification-lf.csv", "01-first.csv");
        folder.Write("notes.txt", "not a result");

        var results = SeasonImport.FromFolder(TwoRaces, folder.FullName);

        Assert.Equal([8, 3], results.Races.Select(r => r.Cars.Count));
    }

    [Fact]
    public void FromFiles_EntryDataNamingWhatIsNotThere_IsCodedAtItsLines()
    {
        using var folder = new TempFolder();
        var side = folder.Write("entries.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"drivers\": [ { \"name\": \"Nobody HERE\" } ],\n  \"entries\": [\n    { \"car\": \"99\" }\n  ],\n  \"races\": [ { \"race\": \"R2\" } ]\n}\n");

        var ex = Assert.Throws<InputFormatException>(() => SeasonImport.FromFiles(TwoRaces, [PathOf("classification-lf.csv")], side));

        // Line 3 `  "drivers": [ { "name": ` is 25 characters; line 5 `    { "car": ` 13; line 7 `  "races": [ { "race": ` 23.
        Assert.Equal(
            [(ErrorCodes.UnknownDriver, 3, 26, "$.drivers[0].name"), (ErrorCodes.UnknownCar, 5, 14, "$.entries[0].car"), (ErrorCodes.NoResultForRace, 7, 24, "$.races[0].race")],
            ex.Failures.Select(f => (f.Code, f.Line!.Value, f.Column!.Value, f.Field!)));
        Assert.All(ex.Failures, f => Assert.Equal(side, f.Source));
    }

    [Fact]
    public void Combine_SameRaceTwice_IsDuplicateRaceResult()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-lf.csv"), "R1");

        var failure = SingleFailure(() => SeasonImport.Combine([race, race]));

        Assert.Equal(ErrorCodes.DuplicateRaceResult, failure.Code);
    }

    [Fact]
    public void ApplyTo_EntryDataBuiltInCode_NamesThePathOfWhatIsNotThere()
    {
        var results = SeasonImport.Combine([AlKamelReader.ReadClassification(PathOf("classification-lf.csv"), "R1")]);
        var data = new EntryData
        {
            Entries = [new EntryDetails { Car = "23", Crew = ["anna-meyer", "someone-else"] }],
            Races = [new RaceDetails { Race = "R1", Poles = [new ClassPole("LMP2", "99")], Adjustments = [new ChampionshipExclusion { Driver = "ghost" }] }],
            Drivers = [new DriverDetails { Nationality = "FRA" }],
        };

        var ex = Assert.Throws<InputFormatException>(() => data.ApplyTo(results));

        Assert.Equal(
            [
                (ErrorCodes.MissingValue, "$.drivers[0]"),
                (ErrorCodes.UnknownDriver, "$.entries[0].crew[1]"),
                (ErrorCodes.UnknownCar, "$.races[0].poles[0].car"),
                (ErrorCodes.UnknownDriver, "$.races[0].adjustments[0].driver"),
            ],
            ex.Failures.Select(f => (f.Code, f.Field!)));
        Assert.All(ex.Failures, f => Assert.Null(f.Line));
    }

    [Fact]
    public void ApplyTo_FastestLapsGiven_ReplaceTheFilesForTheirClassOnly()
    {
        var results = SeasonImport.Combine([AlKamelReader.ReadClassification(PathOf("classification-lf.csv"), "R1")]);
        var data = new EntryData { Races = [new RaceDetails { Race = "R1", FastestLaps = [new FastestLap("LMP2", "23", "anna-meyer")] }] };

        var merged = data.ApplyTo(results);

        // The file gave LMP2 #12, LMP3 #33, GT #91; LMP2 is replaced.
        Assert.Equal(
            [new FastestLap("LMP3", "33", null), new FastestLap("GT", "91", null), new FastestLap("LMP2", "23", "anna-meyer")],
            merged.Races[0].FastestLaps);
    }

    [Fact]
    public void ReadmeSnippet_FromRulesJsonAFolderAndEntryData_GivesStandings()
    {
        using var folder = new TempFolder();
        folder.Copy("classification-lf.csv", "results/2024-25/01-sepang.csv");
        folder.Copy("entry-data.json", "entries.json");
        folder.Write("rules-2024-25.json", AsLMS.Scoring.IO.Json.ScoringJson.ToJson(TwoRaces));

        // The README's calls, with its relative paths made absolute (tests run in parallel: no change of directory).
        var rules = AsLMS.Scoring.IO.Json.ScoringJson.LoadRuleSet(folder.PathOf("rules-2024-25.json"));
        var results = SeasonImport.FromFolder(rules, folder.PathOf("results/2024-25"), entryDataPath: folder.PathOf("entries.json"));
        var standings = StandingsCalculator.Calculate(rules, results);
        File.WriteAllText(folder.PathOf("results-2024-25.json"), AsLMS.Scoring.IO.Json.ScoringJson.ToJson(results));

        Assert.Equal(Points.FromInt64(26), standings["LMP2 Teams"].Find("4")!.Total); // see FromFiles_WithEntryData_ScoresPolesAndPenalties
        Assert.Equal(results, AsLMS.Scoring.IO.Json.ScoringJson.LoadSeasonResults(folder.PathOf("results-2024-25.json")));
    }

    [Fact]
    public void FromFiles_ClassWrittenInCapitals_TakesTheRuleSetsIdentifier()
    {
        // The WEC files write HYPERCAR where a rule set names the class Hypercar.
        var rules = TestRules(1) with
        {
            Classes = [new ClassDefinition { Id = "Hypercar", Name = "Hypercar" }, new ClassDefinition { Id = "LMGT3", Name = "LMGT3" }],
            Tables = [new ChampionshipTable { Id = "Hypercar Teams", Name = "Hypercar Teams", Competitors = CompetitorKind.Car, Classes = ["Hypercar"] }],
        };

        var results = SeasonImport.FromFiles(rules, [PathOf("laps-crlf-bom.csv")]);

        Assert.Equal(new ClassId("Hypercar"), results.FindEntry("007")!.Class);
        Assert.Equal(new ClassId("LMGT3"), results.FindEntry("92")!.Class);
        Assert.Equal(new ClassId("Hypercar"), results.Races[0].FastestLaps[0].Class);

        // Hypercar order (see LapAnalysisReaderTests): #007, #7, #51: 25, 18, 15.
        Assert.Equal(
            [("007", Points.FromInt64(25)), ("7", Points.FromInt64(18)), ("51", Points.FromInt64(15))],
            StandingsCalculator.Calculate(rules, results)["Hypercar Teams"].Rows.Select(r => (r.Competitor.Id, r.Total)));
    }
}
