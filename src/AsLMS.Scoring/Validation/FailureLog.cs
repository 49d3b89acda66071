using FluentValidation;
using FluentValidation.Results;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Where checks report their failures: a list (the calculator) or a FluentValidation context (the validators), under a property
/// path prefix. One check written against a log serves both, so the calculator and validation share one implementation.
/// </summary>
/// <remarks>Not thread-safe: a log belongs to one calculation or one validation run.</remarks>
internal sealed class FailureLog
{
    private readonly Action<ValidationFailure>? sink;
    private readonly string prefix;
    private readonly int[] errors;

    private FailureLog(Action<ValidationFailure>? sink, string prefix, int[]? errors = null)
    {
        this.sink = sink;
        this.prefix = prefix;
        this.errors = errors ?? new int[1];
    }

    /// <summary>Gets the number of errors (not warnings) reported through this log and the logs made from it with <see cref="At"/>.</summary>
    public int Errors => errors[0];

    /// <summary>Creates a log that adds failures to a list, with property paths from the root.</summary>
    public static FailureLog Into(List<ValidationFailure> failures) => new(failures.Add, string.Empty);

    /// <summary>Creates a log that only counts (for checks whose failures another validator reports).</summary>
    public static FailureLog Discard() => new(null, string.Empty);

    /// <summary>Creates a log that adds failures to a validation context, under the path of the object it validates.</summary>
    public static FailureLog Into<T>(ValidationContext<T> context) => new(context.AddFailure, context.PropertyChain.ToString());

    /// <summary>Joins a property path and a child (<c>"Races[R1]"</c> + <c>"Cars[#4]"</c>, <c>"Cars"</c> + <c>"[#4]"</c>).</summary>
    public static string Join(string path, string child)
        => path.Length == 0 ? child : child.Length == 0 ? path : child[0] == '[' ? path + child : path + "." + child;

    /// <summary>Gets a log that reports under a child path.</summary>
    public FailureLog At(string child) => new(sink, Join(prefix, child), errors);

    public void Error(string code, string property, object? attempted, string message)
        => Add(code, property, attempted, message, Severity.Error);

    public void Warning(string code, string property, object? attempted, string message)
        => Add(code, property, attempted, message, Severity.Warning);

    private void Add(string code, string property, object? attempted, string message, Severity severity)
    {
        if (severity == Severity.Error)
        {
            errors[0]++;
        }

        // Messages may open with a name ("car #4 ..."); as sentences they start with a capital.
        if (message.Length > 0 && char.IsLower(message[0]))
        {
            message = char.ToUpperInvariant(message[0]) + message[1..];
        }

        sink?.Invoke(new ValidationFailure(Join(prefix, property), message, attempted) { ErrorCode = code, Severity = severity });
    }
}
