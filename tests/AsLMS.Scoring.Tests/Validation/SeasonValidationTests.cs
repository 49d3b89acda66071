using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;
using AsLMS.Scoring.Validation;
using FluentValidation;
using FluentValidation.TestHelper;
using NodaTime;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>The entry point, the report, severities, property paths, options, and input that would make naive code throw.</summary>
public sealed class SeasonValidationTests
{
    [Fact]
    public void Validate_TheFixtureAndDemoRuleSets_AreClean()
    {
        Assert.True(SeasonValidation.Validate(Fixture.TestRules(6)).IsClean);
        Assert.True(SeasonValidation.Validate(SeasonGenerator.Demo().Rules).IsClean);
        Assert.True(SeasonValidation.Validate(SeasonGenerator.Generate(GeneratorOptions.Large).Rules).IsClean);
    }

    [Fact]
    public void Validate_AnEmptyCalendar_IsClean()
    {
        // A season can be announced before its races are (2026-27).
        var rules = BaseRules with { Season = BaseRules.Season with { Events = [] }, Invitations = [] };
        Assert.True(SeasonValidation.Validate(rules).IsClean, SeasonValidation.Validate(rules).ToString());
    }

    [Fact]
    public void Report_WithOnlyWarnings_IsValidButNotClean()
    {
        var results = BaseResults.WithRace1(r => r.WithRow("2", c => c with { Laps = 83 }));
        var report = SeasonValidation.Validate(BaseRules, results);

        Assert.True(report.IsValid);
        Assert.False(report.IsClean);
        Assert.Empty(report.Errors);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(83, warning.AttemptedValue);
        report.ThrowIfInvalid();
    }

    [Fact]
    public void Report_ThrowIfInvalid_ThrowsTheErrorsOnly()
    {
        // #2 below the classification share (a warning) and car #9 unknown (an error).
        var results = BaseResults.WithRace1(r => r.WithRow("2", c => c with { Laps = 83 }).WithRow("3", c => c with { Car = "9" }));
        var report = SeasonValidation.Validate(BaseRules, results);

        var exception = Assert.Throws<ScoringInputException>(report.ThrowIfInvalid);
        Assert.Equal([ErrorCodes.UnknownCar], exception.Errors.Select(e => e.ErrorCode));
        Assert.Contains("[UnknownCar]", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ErrorCodes.CrewRequirementNotMet)]
    [InlineData(ErrorCodes.DriverNotNominated)]
    [InlineData(ErrorCodes.BelowClassificationThreshold)]
    [InlineData(ErrorCodes.PositionGap)]
    [InlineData(ErrorCodes.LapsContradictOrder)]
    public void Severity_WhatTheCalculatorScoresThroughAsGiven_IsAWarning(string code)
    {
        foreach (var test in ErrorCodeCases.All.Where(c => c.Code == code))
        {
            var (rules, results) = test.Broken();
            Assert.All(SeasonValidation.Validate(rules, results).Failures.Where(f => f.ErrorCode == code), f => Assert.Equal(Severity.Warning, f.Severity));
        }
    }

    [Fact]
    public void Severity_EveryOtherCode_IsAnError()
    {
        string[] warnings = [ErrorCodes.CrewRequirementNotMet, ErrorCodes.DriverNotNominated, ErrorCodes.BelowClassificationThreshold, ErrorCodes.PositionGap, ErrorCodes.LapsContradictOrder];
        foreach (var test in ErrorCodeCases.All.Where(c => !warnings.Contains(c.Code)))
        {
            var (rules, results) = test.Broken();
            Assert.All(SeasonValidation.Validate(rules, results).Failures.Where(f => f.ErrorCode == test.Code), f => Assert.Equal(Severity.Error, f.Severity));
        }
    }

    [Theory]
    [InlineData(ErrorCodes.LapsContradictOrder, "Races[R1].Cars[#2].Laps")]
    [InlineData(ErrorCodes.UnknownCar, "Races[R1].Cars[#9]")]
    [InlineData(ErrorCodes.CrewRequirementNotMet, "Entries[#3].Crew")]
    [InlineData(ErrorCodes.UnknownClass, "Tables[LMP3 Teams].Classes")]
    [InlineData(ErrorCodes.RaceStartMismatch, "Season.Events[Test event].Races[R2].Start")]
    [InlineData(ErrorCodes.DropSegmentOutsideCalendar, "Scoring.Drops.Segments[1]")]
    [InlineData(ErrorCodes.DriverInTwoCars, "Races[R1].Cars[#2].Drivers")]
    public void PropertyName_NamesEntriesByCarAndRacesById(string code, string path)
    {
        var paths = ErrorCodeCases.All.Where(c => c.Code == code)
            .SelectMany(c => { var (rules, results) = c.Broken(); return SeasonValidation.Validate(rules, results).Failures; })
            .Where(f => f.ErrorCode == code)
            .Select(f => f.PropertyName);
        Assert.Contains(path, paths);
    }

