using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Tests.Support;
using AsLMS.Scoring.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace AsLMS.Scoring.Tests.Validation;

// How a nominated crew is checked against one crew requirement (CrewRules.Check, through EntryValidator): which drivers count,
// which cannot be counted for want of a category or a region, and the warning's wording (singular and plural, the crew listed
// with each driver's category and nationality, the note on drivers that cannot count). Car #7 of "Team Seven" in LMP2, with
// one requirement at a time, so the warning is the only failure. Every expected message is written from the requirement and the
// crew by hand: "it needs at least N matching driver(s)" or "it allows at most N matching driver(s)", then "has <count>".
public sealed class CrewRulesTests
{
    private const string Who = "Car #7 (Team Seven), nominated crew";

    // Regions given by the test, so the cases do not lean on the country table: anything not listed has no known region.
    private static readonly ValidationOptions Options = new()
    {
        RegionOf = nationality => nationality switch
        {
            "JPN" => WorldRegion.Asia,
            "AUS" => WorldRegion.Oceania,
            "GBR" => WorldRegion.Europe,
            _ => null,
        },
    };

    private static readonly CrewRequirement Bronze = new() { Id = "bronze", Description = "At least one Bronze.", Categories = [DriverCategory.Bronze], Minimum = 1 };

    private static readonly CrewRequirement Asian = new() { Id = "asian", Description = "At least one Asian or Oceanian.", Regions = [WorldRegion.Asia, WorldRegion.Oceania], Minimum = 1 };

    private static readonly CrewRequirement AsianBronze = new()
    {
        Id = "asian-bronze", Description = "At least one Asian or Oceanian Bronze.", Categories = [DriverCategory.Bronze], Regions = [WorldRegion.Asia, WorldRegion.Oceania], Minimum = 1,
    };

    private static readonly CrewRequirement CrewSize = new() { Id = "crew-size", Description = "2 to 3 drivers.", Minimum = 2, Maximum = 3 };

    private static readonly CrewRequirement OnePlatinum = new() { Id = "one-platinum", Description = "At most one Platinum.", Categories = [DriverCategory.Platinum], Maximum = 1 };

    private static readonly CrewRequirement NoPro = new() { Id = "no-pro", Description = "No Gold or Platinum.", Categories = [DriverCategory.Gold, DriverCategory.Platinum], Maximum = 0 };

    private static Driver Ann => new() { Id = "ann", Name = "Ann Bell", Category = DriverCategory.Gold, Nationality = "GBR" };

    private static Driver Bo => new() { Id = "bo", Name = "Bo Chan", Category = DriverCategory.Silver, Nationality = "JPN" };

    private static Driver Cy => new() { Id = "cy", Name = "Cy Dunn", Category = DriverCategory.Bronze, Nationality = "AUS" };

    private static Driver Di => new() { Id = "di", Name = "Di Egan", Category = DriverCategory.Platinum, Nationality = "GBR" };

    private static Driver Ed => new() { Id = "ed", Name = "Ed Ford", Category = DriverCategory.Platinum, Nationality = "GBR" };

    private static List<ValidationFailure> Check(CrewRequirement requirement, params Driver[] crew)
    {
        var entry = new Entry { Car = "7", Entrant = "Team Seven", Class = "LMP2", Crew = crew.Select(d => d.Id).ToEquatableArray() };
        var rules = Fixture.TestRules(1) with { CrewRequirements = [requirement] };
        var results = new SeasonResults { Drivers = crew.ToEquatableArray(), Entries = [entry], Races = [] };
        return new EntryValidator(rules, results, Options).Validate(entry).Errors;
    }

    private static void AssertWarning(string message, List<ValidationFailure> failures)
    {
        var failure = Assert.Single(failures);
        Assert.Equal((ErrorCodes.CrewRequirementNotMet, "Crew", Severity.Warning, message), (failure.ErrorCode, failure.PropertyName, failure.Severity, failure.ErrorMessage));
    }

    [Fact]
    public void Check_NoBronzeAmongDriversOfKnownCategory_WarnsWithoutNote()
    {
        // A Gold and a Silver: both categories known, neither Bronze, so 0 of 1 and no driver "cannot count".
        AssertWarning(
            $"{Who}: crew requirement 'bronze' (At least one Bronze.) is not met: it needs at least 1 matching driver, and the crew (Ann Bell (Gold, GBR), Bo Chan (Silver, JPN)) has 0.",
            Check(Bronze, Ann, Bo));
    }

    [Fact]
    public void Check_CategoryRuleAndDriverWithoutNationality_NationalityDoesNotMakeHimUncountable()
    {
        // The rule is on categories only: a Gold with no nationality is simply not a Bronze.
        AssertWarning(
            $"{Who}: crew requirement 'bronze' (At least one Bronze.) is not met: it needs at least 1 matching driver, and the crew (Ann Bell (Gold, no nationality), Bo Chan (Silver, JPN)) has 0.",
            Check(Bronze, Ann with { Nationality = null }, Bo));
    }

    [Fact]
    public void Check_OneDriverWithoutCategory_NotedAsUnableToCount()
    {
        // Cy is the Bronze, but his category is not known: 0 of 1, and 1 driver cannot count.
        AssertWarning(
            $"{Who}: crew requirement 'bronze' (At least one Bronze.) is not met: it needs at least 1 matching driver, and the crew (Ann Bell (Gold, GBR), Cy Dunn (no category, AUS)) has 0. 1 driver has no known category and cannot count.",
            Check(Bronze, Ann, Cy with { Category = null }));
    }

