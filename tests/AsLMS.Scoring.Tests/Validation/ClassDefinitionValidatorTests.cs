using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// One class's checks on their own, against Fixture.TestRules(2): classes LMP2, LMP2 Am (inside LMP2) and GT, season "Test".
public sealed class ClassDefinitionValidatorTests
{
    private static readonly RuleSet Rules = TestRules(2);

    [Fact]
    public void Constructor_NullRules_ThrowsNamingRules()
        => Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new ClassDefinitionValidator(null!)).ParamName);

    [Fact]
    public void Validate_ParentNotDefined_UnknownClass()
    {
        var failure = Assert.Single(new ClassDefinitionValidator(Rules).Validate(new ClassDefinition { Id = "GT Am", Name = "GT Am", Parent = "GT3" }).Errors);

        Assert.Equal((ErrorCodes.UnknownClass, "Parent", "GT3"), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("Sub-classification 'GT Am' is inside class 'GT3', which the Test rules do not define.", failure.ErrorMessage);
    }

    [Fact]
    public void Validate_ParentIsASubClassification_NestedSubClass()
    {
        // LMP2 Am is itself inside LMP2.
        var failure = Assert.Single(new ClassDefinitionValidator(Rules).Validate(new ClassDefinition { Id = "LMP2 Pro-Am", Name = "LMP2 Pro-Am", Parent = "LMP2 Am" }).Errors);

        Assert.Equal((ErrorCodes.NestedSubClass, "Parent", "LMP2 Am"), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal(
            "Sub-classification 'LMP2 Pro-Am' is inside 'LMP2 Am', which is itself a sub-classification: a sub-classification's parent must be a class of its own.",
            failure.ErrorMessage);
    }

    [Fact]
    public void Validate_ParentIsAClassOfItsOwn_Passes()
        => Assert.Empty(new ClassDefinitionValidator(Rules).Validate(new ClassDefinition { Id = "GT Am", Name = "GT Am", Parent = "GT" }).Errors);
}
