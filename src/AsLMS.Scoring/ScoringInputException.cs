using FluentValidation;
using FluentValidation.Results;

namespace AsLMS.Scoring;

/// <summary>
/// The one exception for input that cannot be scored: thrown by the calculator when given results it cannot score (an unknown
/// car, a result for a race not in the calendar, two cars in one position...), and by
/// <see cref="Validation.ValidationReport.ThrowIfInvalid"/>. It carries every failure found in <see cref="ValidationException.Errors"/>,
/// each with a stable error code (<see cref="Validation.ErrorCodes"/>), as validation does.
/// </summary>
/// <remarks>Validate inputs first (<see cref="Validation.SeasonValidation"/>) to get the same failures as values instead of an exception.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032", Justification = "FluentValidation.ValidationException has no inner-exception constructor to forward to.")]
public sealed class ScoringInputException : ValidationException
{
    /// <summary>Initializes a new instance of the <see cref="ScoringInputException"/> class.</summary>
    /// <param name="failures">The failures.</param>
    public ScoringInputException(IEnumerable<ValidationFailure> failures)
        : base(BuildMessage(failures), failures)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScoringInputException"/> class.</summary>
    public ScoringInputException()
        : base("The input cannot be scored.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ScoringInputException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ScoringInputException(string message)
        : base(message)
    {
    }

    private static string BuildMessage(IEnumerable<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(failures);
        var list = failures.ToList();
        return $"The input cannot be scored ({list.Count} problem{(list.Count == 1 ? string.Empty : "s")}):"
            + string.Concat(list.Select(f => $"{Environment.NewLine} - [{f.ErrorCode}] {f.ErrorMessage}"));
    }
}
