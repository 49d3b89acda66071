using System.Reflection;
using AsLMS.Scoring.IO;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using NodaTime;
using static AsLMS.Scoring.Tests.IO.TestFiles;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.IO;

public sealed class ScoringJsonTests
{
    /// <summary>A rule set that sets every kind of rule the model has, so that each is written and read back.</summary>
    internal static RuleSet EveryRule()
    {
        var rules = TestRules(3);
        var provenance = Provenance.Of(Confidence.Derived, "Worked out from published totals.", "S1: example.org/a", "S2: example.org/b");
        return rules with
        {
            Season = rules.Season with
            {
                Events = rules.Season.Events.Select(e => e with { Provenance = provenance }).ToEquatableArray(),
            },
            Tables = rules.Tables.Add(new ChampionshipTable
            {
                Id = "Manufacturers",
                Name = "Manufacturers",
                Competitors = CompetitorKind.Entrant,
                Classes = ["LMP2", "GT"],
                FullSeasonEntriesOnly = true,
                ExcludedRaces = ["R2"],
                CarsCountedPerRace = 1,
                Scoring = new ScoringRules { Races = [Modern()], SharedDrives = SharedDrivePolicy.SplitEqually, TieBreaks = [] },
                Provenance = provenance,
            }),
            Scoring = new ScoringRules
            {
                Races =
                [
                    Modern(beyond: Points.Half, pole: 1) with
                    {
                        PoleCondition = PoleCondition.Started,
                        FastestLap = new FastestLapRule { Points = Points.FromFraction(1, 7), MustFinishInTop = 10 },
                        MinimumDriveTime = Duration.FromMinutes(45) + Duration.FromMilliseconds(500),
                    },
                    new RaceScoring { Category = "Le Mans", Scale = [50, 36, 30, Points.Parse("25 1/7")] },
                ],
                SharedDrives = SharedDrivePolicy.NoPointsWhenShared,
                ShortenedRaces =
                [
                    new ShortenedRaceRule { Basis = ShortenedRaceBasis.Time, CompletedBelow = Ratio.FromFraction(3, 4), Factor = Ratio.Half },
                    new ShortenedRaceRule { LapsBelow = 2, Factor = Ratio.Zero, Scale = [1, 2] },
                ],
                Drops = new DropRule
                {
                    Segments = [new DropSegment { BestResults = 4 }, new DropSegment { FirstRound = 2, LastRound = 3, WorstDropped = 1 }],
                    DisqualificationCannotBeDropped = true,
                },
                TieBreaks = [TieBreak.CountbackOfCountedResults, TieBreak.EarliestResult],
                Provenance = provenance,
            },
            Classification = new ClassificationRule { MinimumShare = Ratio.FromPercent(70), Reference = ClassificationReference.OverallWinner, MustTakeChequeredFlag = true },
            CrewRequirements =
            [
                new CrewRequirement { Id = "asian", Description = "One Asian or Oceanian driver.", Regions = [WorldRegion.Asia, WorldRegion.Oceania], Minimum = 1 },
                new CrewRequirement { Id = "am", Description = "All-Am.", Classes = ["LMP2 Am"], Categories = [DriverCategory.Gold, DriverCategory.Platinum], Maximum = 0 },
            ],
            Invitations =
            [
                new InvitationRule
                {
                    Id = "lmp2-champion",
                    Table = "LMP2 Teams",
                    Position = 1,
                    LeMansClass = "LMP2",
                    MustContestFromRound = 1,
                    MinimumEntries = 5,
                    CountedEntries = EntryCountBasis.FullSeasonEntries,
                    Fallback = new InvitationFallback { Table = "GT Teams", Position = 2, LeMansClass = "LMGT3" },
                    SubjectToOtherCriteria = true,
                    WhenDeclined = DeclinedInvitationPolicy.Lapses,
                    Provenance = provenance,
                },
            ],
            OneInvitationPer = InvitationHolder.Entrant,
            Provenance = provenance,
            Notes = "Every rule, for the JSON round trip.",
        };
    }

