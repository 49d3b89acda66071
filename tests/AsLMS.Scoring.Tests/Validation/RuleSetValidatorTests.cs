using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using FluentValidation.Results;
using NodaTime;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// The rule-set validator as the public entry point runs it (SeasonValidation.Validate(rules)): the parts it checks itself (a
// missing season, scoring or classification rule; identifiers used twice) and each part it hands to its own validator, which must
// be reached and must report under the part's path with the element named by its identifier. Fixture.TestRules(2): calendar
// "Test" of R1 and R2 (11 and 12 January 2024), classes LMP2, LMP2 Am (inside LMP2) and GT, a teams' and a drivers' table each.
public sealed class RuleSetValidatorTests
{
    private static RuleSet Valid => TestRules(2);

    // Each case also runs a validator made for it: SeasonValidation keeps one for the process, and a validator's rules are set up
    // in its constructor, so a user's own `new RuleSetValidator()` must find the same failure.
    private static ValidationFailure Only(RuleSet rules)
    {
        var failure = Assert.Single(SeasonValidation.Validate(rules).Failures);
        var own = Assert.Single(new RuleSetValidator().Validate(rules).Errors);
        Assert.Equal((failure.ErrorCode, failure.PropertyName, failure.ErrorMessage, failure.Severity), (own.ErrorCode, own.PropertyName, own.ErrorMessage, own.Severity));
        return failure;
    }

    [Fact]
    public void Validate_ValidRules_NoFailure()
    {
        Assert.Empty(SeasonValidation.Validate(Valid).Failures);
        Assert.True(new RuleSetValidator().Validate(Valid).IsValid);
    }

    [Fact]
    public void Validate_NoSeason_MissingValueAtSeason()
    {
        var failure = Only(Valid with { Season = null! });

        Assert.Equal((ErrorCodes.MissingValue, "Season", "The rule set has no season."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
        Assert.Null(failure.AttemptedValue);
    }

    [Fact]
    public void Validate_NoScoring_MissingValueAtScoring()
    {
        var failure = Only(Valid with { Scoring = null! });

        Assert.Equal((ErrorCodes.MissingValue, "Scoring", "The rule set has no scoring rules."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_NoClassificationRule_MissingValueAtClassification()
    {
        var failure = Only(Valid with { Classification = null! });

        Assert.Equal((ErrorCodes.MissingValue, "Classification", "The rule set has no classification rule."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_ClassDefinedTwice_DuplicateClassNamedByItsId()
    {
        var failure = Only(Valid with { Classes = Valid.Classes.Add(new ClassDefinition { Id = "GT", Name = "GT again" }) });

        Assert.Equal((ErrorCodes.DuplicateClass, "Classes[GT]", "Class 'GT' is defined twice."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_TableDefinedTwice_DuplicateTableNamedByItsId()
    {
        var failure = Only(Valid with { Tables = Valid.Tables.Add(Valid.Tables[0] with { Name = "Again" }) });

        Assert.Equal((ErrorCodes.DuplicateTable, "Tables[LMP2 Teams]", "Table 'LMP2 Teams' is defined twice."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_CrewRequirementDefinedTwice_DuplicateCrewRequirementNamedByItsId()
    {
        var size = new CrewRequirement { Id = "crew-size", Description = "2 to 3 drivers per car.", Minimum = 2, Maximum = 3 };
        var failure = Only(Valid with { CrewRequirements = [size, size with { Maximum = 4 }] });

        Assert.Equal(
            (ErrorCodes.DuplicateCrewRequirement, "CrewRequirements[crew-size]", "Crew requirement 'crew-size' is defined twice."),
            (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_NullClass_ReportedOnceAtItsIndex()
    {
        // A null element is the list check's MissingValue; the class validator has nothing to validate in it.
        var failure = Only(Valid with { Classes = [Valid.Classes[0], null!, Valid.Classes[1], Valid.Classes[2]] });

        Assert.Equal((ErrorCodes.MissingValue, "Classes[1]", "Element 1 is null."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Validate_SeasonEndingBeforeItStarts_ReachesTheCalendarValidator()
    {
        // The calendar runs 11 to 12 January; a last day of 10 January is before the first.
        var failure = Only(Valid with { Season = Valid.Season with { LastDay = new LocalDate(2024, 1, 10) } });

        Assert.Equal((ErrorCodes.ValueOutOfRange, "Season.LastDay"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_SubClassOfAnUndefinedClass_ReachesTheClassValidatorUnderTheClassId()
    {
        var failure = Only(Valid with { Classes = Valid.Classes.Add(new ClassDefinition { Id = "GT Am", Name = "GT Am", Parent = "GT3" }) });

        Assert.Equal((ErrorCodes.UnknownClass, "Classes[GT Am].Parent"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_TableOfAnUndefinedClass_ReachesTheTableValidatorUnderTheTableId()
    {
        var failure = Only(Valid with { Tables = [Valid.Tables[0] with { Classes = ["LMP3"] }, .. Valid.Tables.Skip(1)] });

        Assert.Equal((ErrorCodes.UnknownClass, "Tables[LMP2 Teams].Classes"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal("Table 'LMP2 Teams' ranks class 'LMP3', which the Test rules do not define.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_NegativePolePoints_ReachesTheScoringValidator()
    {
        var failure = Only(Valid with { Scoring = new ScoringRules { Races = [Modern(pole: -1)] } });

        Assert.Equal((ErrorCodes.NegativePoints, "Scoring.Races[default].Pole"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_ClassificationShareOfZero_ReachesTheClassificationValidator()
    {
        var failure = Only(Valid with { Classification = new ClassificationRule { MinimumShare = Ratio.Zero } });

        Assert.Equal((ErrorCodes.ValueOutOfRange, "Classification.MinimumShare"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_NegativeCrewMinimum_ReachesTheCrewRequirementValidatorUnderItsId()
    {
        var failure = Only(Valid with { CrewRequirements = [new CrewRequirement { Id = "silvers", Description = "Silvers.", Categories = [DriverCategory.Silver], Minimum = -1 }] });

        Assert.Equal((ErrorCodes.ValueOutOfRange, "CrewRequirements[silvers].Minimum"), (failure.ErrorCode, failure.PropertyName));
    }

    [Fact]
    public void Validate_InvitationToPositionZero_ReachesTheInvitationValidatorUnderItsId()
    {
        var failure = Only(Valid with { Invitations = [new InvitationRule { Id = "p0", Table = "LMP2 Teams", Position = 0, LeMansClass = "LMP2" }] });

        Assert.Equal((ErrorCodes.ValueOutOfRange, "Invitations[p0].Position"), (failure.ErrorCode, failure.PropertyName));
        Assert.Equal("Invitation rule 'p0' goes to position 0 of 'LMP2 Teams': positions start at 1.", failure.ErrorMessage);
    }
}
