using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>The checks every list of a rule set gets: a null element is reported at its index, and look-ups skip it.</summary>
public sealed class ListChecksTests
{
    [Fact]
    public void Check_NullClass_IsMissingAtItsIndex()
    {
        // The valid rules define three classes (LMP2, LMP2 Am, GT): the null one is the fourth, index 3.
        var rules = BaseRules with { Classes = BaseRules.Classes.Add(null!) };

        var failure = Assert.Single(SeasonValidation.Validate(rules).Failures);
        Assert.Equal((ErrorCodes.MissingValue, "Classes[3]", "Element 3 is null."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
        Assert.Null(failure.AttemptedValue);
    }

    [Fact]
    public void Check_NullInvitationFirst_IsMissingAtIndexZero()
    {
        var rules = BaseRules with { Invitations = [null!, .. BaseRules.Invitations] };

        var failure = Assert.Single(SeasonValidation.Validate(rules).Failures);
        Assert.Equal((ErrorCodes.MissingValue, "Invitations[0]", "Element 0 is null."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void FindClassAndTable_SkipNullElements()
    {
        var rules = BaseRules with { Classes = [null!, .. BaseRules.Classes], Tables = [null!, .. BaseRules.Tables] };

        Assert.Equal("GT", ListChecks.FindClass(rules, "GT")?.Name);
        Assert.Null(ListChecks.FindClass(rules, "LMP3"));
        Assert.Equal("GT Teams", ListChecks.FindTable(rules, "GT Teams")?.Name);
        Assert.Null(ListChecks.FindTable(rules, "LMP3 Teams"));
    }
}