    /// <summary>Results that use every part of the results model: each adjustment type, poles, fastest laps, drive times.</summary>
    internal static SeasonResults EveryResult()
    {
        var results = TestResults(
            [Car("4"), Car("007", subClass: "LMP2 Am"), Car("7", "GT", fullSeason: false)],
            Race("R1", "4", "007")
                .Out("7", ResultStatus.DidNotStart)
                .Pole("LMP2", "4")
                .Crew("4", ("4a", 70), ("4b", 170))
                .With(new TimePenalty { Car = "4", Time = Duration.FromSeconds(30), Reason = "Track limits" })
                .With(new PositionPenalty { Car = "007", Places = 1 })
                .With(new PointsDeduction { Car = "4", Points = Points.Half, Driver = "4a", Table = "LMP2 Drivers" }),
            Race("R2", "007").Out("4", ResultStatus.Disqualified).With(new RaceExclusion { Car = "007", Reason = "Technical" }));
        var r1 = results.Races[0] with
        {
            FastestLaps = [new FastestLap("LMP2", "4", "4a"), new FastestLap(null, "007", null)],
            LeaderLaps = 120,
            RunningTime = Duration.FromHours(4) + Duration.FromMilliseconds(29_711),
            State = ClassificationState.Provisional,
            Cars = results.Races[0].Cars.Select(c => c with { TotalTime = Duration.FromMilliseconds(14_429_711) }).ToEquatableArray(),
        };
        return results with
        {
            Drivers = results.Drivers.Select((d, i) => i == 0 ? d with { Nationality = "MYS", Category = DriverCategory.Bronze, Name = "Sébastien Crubilé" } : d).ToEquatableArray(),
            Races = [r1, results.Races[1] with { Cars = results.Races[1].Cars.Add(new CarResult { Car = "7", Status = ResultStatus.Retired, Drivers = [new DriveTime("7a", null)] }) }],
            Adjustments = [new ChampionshipExclusion { Driver = "7b", Reason = "Licence" }, new PointsDeduction { Car = "007", Points = 3 }],
        };
    }

    [Fact]
    public void RuleSet_WrittenAndRead_IsEqual()
    {
        var rules = EveryRule();

        var json = ScoringJson.ToJson(rules);

        Assert.Equal(rules, ScoringJson.ParseRuleSet(json));
    }

    [Fact]
    public void SeasonResults_WrittenAndRead_IsEqual()
    {
        var results = EveryResult();

        Assert.Equal(results, ScoringJson.ParseSeasonResults(ScoringJson.ToJson(results)));
    }

    [Fact]
    public void EntryData_WrittenAndRead_IsEqual()
    {
        var data = new EntryData
        {
            Drivers = [new DriverDetails { Name = "Anna MEYER", Nationality = "DEU", Category = DriverCategory.Silver }, new DriverDetails { Id = "kenji-sato", Name = "Kenji Sato" }],
            Entries = [new EntryDetails { Car = "23", SubClass = "LMP2 Am", FullSeason = false, Crew = ["anna-meyer"] }],
            Races = [new RaceDetails { Race = "R1", Poles = [new ClassPole("LMP2", "4")], Adjustments = [new RaceExclusion { Car = "12" }], State = ClassificationState.Final }],
            Adjustments = [new PointsDeduction { Car = "23", Points = 5 }],
        };

        Assert.Equal(data, ScoringJson.ParseEntryData(ScoringJson.ToJson(data)));
    }

