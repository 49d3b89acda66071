using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using FluentValidation;
using FluentValidation.Results;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

// One crew requirement's checks on their own, with a validator made in the test (not the shared one of SeasonValidation), against
// ValidSeason.BaseRules: season label "Test", classes LMP2 (with LMP2 Am) and GT, requirement crew-size "2 to 3 drivers per car.".
// Each broken value is reported once, with its code, property and a message naming the requirement and the rule; each value
// just inside the rule passes. Messages are written from the rule the check states, not copied from a run.
public sealed class CrewRequirementValidatorTests
{
    private static readonly CrewRequirement Silvers = new() { Id = "silvers", Description = "Silvers.", Categories = [DriverCategory.Silver], Minimum = 1 };

    /// <summary>Validates a requirement against the base rules with it added, so that it is compared with the others.</summary>
    private static List<ValidationFailure> Validate(CrewRequirement requirement)
        => new CrewRequirementValidator(BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(requirement) }).Validate(requirement).Errors;

    public static TheoryData<CrewRequirement, string, string, string> Broken => new()
    {
        // A blank identifier: the message names the requirement by its description, as it has no identifier to name it by.
        { Silvers with { Id = " " }, ErrorCodes.MissingValue, "Id", "A crew requirement (Silvers.) has no identifier." },
        { Silvers with { Minimum = null }, ErrorCodes.MissingValue, "Minimum", "Crew requirement 'silvers' (Silvers.) sets neither a minimum nor a maximum: it requires nothing." },
        { Silvers with { Minimum = -1 }, ErrorCodes.ValueOutOfRange, "Minimum", "Crew requirement 'silvers' (Silvers.) asks for at least -1 drivers: the minimum cannot be negative." },
        { Silvers with { Minimum = null, Maximum = -1 }, ErrorCodes.ValueOutOfRange, "Maximum", "Crew requirement 'silvers' (Silvers.) allows at most -1 drivers: the maximum cannot be negative." },
        { Silvers with { Classes = ["LMP3"] }, ErrorCodes.UnknownClass, "Classes", "Crew requirement 'silvers' (Silvers.) applies to class 'LMP3', which the Test rules do not define." },

        // Its own bounds cross: 2 Silvers at least, 1 at most.
        { Silvers with { Minimum = 2, Maximum = 1 }, ErrorCodes.UnsatisfiableCrewRequirement, "Minimum", "Crew requirement 'silvers' (Silvers.) asks for at least 2 drivers but allows at most 1: no crew can meet it." },

        // 4 Silvers in every class, when crew-size allows 3 drivers of any kind in every class: LMP2 is the first class defined.
        { Silvers with { Minimum = 4 }, ErrorCodes.UnsatisfiableCrewRequirement, "Minimum", "Crew requirement 'silvers' (Silvers.) asks for at least 4 drivers, but crew requirement 'crew-size' (2 to 3 drivers per car.) allows at most 3 of the same drivers in LMP2: no crew can meet both." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenRequirement_ReportedOnceWithItsCodePropertyAndMessage(CrewRequirement requirement, string code, string property, string message)
    {
        var failure = Assert.Single(Validate(requirement));

        Assert.Equal((code, property, message, Severity.Error), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage, failure.Severity));
    }

    public static TheoryData<CrewRequirement> JustInside => new()
    {
        Silvers with { Minimum = 0 },
        Silvers with { Minimum = null, Maximum = 0 },
        Silvers with { Classes = ["LMP2 Am", "GT"] },
        Silvers with { Minimum = 1, Maximum = 1 },
        Silvers with { Minimum = 3 },
    };

    [Theory]
    [MemberData(nameof(JustInside))]
    public void Validate_RequirementJustInsideTheRule_Passes(CrewRequirement requirement)
    {
        Assert.Empty(Validate(requirement));
    }

    [Fact]
    public void Validate_ConflictOfAnotherRequirement_NotReportedAgainstThisOne()
    {
        // "silvers" cannot be met, but the requirement validated is crew-size, which can: each conflict is reported on its own requirement.
        var rules = BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(Silvers with { Minimum = 4 }) };

        Assert.Empty(new CrewRequirementValidator(rules).Validate(rules.CrewRequirements[0]).Errors);
    }

    [Fact]
    public void Constructor_NullRules_ThrowsArgumentNullExceptionNamingRules()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => new CrewRequirementValidator(null!));

        Assert.Equal("rules", thrown.ParamName);
    }
}
