using System.Text.Json;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.IO.Json;

/// <summary>
/// A problem found inside a JSON document, with its error code. The serializer adds the path and line to it; when it comes
/// from an item of a list, <see cref="Suffix"/> holds the part of the path below the list (<c>[2].car</c>), because the
/// serializer only knows the path down to the list.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032", Justification = "Internal: thrown by this library's converters only.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1064", Justification = "Internal: always turned into an InputFormatException before it leaves the library.")]
internal class CodedJsonException(string code, string message, string? suffix = null, Exception? inner = null) : JsonException(message, inner)
{
    public string Code { get; } = code;

    public string? Suffix { get; } = suffix;

    /// <summary>The message without the serializer's " Path: ... | LineNumber: ..." tail: the failure carries those.</summary>
    public static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return at < 0 ? message : message[..at];
    }

    /// <summary>Re-raises a problem of a list item so that its full path survives (see <see cref="Suffix"/>).</summary>
    public static CodedJsonException InItem(int index, Exception ex)
    {
        var coded = ex as CodedJsonException;
        var below = ((ex as JsonException)?.Path ?? "$")[1..] + coded?.Suffix;
        var code = coded?.Code ?? ErrorCodes.InvalidJson;
        var message = coded?.Message ?? WithoutPosition(ex.Message);
        return new CodedJsonException(code, message, $"[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}]{below}", ex);
    }
}

/// <summary>A value that cannot be read as its property's type (<see cref="ErrorCodes.InvalidValue"/>).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032", Justification = "Internal: thrown by this library's converters only.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1064", Justification = "Internal: always turned into an InputFormatException before it leaves the library.")]
internal sealed class JsonValueException(string message) : CodedJsonException(ErrorCodes.InvalidValue, message);
