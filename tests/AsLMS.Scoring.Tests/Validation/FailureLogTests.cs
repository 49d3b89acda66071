using AsLMS.Scoring.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>The log checks report through: property paths joined from the log's place, message capitals, error counts.</summary>
public sealed class FailureLogTests
{
    [Fact]
    public void At_AListElement_IsNamedByItsKeyInBrackets()
    {
        var failures = new List<ValidationFailure>();
        var log = FailureLog.Into(failures);

        log.At("Races", "R1").At("Cars[#4]").Error(ErrorCodes.ValueOutOfRange, "Laps", -1, "Car #4 has -1 laps.");
        log.At("Races", "R2").Error(ErrorCodes.DuplicateRaceResult, string.Empty, "R2", "Race R2 has two results.");

        Assert.Equal(["Races[R1].Cars[#4].Laps", "Races[R2]"], failures.Select(f => f.PropertyName));
    }

    [Fact]
    public void Error_MessageOpeningWithAName_StartsWithACapital()
    {
        // "race 'R9'" opens the sentence; sentences start with a capital. One already capitalised or empty is left as it is.
        var failures = new List<ValidationFailure>();
        var log = FailureLog.Into(failures);

        log.Error(ErrorCodes.ValueOutOfRange, "LeaderLaps", -1, "race 'R9': the leader's laps (-1) cannot be negative.");
        log.Warning(ErrorCodes.PositionGap, "Position", 2, "Race 1 (R1): a gap.");
        log.Error(ErrorCodes.MissingValue, "X", null, string.Empty);

        Assert.Equal(["Race 'R9': the leader's laps (-1) cannot be negative.", "Race 1 (R1): a gap.", string.Empty], failures.Select(f => f.ErrorMessage));
        Assert.Equal([Severity.Error, Severity.Warning, Severity.Error], failures.Select(f => f.Severity));
    }

    [Fact]
    public void Errors_CountErrorsNotWarnings_AcrossChildLogs()
    {
        var log = FailureLog.Discard();

        log.At("Races", "R1").Error(ErrorCodes.UnknownCar, "Car", "9", "Car #9 has no entry.");
        log.At("Entries").Warning(ErrorCodes.CrewRequirementNotMet, "Crew", 0, "Not met.");
        log.Error(ErrorCodes.MissingValue, "Season", null, "No season.");

        Assert.Equal(2, log.Errors);
    }
}
