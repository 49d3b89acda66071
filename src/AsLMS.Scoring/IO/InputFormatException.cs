using AsLMS.Scoring.Internal;
using FluentValidation;
using FluentValidation.Results;

namespace AsLMS.Scoring.IO;

/// <summary>
/// The one exception the readers of this namespace throw for bad input: a file that is not what it claims (a missing column, a
/// time that is not a time, an unknown status, JSON of an unknown schema version...). It carries every problem found, each
/// with a stable code and its file, line and column. No partial result is ever returned alongside it.
/// </summary>
/// <remarks>
/// <para>It derives from FluentValidation's <see cref="ValidationException"/>, like <see cref="ScoringInputException"/>, so that
/// <see cref="ValidationException.Errors"/> holds the same failures as coded <see cref="ValidationFailure"/>s (each with the
/// <see cref="InputFailure"/> as its <see cref="ValidationFailure.CustomState"/>): a caller that handles coded failures handles
/// these too, and a caller that must tell a bad file from bad results (a command-line tool's exit code) catches this type.</para>
/// <para>Missing files and unreadable disks are not input-format problems: they surface as the usual <see cref="IOException"/>s.</para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032", Justification = "FluentValidation.ValidationException has no inner-exception constructor to forward to.")]
public sealed class InputFormatException : ValidationException
{
    /// <summary>Initializes a new instance of the <see cref="InputFormatException"/> class.</summary>
    /// <param name="failures">The problems found; at least one.</param>
    public InputFormatException(IEnumerable<InputFailure> failures)
        : this(Preconditions.CheckNotNull(failures).ToEquatableArray())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InputFormatException"/> class.</summary>
    public InputFormatException()
        : base("The input cannot be read.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InputFormatException"/> class.</summary>
    /// <param name="message">The message.</param>
    public InputFormatException(string message)
        : base(message)
    {
    }

    private InputFormatException(EquatableArray<InputFailure> failures)
        : base(BuildMessage(failures), failures.Select(ToValidationFailure))
    {
        Failures = failures;
    }

    /// <summary>Gets the problems found, in the order they were found.</summary>
    public EquatableArray<InputFailure> Failures { get; }

    internal static InputFormatException Of(InputFailure failure) => new([failure]);

    private static ValidationFailure ToValidationFailure(InputFailure failure) => new(failure.Field ?? string.Empty, $"{failure.Location}: {failure.Message}", failure.Value)
    {
        ErrorCode = failure.Code,
        CustomState = failure,
    };

    private static string BuildMessage(EquatableArray<InputFailure> failures)
    {
        Preconditions.CheckArgument(!failures.IsEmpty, "At least one failure is needed.", nameof(failures));
        return $"The input cannot be read ({failures.Count} problem{(failures.Count == 1 ? string.Empty : "s")}):"
            + string.Concat(failures.Select(f => $"{Environment.NewLine} - {f}"));
    }
}
