using System.Text;
using FluentValidation;
using FluentValidation.Results;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// The outcome of validating a rule set, or results against one: every failure, each with its stable
/// <see cref="ValidationFailure.ErrorCode"/> (see <see cref="ErrorCodes"/>), a message naming the entry, race and rule, the
/// property path, the attempted value and its severity.
/// </summary>
/// <remarks>
/// <para>Errors make the input wrong or unscorable; warnings are breaches of the sporting rules, or irregularities that published
/// results do contain, which the calculator scores through as given (a crew outside the crew requirements, a driver not nominated,
/// a car classified below the classification share, a skipped position, a car placed behind cars with fewer laps).</para>
/// <para>This type is immutable and thread-safe. The failures are FluentValidation's own <see cref="ValidationFailure"/> objects,
/// which that library makes settable: the report never changes them, and callers should not either.</para>
/// </remarks>
public sealed record ValidationReport
{
    /// <summary>Gets every failure, errors and warnings, in the order found.</summary>
    public required EquatableArray<ValidationFailure> Failures { get; init; }

    /// <summary>Gets a value indicating whether there is no error (warnings allowed): the input can be scored as it is.</summary>
    public bool IsValid => !Errors.Any();

    /// <summary>Gets a value indicating whether there is no failure at all, not even a warning.</summary>
    public bool IsClean => Failures.IsEmpty;

    /// <summary>Gets the failures of severity <see cref="Severity.Error"/>.</summary>
    public IEnumerable<ValidationFailure> Errors => Failures.Where(f => f.Severity == Severity.Error);

    /// <summary>Gets the failures of severity <see cref="Severity.Warning"/> (and <see cref="Severity.Info"/>).</summary>
    public IEnumerable<ValidationFailure> Warnings => Failures.Where(f => f.Severity != Severity.Error);

    /// <summary>Creates a report from FluentValidation results.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The report.</returns>
    public static ValidationReport From(params IEnumerable<ValidationResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new ValidationReport { Failures = results.SelectMany(r => r.Errors).ToEquatableArray() };
    }

    /// <summary>Throws when there is an error; warnings are not thrown.</summary>
    /// <exception cref="ScoringInputException">There is an error: the exception carries every error.</exception>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new ScoringInputException(Errors);
        }
    }

    /// <summary>Lists the failures, one a line: <c>Error UnknownCar Races[R1].Cars[#7]: ...</c>.</summary>
    /// <returns>The list, or a line saying there is none.</returns>
    public override string ToString()
    {
        if (Failures.IsEmpty)
        {
            return "No validation failures.";
        }

        var text = new StringBuilder();
        foreach (var failure in Failures)
        {
            text.Append(failure.Severity).Append(' ').Append(failure.ErrorCode).Append(' ').Append(failure.PropertyName).Append(": ").AppendLine(failure.ErrorMessage);
        }

        return text.ToString();
    }
}
