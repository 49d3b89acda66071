using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Support.Fixture;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

// What one validation run looks up once for every entry and race (ValidationScope): which crew requirements crews are checked
// against, and the crew a car had in a race. Observed through SeasonValidation.Validate(rules, results).
public sealed class ValidationScopeTests
{
    [Fact]
    public void CrewRequirementWithANegativeMaximum_ReportedOnTheRulesAndNotCheckedAgainstCrews()
    {
        // "At most -1" is a rule-set error (and makes every requirement with a minimum unsatisfiable); checking crews against it
        // would only add a warning per crew repeating it.
        var rules = BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(new CrewRequirement { Id = "negative", Description = "Broken.", Maximum = -1 }) };

        var report = SeasonValidation.Validate(rules, BaseResults);

        Assert.Contains(report.Errors, e => (e.ErrorCode, e.PropertyName) == (ErrorCodes.ValueOutOfRange, "CrewRequirements[negative].Maximum"));
        Assert.DoesNotContain(report.Warnings, w => w.ErrorMessage.Contains("'negative'", StringComparison.Ordinal));
    }

    [Fact]
    public void CrewRequirementWithANegativeMinimum_NotCheckedAgainstCrews()
    {
        // Nobody but the rule set is at fault; with a maximum of 0 Bronzes too, crews would otherwise be warned for their Bronze.
        var broken = new CrewRequirement { Id = "negative", Description = "Broken.", Categories = [DriverCategory.Bronze], Minimum = -1, Maximum = 0 };
        var report = SeasonValidation.Validate(BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(broken) }, BaseResults);

        Assert.Contains(report.Errors, e => e.PropertyName == "CrewRequirements[negative].Minimum");
        Assert.DoesNotContain(report.Warnings, w => w.ErrorMessage.Contains("'negative'", StringComparison.Ordinal));
    }

    [Fact]
    public void CrewRequirementWithAMinimumOfZero_CheckedAgainstCrews()
    {
        // At least 0 and at most 0 Platinum drivers: car #3's crew has Sven Fischer, a Platinum, so it is warned.
        var noPlatinum = new CrewRequirement { Id = "no-platinum", Description = "No Platinum driver.", Categories = [DriverCategory.Platinum], Minimum = 0, Maximum = 0 };
        var report = SeasonValidation.Validate(BaseRules with { CrewRequirements = BaseRules.CrewRequirements.Add(noPlatinum) }, BaseResults);

        Assert.True(report.IsValid);
        Assert.Contains(report.Warnings, w => w.ErrorCode == ErrorCodes.CrewRequirementNotMet
            && w.ErrorMessage.StartsWith("Car #3 (Jade Competition), nominated crew: crew requirement 'no-platinum' (No Platinum driver.) is not met: it allows at most 0 matching drivers", StringComparison.Ordinal));
    }

    [Fact]
    public void CarWithoutDriversListed_RacedWithItsNominatedCrew()
    {
        // Car #4 lists no drivers, so its crew is the nominated 4a and 4b; car #7 says 4a drove it: 4a is then in two cars.
        var rules = TestRules(1);
        var results = TestResults([Car("4"), Car("7")], Race("R1", "4", "7").Crew("7", ("4a", 60), ("7a", 60)));

        var report = SeasonValidation.Validate(rules, results);

        var failure = Assert.Single(report.Errors);
        Assert.Equal((ErrorCodes.DriverInTwoCars, "Races[R1].Cars[#7].Drivers", "4a"), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("Race 1 (R1): driver '4a' (Driver 4a) is in the crews of car #4 (Team 4) and car #7 (Team 7).", failure.ErrorMessage);
    }
}