    [Fact]
    public void ToJson_Output_IsCamelCaseIndentedWithExactValuesAndNoNulls()
    {
        var json = ScoringJson.ToJson(EveryRule());

        Assert.StartsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"series\": \"Test series\",", json, StringComparison.Ordinal);
        Assert.Contains("\"scale\": [\n", json, StringComparison.Ordinal);
        Assert.Contains("\"25 1/7\"", json, StringComparison.Ordinal); // an exact mixed fraction
        Assert.Contains("\"beyondScale\": \"0.5\"", json, StringComparison.Ordinal);
        Assert.Contains("\"minimumDriveTime\": \"0:45:00.5\"", json, StringComparison.Ordinal);
        Assert.Contains("\"scheduledDuration\": \"4:00:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"2024-01-11T12:00:00+04 Asia/Dubai\"", json, StringComparison.Ordinal);
        Assert.Contains("\"timeZone\": \"Asia/Dubai\"", json, StringComparison.Ordinal);
        Assert.Contains("\"firstDay\": \"2024-01-11\"", json, StringComparison.Ordinal);
        Assert.Contains("\"minimumShare\": \"0.7\"", json, StringComparison.Ordinal);
        Assert.Contains("\"competitors\": \"entrant\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.False(document.RootElement.TryGetProperty("label", out _)); // RuleSet.Label is computed, not written
        Assert.False(document.RootElement.GetProperty("season").TryGetProperty("races", out _)); // nor Season.Races
        Assert.DoesNotContain("isSubClass", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Adjustments_CarryTheirTypeFirst()
    {
        var json = ScoringJson.ToJson(EveryResult());

        Assert.Contains("{\n          \"type\": \"timePenalty\",\n          \"car\": \"4\",\n          \"time\": \"0:00:30\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"championshipExclusion\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Sébastien Crubilé\"", json, StringComparison.Ordinal); // not \u-escaped
        Assert.DoesNotContain("displayName", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_IsStable()
    {
        var json = ScoringJson.ToJson(EveryResult());

        Assert.Equal(json, ScoringJson.ToJson(ScoringJson.ParseSeasonResults(json)));
    }

    [Fact]
    public void Contract_EverySettableModelProperty_IsInTheJson()
    {
        // The records themselves are serialized, so a property added to the model later is written with no mapping to update.
        // This guards the contract: every public init property of every model type reachable from the documents is present.
        var options = ScoringJson.CreateOptions();
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(RuleSet), typeof(SeasonResults), typeof(EntryData)]);
        var checkedProperties = 0;
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type) || type.Assembly != typeof(RuleSet).Assembly || type.IsEnum)
            {
                continue;
            }

            if (type.IsAbstract)
            {
                foreach (var derived in type.Assembly.GetTypes().Where(t => t.IsPublic && !t.IsAbstract && type.IsAssignableFrom(t)))
                {
                    queue.Enqueue(derived);
                }

                continue;
            }

            var info = options.GetTypeInfo(type);
            if (info.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
            {
                continue;
            }

            var written = info.Properties.Select(p => p.Name).ToHashSet();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
            {
                var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                Assert.True(written.Contains(name), $"{type.Name}.{property.Name} is not in the JSON contract.");
                checkedProperties++;
                foreach (var t in new[] { property.PropertyType }.Concat(property.PropertyType.GetGenericArguments()))
                {
                    queue.Enqueue(Nullable.GetUnderlyingType(t) ?? t);
                    foreach (var inner in t.GetGenericArguments())
                    {
                        queue.Enqueue(Nullable.GetUnderlyingType(inner) ?? inner);
                    }
                }
            }
        }

        Assert.True(checkedProperties > 80, $"Only {checkedProperties} properties were checked.");
    }

    [Fact]
    public void Parse_PointsAsNumbersAndRatiosAsPercent_AreRead()
    {
        var json = ScoringJson.ToJson(EveryRule())
            .Replace("\"beyondScale\": \"0.5\"", "\"beyondScale\": 0.5", StringComparison.Ordinal)
            .Replace("\"minimumShare\": \"0.7\"", "\"minimumShare\": \"70%\"", StringComparison.Ordinal);

        var rules = ScoringJson.ParseRuleSet(json);

        Assert.Equal(Points.Half, rules.Scoring.Races[0].BeyondScale);
        Assert.Equal(Ratio.FromPercent(70), rules.Classification.MinimumShare);
    }

    [Fact]
    public void Parse_CommentsTrailingCommasAndBom_AreAccepted()
    {
        var json = "\uFEFF{ // entry data\n \"schemaVersion\": \"1.0\", \"entries\": [ { \"car\": 7, }, ], }";

        var data = ScoringJson.ParseEntryData(json);

        Assert.Equal(new CarNumber("7"), data.Entries[0].Car); // a number for a car number is read as written
    }

    [Fact]
    public void Parse_MissingSchemaVersion_IsUnsupportedSchemaVersion()
    {
        var failure = SingleFailure(() => ScoringJson.ParseEntryData("{ \"entries\": [] }", "side.json"));

        Assert.Equal(ErrorCodes.UnsupportedSchemaVersion, failure.Code);
        Assert.Equal("side.json", failure.Source);
    }

