using AsLMS.Scoring.Results;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>
/// Maps the STATUS of an Al Kamel classification to a <see cref="ResultStatus"/>. Case, spaces, hyphens and underscores are
/// ignored, so <c>Not classified</c>, <c>NOT CLASSIFIED</c> and <c>Not-Classified</c> are one status.
/// </summary>
internal static class AlKamelStatus
{
    /// <summary>The statuses accepted, for messages.</summary>
    public const string Accepted = "Classified, Not classified (NC), Not started (DNS), Retired (DNF), Disqualified (DSQ, DQ) or Excluded (EXC)";

    private static readonly (string Key, ResultStatus Status)[] Known =
    [
        ("classified", ResultStatus.Classified),
        ("cl", ResultStatus.Classified),
        ("notclassified", ResultStatus.NotClassified),
        ("nc", ResultStatus.NotClassified),
        ("notstarted", ResultStatus.DidNotStart),
        ("didnotstart", ResultStatus.DidNotStart),
        ("dns", ResultStatus.DidNotStart),
        ("retired", ResultStatus.Retired),
        ("ret", ResultStatus.Retired),
        ("didnotfinish", ResultStatus.Retired),
        ("dnf", ResultStatus.Retired),
        ("disqualified", ResultStatus.Disqualified),
        ("dsq", ResultStatus.Disqualified),
        ("dq", ResultStatus.Disqualified),
        ("excluded", ResultStatus.Excluded),
        ("exc", ResultStatus.Excluded),
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out ResultStatus status)
    {
        Span<char> key = stackalloc char[24];
        var length = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-' or '_' or '\t')
            {
                continue;
            }

            if (length == key.Length)
            {
                status = default;
                return false;
            }

            key[length++] = char.ToLowerInvariant(c);
        }

        foreach (var (known, value) in Known)
        {
            if (key[..length].SequenceEqual(known))
            {
                status = value;
                return true;
            }
        }

        status = default;
        return false;
    }
}