    [Fact]
    public void Options_RegionOf_IsUsedForNationalityRules()
    {
        // NOR is not Asian or Oceanian in the default table, so #2 has no such driver; a table that says otherwise is obeyed.
        var results = BaseResults with { Drivers = Drivers.Select(d => d.Id.Value == "2a" ? d with { Nationality = "NOR" } : d).ToEquatableArray() };
        Assert.Contains(SeasonValidation.Validate(BaseRules, results).Failures, f => f.ErrorCode == ErrorCodes.CrewRequirementNotMet);

        var options = new ValidationOptions { RegionOf = code => code == "NOR" ? WorldRegion.Asia : null };
        var report = SeasonValidation.Validate(BaseRules, results, options);

        // Now JPN and CHN are unknown instead: #1 and #3 lose their Asian driver (#3 in its nominated crew and in R2's crew of
        // two), and #2 has one.
        Assert.All(report.Failures, f => Assert.Equal(ErrorCodes.CrewRequirementNotMet, f.ErrorCode));
        Assert.Equal(["Entries[#1].Crew", "Entries[#3].Crew", "Races[R2].Cars[#3].Drivers"], report.Failures.Select(f => f.PropertyName).Order());
    }

    [Fact]
    public void Options_FinishAllowance_BoundsDriveTimesWithoutATotalTime()
    {
        // Without a total time, #1's 4:10 of drive times fit a 4-hour race with 15 minutes to finish, not with 5.
        var results = BaseResults.WithRace1(r => r.WithRow("1", c => c with { TotalTime = null, Drivers = [new DriveTime("1a", Time(2, 0, 0)), new DriveTime("1b", Time(2, 10, 0))] }));
        Assert.True(SeasonValidation.Validate(BaseRules, results).IsClean);
        var strict = SeasonValidation.Validate(BaseRules, results, new ValidationOptions { FinishAllowance = Duration.FromMinutes(5) });
        Assert.Equal([ErrorCodes.DriveTimeExceedsRace], strict.Failures.Select(f => f.ErrorCode));
    }