    [Fact]
    public void Check_TwoDriversWithoutCategory_NotedInThePlural()
    {
        AssertWarning(
            $"{Who}: crew requirement 'bronze' (At least one Bronze.) is not met: it needs at least 1 matching driver, and the crew (Bo Chan (no category, JPN), Cy Dunn (no category, no nationality)) has 0. 2 drivers have no known category and cannot count.",
            Check(Bronze, Bo with { Category = null }, Cy with { Category = null, Nationality = null }));
    }

    [Fact]
    public void Check_RegionRuleWithDriversOfUnknownRegion_NotedAsRegion()
    {
        // Ann is European (known, not counted); Bo's nationality has no known region and Cy has none: 2 cannot count.
        AssertWarning(
            $"{Who}: crew requirement 'asian' (At least one Asian or Oceanian.) is not met: it needs at least 1 matching driver, and the crew (Ann Bell (Gold, GBR), Bo Chan (Silver, ZZZ), Cy Dunn (Bronze, no nationality)) has 0. 2 drivers have no known region and cannot count.",
            Check(Asian, Ann, Bo with { Nationality = "ZZZ" }, Cy with { Nationality = null }));
    }

    [Fact]
    public void Check_RegionRuleWithDriverWithoutCategory_CategoryDoesNotMakeHimUncountable()
    {
        // The rule is on regions only: a European with no category is simply not Asian or Oceanian.
        AssertWarning(
            $"{Who}: crew requirement 'asian' (At least one Asian or Oceanian.) is not met: it needs at least 1 matching driver, and the crew (Ann Bell (no category, GBR), Di Egan (Platinum, GBR)) has 0.",
            Check(Asian, Ann with { Category = null }, Di));
    }

    [Fact]
    public void Check_CategoryAndRegionRuleWithDriverWithoutCategory_NotedAsCategoryOrRegion()
    {
        // Bo is Asian but Silver (known, not counted); Cy is Oceanian with no known category: 1 cannot count.
        AssertWarning(
            $"{Who}: crew requirement 'asian-bronze' (At least one Asian or Oceanian Bronze.) is not met: it needs at least 1 matching driver, and the crew (Bo Chan (Silver, JPN), Cy Dunn (no category, AUS)) has 0. 1 driver has no known category or region and cannot count.",
            Check(AsianBronze, Bo, Cy with { Category = null }));
    }

    [Fact]
    public void Check_CrewOfOneForAMinimumOfTwo_NeedsDriversInThePlural()
    {
        AssertWarning(
            $"{Who}: crew requirement 'crew-size' (2 to 3 drivers.) is not met: it needs at least 2 matching drivers, and the crew (Bo Chan (Silver, JPN)) has 1.",
            Check(CrewSize, Bo));
    }

    [Fact]
    public void Check_CrewOfFourForAMaximumOfThree_AllowsDriversInThePlural()
    {
        AssertWarning(
            $"{Who}: crew requirement 'crew-size' (2 to 3 drivers.) is not met: it allows at most 3 matching drivers, and the crew (Ann Bell (Gold, GBR), Bo Chan (Silver, JPN), Cy Dunn (Bronze, AUS), Di Egan (Platinum, GBR)) has 4.",
            Check(CrewSize, Ann, Bo, Cy, Di));
    }

    [Fact]
    public void Check_TwoPlatinumsForAMaximumOfOne_AllowsDriverInTheSingular()
    {
        AssertWarning(
            $"{Who}: crew requirement 'one-platinum' (At most one Platinum.) is not met: it allows at most 1 matching driver, and the crew (Di Egan (Platinum, GBR), Ed Ford (Platinum, GBR)) has 2.",
            Check(OnePlatinum, Di, Ed));
    }

    [Fact]
    public void Check_GoldForAMaximumOfNone_AllowsDriversInThePlural()
    {
        // 0 takes the plural: "at most 0 matching drivers".
        AssertWarning(
            $"{Who}: crew requirement 'no-pro' (No Gold or Platinum.) is not met: it allows at most 0 matching drivers, and the crew (Ann Bell (Gold, GBR), Bo Chan (Silver, JPN)) has 1.",
            Check(NoPro, Ann, Bo));
    }

    public static TheoryData<string, CrewRequirement, Driver[]> MetJustInside => new()
    {
        // The minimum of Bronzes exactly: one Bronze among pros.
        { "one Bronze", Bronze, [Ann, Cy] },
        { "one Asian driver", Asian, [Ann, Bo] },
        { "one Oceanian Bronze", AsianBronze, [Ann, Bo, Cy] },
        { "crew of 2 (the minimum)", CrewSize, [Ann, Bo] },
        { "crew of 3 (the maximum)", CrewSize, [Ann, Bo, Cy] },
        { "one Platinum (the maximum)", OnePlatinum, [Bo, Di] },
        { "no Gold or Platinum", NoPro, [Bo, Cy] },
    };

    [Theory]
    [MemberData(nameof(MetJustInside))]
    public void Check_CrewJustInsideTheRequirement_NoFailure(string scenario, CrewRequirement requirement, Driver[] crew)
    {
        Assert.True(Check(requirement, crew).Count == 0, scenario);
    }
}