    [Fact]
    public void Parse_UnknownMajorVersion_IsUnsupportedSchemaVersionAtTheValue()
    {
        // Line 2: `  "schemaVersion": "2.0"`; the value starts at column 20.
        var failure = SingleFailure(() => ScoringJson.ParseEntryData("{\n  \"schemaVersion\": \"2.0\"\n}"));

        Assert.Equal(ErrorCodes.UnsupportedSchemaVersion, failure.Code);
        Assert.Equal((2, 20), (failure.Line!.Value, failure.Column!.Value));
    }

    [Fact]
    public void Parse_LaterMinorVersion_IsRead()
        => Assert.Empty(ScoringJson.ParseEntryData("{ \"schemaVersion\": \"1.7\" }").Entries);

    [Fact]
    public void Parse_MalformedJson_IsInvalidJsonWithLine()
    {
        var failure = SingleFailure(() => ScoringJson.ParseEntryData("{\n  \"schemaVersion\": \"1.0\",\n  \"entries\": [ { \"car\": \"7\" ]\n}"));

        Assert.Equal(ErrorCodes.InvalidJson, failure.Code);
        Assert.Equal(3, failure.Line);
    }

    [Fact]
    public void Parse_UnknownProperty_IsInvalidJsonNamingIt()
    {
        // A misspelt rule must not be silently ignored.
        var json = ScoringJson.ToJson(EveryRule()).Replace("\"beyondScale\"", "\"beyondScales\"", StringComparison.Ordinal);

        var failure = SingleFailure(() => ScoringJson.ParseRuleSet(json, "rules.json"));

        Assert.Equal(ErrorCodes.InvalidJson, failure.Code);
        Assert.Contains("beyondScales", failure.Message, StringComparison.Ordinal);
        Assert.NotNull(failure.Line);
    }

    [Fact]
    public void Parse_BadPoints_IsInvalidValueWithPathLineAndColumn()
    {
        var json = ScoringJson.ToJson(EveryRule());
        var at = json.IndexOf("\"beyondScale\": \"0.5\"", StringComparison.Ordinal);
        var line = json[..at].Count(c => c == '\n') + 1;
        var column = at - json.LastIndexOf('\n', at) + "\"beyondScale\": ".Length;

        var failure = SingleFailure(() => ScoringJson.ParseRuleSet(json.Replace("\"beyondScale\": \"0.5\"", "\"beyondScale\": \"half\"", StringComparison.Ordinal), "rules.json"));

        Assert.Equal(ErrorCodes.InvalidValue, failure.Code);
        Assert.Equal("$.scoring.races[0].beyondScale", failure.Field);
        Assert.Equal(line, failure.Line);
        Assert.Equal(column, failure.Column); // where the value starts
        Assert.Contains("'half' is not a number of points", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"timeZone\": \"Asia/Dubai\"", "\"timeZone\": \"Asia/Atlantis\"", "Asia/Atlantis")]
    [InlineData("\"firstDay\": \"2024-01-11\"", "\"firstDay\": \"2024-13-11\"", "2024-13-11")]
    [InlineData("\"scheduledDuration\": \"4:00:00\"", "\"scheduledDuration\": \"four hours\"", "four hours")]
    [InlineData("\"start\": \"2024-01-11T12:00:00+04 Asia/Dubai\"", "\"start\": \"2024-01-11T12:00:00+05 Asia/Dubai\"", "+05")]
    [InlineData("\"minimumShare\": \"0.7\"", "\"minimumShare\": \"most\"", "most")]
    [InlineData("\"competitors\": \"entrant\"", "\"competitors\": \"team\"", "team")]
    public void Parse_UnreadableValue_IsCoded(string written, string replaced, string named)
    {
        var json = ScoringJson.ToJson(EveryRule());
        Assert.Contains(written, json, StringComparison.Ordinal);

        var failure = SingleFailure(() => ScoringJson.ParseRuleSet(json.Replace(written, replaced, StringComparison.Ordinal)));

        Assert.Contains(failure.Code, new[] { ErrorCodes.InvalidValue, ErrorCodes.InvalidJson });
        Assert.NotNull(failure.Line);
        Assert.NotNull(failure.Field);
        Assert.True(failure.Message.Contains(named, StringComparison.Ordinal) || failure.Code == ErrorCodes.InvalidJson, failure.Message);
    }

