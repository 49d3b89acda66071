namespace AsLMS.Scoring.IO;

/// <summary>
/// Collects the problems of one input so that a reader reports all of them at once (up to <see cref="Limit"/>: a file of
/// garbage would otherwise list every line) and never returns a partial result.
/// </summary>
internal sealed class InputProblems
{
    public const int Limit = 50;

    private readonly List<InputFailure> failures = [];

    public InputProblems(string? source) => Source = source;

    public string? Source { get; }

    public bool Any => failures.Count > 0;

    public void Add(string code, string message, int? line = null, int? column = null, string? field = null, string? value = null)
    {
        failures.Add(new InputFailure
        {
            Code = code,
            Message = message,
            Source = Source,
            Line = line,
            Column = column,
            Field = field,
            Value = Shorten(value),
        });
        if (failures.Count >= Limit)
        {
            throw Exception();
        }
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw Exception();
        }
    }

    public InputFormatException Exception() => new(failures);

    private static string? Shorten(string? value) => value is { Length: > 80 } ? value[..77] + "..." : value;
}
