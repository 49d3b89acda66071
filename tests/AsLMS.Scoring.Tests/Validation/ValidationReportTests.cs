using AsLMS.Scoring.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace AsLMS.Scoring.Tests.Validation;

// The report's members on hand-made failures: errors make it invalid, warnings (and infos) only unclean; its text is one line
// per failure, "Severity Code Path: message".
public sealed class ValidationReportTests
{
    private static readonly ValidationFailure UnknownCar = new("Races[R1].Cars[#7]", "Race 1 (R1): car #7 is not entered.") { ErrorCode = ErrorCodes.UnknownCar, Severity = Severity.Error };

    private static readonly ValidationFailure NotNominated = new("Races[R1].Cars[#4].Drivers", "Driver 4c is not nominated.") { ErrorCode = ErrorCodes.DriverNotNominated, Severity = Severity.Warning };

    private static readonly ValidationFailure Note = new("Races[R2]", "A note.") { ErrorCode = "Note", Severity = Severity.Info };

    private static ValidationReport Of(params ValidationFailure[] failures) => ValidationReport.From(new ValidationResult(failures));

    [Fact]
    public void From_NullResults_ThrowsNamingResults()
        => Assert.Equal("results", Assert.Throws<ArgumentNullException>(() => ValidationReport.From((IEnumerable<ValidationResult>)null!)).ParamName);

    [Fact]
    public void From_SeveralResults_FailuresInOrder()
    {
        var report = ValidationReport.From(new ValidationResult([NotNominated]), new ValidationResult(), new ValidationResult([UnknownCar, Note]));

        Assert.Equal([NotNominated, UnknownCar, Note], report.Failures);
    }

    [Fact]
    public void Empty_ValidCleanAndSaysSo()
    {
        var report = Of();

        Assert.True(report.IsValid);
        Assert.True(report.IsClean);
        Assert.Equal("No validation failures.", report.ToString());
        report.ThrowIfInvalid();
    }

    [Fact]
    public void WarningsOnly_ValidButNotClean()
    {
        var report = Of(NotNominated, Note);

        Assert.True(report.IsValid);
        Assert.False(report.IsClean);
        Assert.Empty(report.Errors);
        Assert.Equal([NotNominated, Note], report.Warnings);
        report.ThrowIfInvalid();
    }

    [Fact]
    public void AnError_InvalidAndSortedFromTheWarnings()
    {
        var report = Of(NotNominated, UnknownCar);

        Assert.False(report.IsValid);
        Assert.Equal([UnknownCar], report.Errors);
        Assert.Equal([NotNominated], report.Warnings);
    }

    [Fact]
    public void ThrowIfInvalid_AnError_ThrowsWithTheErrorsOnly()
    {
        var error = Assert.Throws<ScoringInputException>(() => Of(NotNominated, UnknownCar).ThrowIfInvalid());

        Assert.Equal([UnknownCar], error.Errors);
    }

    [Fact]
    public void ToString_OneLinePerFailure_SeverityCodePathAndMessage()
    {
        var expected = "Warning DriverNotNominated Races[R1].Cars[#4].Drivers: Driver 4c is not nominated." + Environment.NewLine
            + "Error UnknownCar Races[R1].Cars[#7]: Race 1 (R1): car #7 is not entered." + Environment.NewLine;

        Assert.Equal(expected, Of(NotNominated, UnknownCar).ToString());
    }
}
