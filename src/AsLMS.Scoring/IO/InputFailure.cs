using System.Globalization;
using System.Text;

namespace AsLMS.Scoring.IO;

/// <summary>
/// One problem found in an input file: a stable code (see <see cref="Validation.ErrorCodes"/>), a message, and where it is:
/// the file, the 1-based line and column, and the column name or JSON path.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InputFailure
{
    /// <summary>Gets the stable error code, e.g. <c>InvalidValue</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the message, naming the value and what was expected.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the file (its path or the name the caller gave), or null when the input was not a file.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the 1-based line, or null when the problem is not tied to a line.</summary>
    public int? Line { get; init; }

    /// <summary>Gets the 1-based column (in characters) on <see cref="Line"/>, or null.</summary>
    public int? Column { get; init; }

    /// <summary>Gets the CSV column name (<c>TOTAL_TIME</c>) or JSON path (<c>$.races[2].poles[0].car</c>) concerned, or null.</summary>
    public string? Field { get; init; }

    /// <summary>Gets the offending text as read (shortened when long), or null.</summary>
    public string? Value { get; init; }

    /// <summary>Gets the place as compilers write it: <c>file(line,column)</c>, <c>file(line)</c> or <c>file</c>.</summary>
    public string Location
    {
        get
        {
            var text = new StringBuilder(Source ?? "(input)");
            if (Line is { } line)
            {
                text.Append(CultureInfo.InvariantCulture, $"({line}");
                if (Column is { } column)
                {
                    text.Append(CultureInfo.InvariantCulture, $",{column}");
                }

                text.Append(')');
            }

            return text.ToString();
        }
    }

    /// <summary>Formats the failure as <c>file(line,column): [Code] message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Location}: [{Code}] {Message}";
}
