using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

// A null argument to the entry point is a programming error: it throws naming the argument, before any validator sees it.
public sealed class SeasonValidationArgumentTests
{
    [Fact]
    public void Validate_NullRules_ThrowsNamingRules()
        => Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => SeasonValidation.Validate(null!)).ParamName);

    [Fact]
    public void ValidateResults_NullRules_ThrowsNamingRules()
        => Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => SeasonValidation.Validate(null!, BaseResults)).ParamName);

    [Fact]
    public void ValidateResults_NullResults_ThrowsNamingResults()
        => Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => SeasonValidation.Validate(BaseRules, null!)).ParamName);
}
