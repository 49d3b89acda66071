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
    private readonly FailureLog? parent;
    private readonly object? root;
    private readonly string segment;
    private readonly string? key;
    private readonly int[] errors;
    private string? prefix;

    // The path is built only when a failure is reported: the calculator makes a log per race and almost never reports.
    private FailureLog(Action<ValidationFailure>? sink, FailureLog? parent, object? root, string segment, string? key, int[] errors)
    {
        this.sink = sink;
        this.parent = parent;
        this.root = root;
        this.segment = segment;
        this.key = key;
        this.errors = errors;
    }

    /// <summary>Gets the number of errors (not warnings) reported through this log and the logs made from it with <see cref="At(string)"/>.</summary>
    public int Errors => errors[0];

    private string Prefix => prefix ??= Join(parent?.Prefix ?? root?.ToString() ?? string.Empty, key is null ? segment : $"{segment}[{key}]");

    /// <summary>Creates a log that adds failures to a list, with property paths from the root.</summary>
    public static FailureLog Into(List<ValidationFailure> failures) => new(failures.Add, null, null, string.Empty, null, new int[1]);

    /// <summary>Creates a log that only counts (for checks whose failures another validator reports).</summary>
    public static FailureLog Discard() => new(null, null, null, string.Empty, null, new int[1]);

    /// <summary>Creates a log that adds failures to a validation context, under the path of the object it validates.</summary>
    public static FailureLog Into<T>(ValidationContext<T> context) => new(context.AddFailure, null, context.PropertyChain, string.Empty, null, new int[1]);

    /// <summary>Joins a property path and a child (<c>"Races[R1]"</c> + <c>"Cars[#4]"</c>, <c>"Cars"</c> + <c>"[#4]"</c>).</summary>
    public static string Join(string path, string child)
        => path.Length == 0 ? child : child.Length == 0 ? path : child[0] == '[' ? path + child : path + "." + child;

    /// <summary>Gets a log that reports under a child path.</summary>
    public FailureLog At(string child) => new(sink, this, null, child, null, errors);

    /// <summary>Gets a log that reports under an element of a list: <c>At("Races", "R1")</c> is <c>Races[R1]</c>.</summary>
    public FailureLog At(string list, string key) => new(sink, this, null, list, key, errors);

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

        if (sink is null)
        {
            return;
        }

        // Messages may open with a name ("car #4 ..."); as sentences they start with a capital.
        if (message.Length > 0 && char.IsLower(message[0]))
        {
            message = char.ToUpperInvariant(message[0]) + message[1..];
        }

        sink(new ValidationFailure(Join(Prefix, property), message, attempted) { ErrorCode = code, Severity = severity });
    }
}