    [Fact]
    public void Parse_NullForARequiredValue_IsInvalidValue()
    {
        var json = ScoringJson.ToJson(EveryRule()).Replace("\"series\": \"Test series\"", "\"series\": null", StringComparison.Ordinal);

        var failure = SingleFailure(() => ScoringJson.ParseRuleSet(json));

        Assert.Equal(ErrorCodes.InvalidValue, failure.Code);
        Assert.Equal("$.series", failure.Field);
    }

    [Fact]
    public void Parse_MissingRequiredProperty_IsInvalidJson()
    {
        var failure = SingleFailure(() => ScoringJson.ParseEntryData("{ \"schemaVersion\": \"1.0\", \"entries\": [ { \"fullSeason\": false } ] }"));

        Assert.Equal(ErrorCodes.InvalidJson, failure.Code);
        Assert.Contains("car", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AdjustmentOfUnknownType_IsInvalidJson()
    {
        var failure = SingleFailure(() => ScoringJson.ParseEntryData("{ \"schemaVersion\": \"1.0\", \"adjustments\": [ { \"type\": \"fine\", \"car\": \"7\" } ] }"));

        Assert.Equal(ErrorCodes.InvalidJson, failure.Code);
    }

    [Fact]
    public void Parse_AdjustmentWithoutType_IsInvalidJson()
    {
        var failure = SingleFailure(() => ScoringJson.ParseEntryData("{ \"schemaVersion\": \"1.0\", \"adjustments\": [ { \"car\": \"7\" } ] }"));

        Assert.Equal(ErrorCodes.InvalidJson, failure.Code);
    }

    [Fact]
    public void Parse_NullInAList_IsInvalidValue()
    {
        var failure = SingleFailure(() => ScoringJson.ParseEntryData("{ \"schemaVersion\": \"1.0\", \"entries\": [ null ] }"));

        Assert.Equal(ErrorCodes.InvalidValue, failure.Code);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    public void Parse_NotAnObject_IsInvalidJson(string json)
        => Assert.Equal(ErrorCodes.InvalidJson, SingleFailure(() => ScoringJson.ParseRuleSet(json)).Code);

    [Fact]
    public void LoadRuleSet_File_NamesTheFileInFailures()
    {
        using var folder = new TempFolder();
        var path = folder.Write("rules.json", "{ \"schemaVersion\": \"1.0\" }");

        var failure = SingleFailure(() => ScoringJson.LoadRuleSet(path));

        Assert.Equal(ErrorCodes.InvalidJson, failure.Code); // the required "series", "season"... are missing
        Assert.Equal(path, failure.Source);
    }

    [Fact]
    public void CreateOptions_NodaTimeValuesOutsideTheModel_UseTheSameConverters()
    {
        var options = ScoringJson.CreateOptions();
        options.WriteIndented = false; // the caller's own copy, which it may change before using it

        Assert.Equal("\"11:00:30.25\"", System.Text.Json.JsonSerializer.Serialize(new LocalTime(11, 0, 30, 250), options));
        Assert.Equal(new LocalTime(11, 0, 30, 250), System.Text.Json.JsonSerializer.Deserialize<LocalTime>("\"11:00:30.25\"", options));
        Assert.Equal("\"24:02:53.332\"", System.Text.Json.JsonSerializer.Serialize(Duration.FromMilliseconds(86_573_332), options));
        Assert.Equal("\"2025-06-14T16:00:00+02 Europe/Paris\"", System.Text.Json.JsonSerializer.Serialize(new LocalDateTime(2025, 6, 14, 16, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Paris"]), options));
        Assert.Equal("\"2025-01-01T00:00:00Z UTC\"", System.Text.Json.JsonSerializer.Serialize(new LocalDateTime(2025, 1, 1, 0, 0).InUtc(), options));
        Assert.Equal("[\"4\",\"007\"]", System.Text.Json.JsonSerializer.Serialize<EquatableArray<CarNumber>>(["4", "007"], options));
    }
}
