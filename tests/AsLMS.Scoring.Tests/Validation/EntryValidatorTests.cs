using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using FluentValidation;
using FluentValidation.Results;
using static AsLMS.Scoring.Tests.Validation.ValidSeason;

namespace AsLMS.Scoring.Tests.Validation;

// One entry's checks on their own (a validator made in the test), against ValidSeason: rules labelled "Test" with classes LMP2,
// LMP2 Am (inside LMP2) and GT; car #1 "Phoenix Racing" in LMP2 with crew 1a (Kenji Sato, Bronze, JPN) and 1b; car #3 "Jade
// Competition" in GT. Each broken entry is reported once with its code, property and a message naming the car and what is wrong.
public sealed class EntryValidatorTests
{
    private static List<ValidationFailure> Validate(string car, Func<Entry, Entry> change)
    {
        var results = BaseResults.WithEntry(car, change);
        var entry = results.Entries.Single(e => e.Car.Value == car);
        return new EntryValidator(BaseRules, results).Validate(entry).Errors;
    }

    private static void AssertSingleError(string code, string property, string message, List<ValidationFailure> failures)
    {
        var failure = Assert.Single(failures);
        Assert.Equal((code, property, message, Severity.Error), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage, failure.Severity));
    }

    [Fact]
    public void Validate_SubClassificationGivenAsClass_ReportedOnClass()
    {
        // LMP2 Am is inside LMP2: the entry should say class LMP2, sub-class LMP2 Am.
        AssertSingleError(
            ErrorCodes.SubClassMismatch,
            "Class",
            "Car #2 (Dragon Motorsport) is entered in 'LMP2 Am', a sub-classification of LMP2: give LMP2 as its class and 'LMP2 Am' as its sub-class.",
            Validate("2", e => e with { Class = "LMP2 Am", SubClass = null }));
    }

    [Fact]
    public void Validate_UnknownSubClassification_ReportedOnSubClass()
    {
        AssertSingleError(
            ErrorCodes.UnknownClass,
            "SubClass",
            "Car #1 (Phoenix Racing) is entered in sub-classification 'LMP3 Am', which the Test rules do not define.",
            Validate("1", e => e with { SubClass = new ClassId("LMP3 Am") }));
    }

    [Fact]
    public void Validate_SubClassificationThatIsAClassOfItsOwn_ReportedOnSubClass()
    {
        // GT has no parent: it cannot be a sub-classification of LMP2.
        AssertSingleError(
            ErrorCodes.SubClassMismatch,
            "SubClass",
            "Car #1 (Phoenix Racing) is entered in class LMP2 with sub-classification 'GT', which is a class of its own.",
            Validate("1", e => e with { SubClass = new ClassId("GT") }));
    }

    [Fact]
    public void Validate_SubClassificationOfAnotherClass_ReportedOnSubClassNamingItsClass()
    {
        // A GT car in LMP2 Am, which is inside LMP2. Its crew has a Platinum (3b), which LMP2 Am's "no Gold or Platinum" forbids,
        // so a crew warning comes too; the one error is the sub-class.
        var failures = Validate("3", e => e with { SubClass = new ClassId("LMP2 Am") });

        var error = Assert.Single(failures, f => f.Severity == Severity.Error);
        Assert.Equal(
            (ErrorCodes.SubClassMismatch, "SubClass", "Car #3 (Jade Competition) is entered in class GT with sub-classification 'LMP2 Am', which is inside LMP2."),
            (error.ErrorCode, error.PropertyName, error.ErrorMessage));
    }

    [Fact]
    public void Validate_DriverNamedTwice_ReportedOnCrewAndCrewNotJudged()
    {
        // 1a, 1a, 1b would be a crew of 3 with 2 Bronzes; it is not judged at all, only the repetition is reported.
        AssertSingleError(
            ErrorCodes.DriverListedTwice,
            "Crew",
            "Car #1 (Phoenix Racing): the nominated crew names driver '1a' (Kenji Sato) twice.",
            Validate("1", e => e with { Crew = ["1a", "1a", "1b"] }));
    }

    [Fact]
    public void Validate_UnknownDriver_ReportedOnCrewAndCrewNotJudged()
    {
        // Judged on its known drivers, the crew would be 1a alone: one driver, under crew-size's minimum of 2. It is not judged.
        AssertSingleError(
            ErrorCodes.UnknownDriver,
            "Crew",
            "Car #1 (Phoenix Racing): the nominated crew names driver '9z', who is not among the season's drivers.",
            Validate("1", e => e with { Crew = ["1a", "9z"] }));
    }

    [Fact]
    public void Validate_NoNominatedCrew_CrewNotJudged()
    {
        // Crews given race by race: an empty crew has none of crew-size's 2 drivers, nor the Bronze, but is not checked.
        Assert.Empty(Validate("1", e => e with { Crew = [] }));
    }

    [Fact]
    public void Validate_CrewJustBreakingARequirement_Warned()
    {
        // The same car with 1a alone (known) is judged: 1 driver, crew-size asks for 2.
        var failure = Assert.Single(Validate("1", e => e with { Crew = ["1a"] }));

        Assert.Equal((ErrorCodes.CrewRequirementNotMet, "Crew", Severity.Warning), (failure.ErrorCode, failure.PropertyName, failure.Severity));
        Assert.StartsWith("Car #1 (Phoenix Racing), nominated crew: crew requirement 'crew-size' (2 to 3 drivers per car.) is not met: it needs at least 2 matching drivers", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidEntries_Pass()
    {
        foreach (var entry in BaseResults.Entries)
        {
            Assert.Empty(new EntryValidator(BaseRules, BaseResults).Validate(entry).Errors);
        }
    }

    [Fact]
    public void Constructor_NullRules_ThrowsArgumentNullExceptionNamingRules()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => new EntryValidator(null!, BaseResults));

        Assert.Equal("rules", thrown.ParamName);
    }

    [Fact]
    public void Constructor_NullResults_ThrowsArgumentNullExceptionNamingResults()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => new EntryValidator(BaseRules, null!));

        Assert.Equal("results", thrown.ParamName);
    }
}
