using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// One table's checks on their own, against Fixture.TestRules(2) (calendar "Test" of R1 and R2; classes LMP2, LMP2 Am and GT).
public sealed class ChampionshipTableValidatorTests
{
    private static readonly RuleSet Rules = TestRules(2);

    private static ChampionshipTable Teams => Rules.Tables[0];

    [Fact]
    public void Constructor_NullRules_ThrowsNamingRules()
        => Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new ChampionshipTableValidator(null!)).ParamName);

    [Fact]
    public void Validate_ExcludedRaceNotInTheCalendar_RaceNotInCalendar()
    {
        // R3 is not among R1 and R2.
        var failure = Assert.Single(new ChampionshipTableValidator(Rules).Validate(Teams with { ExcludedRaces = ["R2", "R3"] }).Errors);

        Assert.Equal((ErrorCodes.RaceNotInCalendar, "ExcludedRaces", "R3"), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal("Table 'LMP2 Teams' excludes race 'R3', which is not in the Test calendar.", failure.ErrorMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_FewerThanOneCarCountedPerRace_ValueOutOfRange(int cars)
    {
        var failure = Assert.Single(new ChampionshipTableValidator(Rules).Validate(Teams with { CarsCountedPerRace = cars }).Errors);

        Assert.Equal((ErrorCodes.ValueOutOfRange, "CarsCountedPerRace", (object)cars), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal($"Table 'LMP2 Teams' counts {cars} cars per entrant in each race: at least 1 (or null for all).", failure.ErrorMessage);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(null)]
    public void Validate_AtLeastOneCarCountedPerRaceOrAll_Passes(int? cars)
        => Assert.Empty(new ChampionshipTableValidator(Rules).Validate(Teams with { CarsCountedPerRace = cars }).Errors);

    [Fact]
    public void Validate_OwnScoringWithNegativePolePoints_ReportedUnderScoring()
    {
        var failure = Assert.Single(new ChampionshipTableValidator(Rules).Validate(Teams with { Scoring = new ScoringRules { Races = [Modern(pole: -1)] } }).Errors);

        Assert.Equal((ErrorCodes.NegativePoints, "Scoring.Races[default].Pole"), (failure.ErrorCode, failure.PropertyName));
    }
}