    [Fact]
    public void Classification_AgainstTheOverallWinner_UsesTheOverallWinnersLaps()
    {
        // 70 % of the overall winner's 120 laps is 84: GT car #3 (110) is fine; with 83 laps it is not, although it won GT.
        var rules = BaseRules with { Classification = ClassificationRule.Default with { Reference = ClassificationReference.OverallWinner } };
        Assert.True(SeasonValidation.Validate(rules, BaseResults).IsClean);

        var results = BaseResults.WithRace1(r => r.WithRow("3", c => c with { Laps = 83 }).WithRow("2", c => c with { Laps = 83 }));
        var warnings = SeasonValidation.Validate(rules, results).Failures.Where(f => f.ErrorCode == ErrorCodes.BelowClassificationThreshold).ToList();
        Assert.Equal(["Races[R1].Cars[#2].Laps", "Races[R1].Cars[#3].Laps"], warnings.Select(f => f.PropertyName).Order());
        Assert.Contains("the overall winner's 120 laps", warnings[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void CrewRequirement_ConflictingFilters_AreUnsatisfiableOnlyWhenOneContainsTheOther()
    {
        // "At least 2 Bronzes" cannot fit under "at most 1 Silver or Bronze" (every Bronze counts for both); under "at most 1 Gold" it can.
        CrewRequirement twoBronzes = new() { Id = "two-bronzes", Description = "Two Bronzes.", Classes = ["GT"], Categories = [DriverCategory.Bronze], Minimum = 2 };
        CrewRequirement silverOrBronze = new() { Id = "one-am", Description = "At most one Silver or Bronze.", Classes = ["GT"], Categories = [DriverCategory.Silver, DriverCategory.Bronze], Maximum = 1 };
        CrewRequirement oneGold = silverOrBronze with { Id = "one-gold", Description = "At most one Gold.", Categories = [DriverCategory.Gold] };
        RuleSet With(params CrewRequirement[] requirements) => BaseRules with { CrewRequirements = requirements.ToEquatableArray() };

        var conflict = Assert.Single(SeasonValidation.Validate(With(twoBronzes, silverOrBronze)).Failures);
        Assert.Equal(ErrorCodes.UnsatisfiableCrewRequirement, conflict.ErrorCode);
        Assert.Equal("CrewRequirements[two-bronzes].Minimum", conflict.PropertyName);
        Assert.Contains("'one-am'", conflict.ErrorMessage, StringComparison.Ordinal);
        Assert.True(SeasonValidation.Validate(With(twoBronzes, oneGold)).IsClean);

        // Requirements of classes no car shares never conflict.
        Assert.True(SeasonValidation.Validate(With(twoBronzes, silverOrBronze with { Classes = ["LMP2"] })).IsClean);
    }

    [Theory]
    [InlineData(SharedDrivePolicy.FullPointsToEachDriver, true)]
    [InlineData(SharedDrivePolicy.SplitEqually, false)]
    [InlineData(SharedDrivePolicy.NoPointsWhenShared, false)]
    public void DriverInTwoCars_IsCheckedWhereEveryDriverScoresInFull(SharedDrivePolicy policy, bool checkedHere)
    {
        // 2a drives #1 and #2 in R1: impossible in endurance racing, a takeover under the early Formula One rules.
        var rules = BaseRules with { Scoring = BaseRules.Scoring with { SharedDrives = policy } };
        var results = BaseResults.WithRace1(r => r.WithRow("1", c => c with { Drivers = c.Drivers.Add(new DriveTime("2a", Duration.Zero)) }))
            .WithEntry("1", e => e with { Crew = ["1a", "1b", "2a"] });
        var codes = SeasonValidation.Validate(rules, results).Failures.Select(f => f.ErrorCode).ToList();
        Assert.Equal(checkedHere ? [ErrorCodes.DriverInTwoCars] : [], codes);
    }

    [Fact]
    public void Validators_ComposeAndWorkAlone()
    {
        var entry = BaseResults.Entries[0] with { Class = "LMP3" };
        var alone = new EntryValidator(BaseRules, BaseResults).Validate(entry);
        Assert.Equal([ErrorCodes.UnknownClass], alone.Errors.Select(e => e.ErrorCode));
        Assert.Equal("Class", alone.Errors[0].PropertyName);

        var race = BaseResults.Races[0] with { Race = "R9" };
        Assert.Equal([ErrorCodes.RaceNotInCalendar], new RaceResultValidator(BaseRules, BaseResults).Validate(race).Errors.Select(e => e.ErrorCode));

        var table = new ChampionshipTable { Id = "X", Name = "X", Competitors = CompetitorKind.Car, Classes = ["LMP3"] };
        Assert.Equal([ErrorCodes.UnknownClass], new ChampionshipTableValidator(BaseRules).Validate(table).Errors.Select(e => e.ErrorCode));

        // FluentValidation's own test helpers work on them.
        new DropRuleValidator(BaseRules.Season).TestValidate(new DropRule { Segments = [new DropSegment { BestResults = 3 }] })
            .ShouldHaveValidationErrorFor("Segments[0].BestResults").WithErrorCode(ErrorCodes.DropCountOutOfRange);
    }

    [Fact]
    public void Validate_NullsAndDefaults_AreReportedNeverThrown()
    {
        var rules = BaseRules with
        {
            Season = null!,
            Scoring = null!,
            Classification = null!,
            Classes = [null!, new ClassDefinition { Id = default, Name = null!, Parent = "Nope" }],
            Tables = [null!, new ChampionshipTable { Id = default, Name = null!, Competitors = CompetitorKind.Entrant, Classes = [default], CarsCountedPerRace = 0, ExcludedRaces = ["R1"] }],
            CrewRequirements = [null!, new CrewRequirement { Id = null!, Description = null!, Minimum = -1 }],
            Invitations = [null!, new InvitationRule { Id = null!, Table = default, Position = -3, LeMansClass = null!, MustContestFromRound = 9 }],
        };
        var results = new SeasonResults
        {
            Drivers = [null!, new Driver { Id = default, Name = null! }],
            Entries = [null!, new Entry { Car = default, Entrant = null!, Class = default, Crew = [default, default] }],
            Races =
            [
                null!,
                new RaceResult
                {
                    Race = default,
                    Cars = [null!, new CarResult { Car = default, Status = ResultStatus.Classified, Laps = -1, TotalTime = Duration.FromHours(-1), Drivers = [new DriveTime(default, null)] }],
                    Poles = [default],
                    FastestLaps = [default],
                    Adjustments = [null!, new ChampionshipExclusion(), new TimePenalty { Car = default, Time = default }],
                },
            ],
            Adjustments = [null!, new PointsDeduction { Car = default, Points = -1, Table = "Nope", Driver = "Nobody" }],
        };

        var report = SeasonValidation.Validate(rules, results);
        Assert.False(report.IsValid);
        Assert.Contains(report.Errors, f => f.ErrorCode == ErrorCodes.MissingValue);

        var sane = SeasonValidation.Validate(BaseRules, results);
        Assert.Contains(sane.Errors, f => f.ErrorCode == ErrorCodes.MissingValue);
        Assert.Throws<ScoringInputException>(() => StandingsCalculator.Calculate(BaseRules, results));
        Assert.Throws<ScoringInputException>(() => StandingsCalculator.Calculate(rules, BaseResults));
    }

    [Fact]
    public void Calculate_RefusesOnlyWhatItCannotScore_AndValidationAddsTheRest()
    {
        // A car below the classification share and a drop rule counting more results than there are races: the calculator
        // scores both as given; validation reports both.
        var rules = BaseRules with { Scoring = BaseRules.Scoring with { Drops = new DropRule { Segments = [new DropSegment { BestResults = 3 }] } } };
        var results = BaseResults.WithRace1(r => r.WithRow("2", c => c with { Laps = 83 }));

        Assert.NotEmpty(StandingsCalculator.Calculate(rules, results).Tables);
        Assert.Equal(
            [ErrorCodes.BelowClassificationThreshold, ErrorCodes.DropCountOutOfRange],
            SeasonValidation.Validate(rules, results).Failures.Select(f => f.ErrorCode).Order());
    }
}
