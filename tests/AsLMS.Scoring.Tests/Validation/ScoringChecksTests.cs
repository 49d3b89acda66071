using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;
using FluentValidation.Results;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Validation;

// Whether every race of the calendar has a scoring, as the scoring-rules validator and the calculator both check it (one
// implementation, ScoringChecks). Fixture.Calendar(2): season "Test", R1 and R2, neither with a category unless a test gives one.
public sealed class ScoringChecksTests
{
    private const string Reason = "cannot be scored: the scoring rules have no scoring for it and no default (a race scoring without a category).";

    private static readonly RaceScoring Sprint = Modern() with { Category = "Sprint" };

    private static Season WithCategories(string? r1, string? r2)
    {
        var season = Calendar(2);
        var races = season.Events[0].Races;
        return season with { Events = [season.Events[0] with { Races = [races[0] with { Category = r1 }, races[1] with { Category = r2 }] }] };
    }

    private static List<ValidationFailure> Errors(Season season, params RaceScoring[] races)
        => new ScoringRulesValidator(season).Validate(new ScoringRules { Races = races.ToEquatableArray() }).Errors;

    [Fact]
    public void Coverage_TwoRacesWithoutCategoryAndNoDefault_OneFailureNamingBoth()
    {
        // Only a Sprint scoring; R1 and R2 have no category, so both fall to the default, which is missing.
        var failure = Assert.Single(Errors(WithCategories(null, null), Sprint));

        Assert.Equal((ErrorCodes.MissingRaceScoring, "Races"), (failure.ErrorCode, failure.PropertyName));
        Assert.Null(failure.AttemptedValue);
        Assert.Equal($"Races R1, R2 of the default category {Reason}", failure.ErrorMessage);
    }

    [Fact]
    public void Coverage_OneRaceOfAnUnscoredCategory_SingularAndTheCategoryNamed()
    {
        // R1 is a sprint (scored); R2 is an endurance race, and there is no default to fall back on.
        var failure = Assert.Single(Errors(WithCategories("Sprint", "Endurance"), Sprint));

        Assert.Equal((ErrorCodes.MissingRaceScoring, "Races", "Endurance"), (failure.ErrorCode, failure.PropertyName, failure.AttemptedValue));
        Assert.Equal($"Race R2 of category 'Endurance' {Reason}", failure.ErrorMessage);
    }

    [Fact]
    public void Coverage_OneRaceWithoutCategory_SingularDefault()
    {
        var failure = Assert.Single(Errors(WithCategories("Sprint", null), Sprint));

        Assert.Null(failure.AttemptedValue);
        Assert.Equal($"Race R2 of the default category {Reason}", failure.ErrorMessage);
    }

    [Fact]
    public void Coverage_CategoriesDifferingInCaseOnly_OneFailure()
    {
        // Categories compare ignoring case, as the calculator's look-up does.
        var failure = Assert.Single(Errors(WithCategories("Endurance", "ENDURANCE"), Sprint));

        Assert.Equal($"Races R1, R2 of category 'Endurance' {Reason}", failure.ErrorMessage);
    }

    [Fact]
    public void Coverage_DefaultScoring_EveryCategoryCovered()
        => Assert.Empty(Errors(WithCategories("Sprint", "Endurance"), Modern()));

    [Fact]
    public void Coverage_NullRaceScoring_MissingValueAtItsIndex()
    {
        var failure = Assert.Single(Errors(Calendar(2), null!, Modern()));

        Assert.Equal((ErrorCodes.MissingValue, "Races[0]", "Race scoring 0 is null."), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Coverage_NullRaceScoringAndNoDefault_NullSkippedWhileLookingForTheCategory()
    {
        // R1 (Sprint) is scored past the null element; R2 has no category and no default.
        var failures = Errors(WithCategories("Sprint", null), null!, Sprint);

        Assert.Equal([(ErrorCodes.MissingValue, "Races[0]"), (ErrorCodes.MissingRaceScoring, "Races")], failures.Select(f => (f.ErrorCode, f.PropertyName)));
        Assert.Equal($"Race R2 of the default category {Reason}", failures[1].ErrorMessage);
    }

    [Fact]
    public void Calculator_NullRaceScoringBesideADefault_RefusedWithMissingValue()
    {
        // The calculator checks the scoring before using it: a null element is refused as input, not a crash.
        var rules = TestRules(1) with { Scoring = new ScoringRules { Races = [null!, Modern()] } };
        var results = TestResults([Car("4")], Race("R1", "4"));

        var error = Assert.Throws<ScoringInputException>(() => StandingsCalculator.Calculate(rules, results));

        var failure = Assert.Single(error.Errors);
        Assert.Equal((ErrorCodes.MissingValue, "Race scoring 0 is null."), (failure.ErrorCode, failure.ErrorMessage));
        Assert.EndsWith("Races[0]", failure.PropertyName, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculator_RaceOfAnUnscoredCategory_RefusedWithMissingRaceScoring()
    {
        var rules = TestRules(1, season: WithCategories("Endurance", null)) with { Scoring = new ScoringRules { Races = [Sprint] } };
        var results = TestResults([Car("4")], Race("R1", "4"));

        var error = Assert.Throws<ScoringInputException>(() => StandingsCalculator.Calculate(rules, results));

        Assert.Contains(error.Errors, f => f.ErrorCode == ErrorCodes.MissingRaceScoring && f.ErrorMessage == $"Race R1 of category 'Endurance' {Reason}");
    }
}
