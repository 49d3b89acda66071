using System.Globalization;
using AsLMS.Scoring.Validation;
using NodaTime;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>
/// A CSV file read by header name: the header's columns (names trimmed, compared without regard to case), the current row, and
/// typed accessors that record a coded problem, with line and column, instead of throwing.
/// </summary>
internal sealed class CsvTable
{
    private readonly CsvRecordReader reader;
    private readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> names = [];

    private CsvTable(CsvRecordReader reader, InputProblems problems)
    {
        this.reader = reader;
        Problems = problems;
    }

    public InputProblems Problems { get; }

    /// <summary>Gets the header's column names in file order (empty names, from a trailing separator, included).</summary>
    public IReadOnlyList<string> Names => names;

    /// <summary>Gets the 1-based line of the current row.</summary>
    public int Line => reader.Line;

    /// <summary>Reads the header; null (with an <see cref="ErrorCodes.EmptyInput"/> problem) when the file is empty.</summary>
    public static CsvTable? Open(TextReader text, InputProblems problems)
    {
        var reader = new CsvRecordReader(text, problems);
        var table = new CsvTable(reader, problems);
        if (!reader.Read())
        {
            problems.Add(ErrorCodes.EmptyInput, "The file is empty: an Al Kamel CSV starts with a header line.", 1, 1);
            return null;
        }

        for (var i = 0; i < reader.FieldCount; i++)
        {
            var name = reader[i].Trim().ToString();
            table.names.Add(name);
            if (name.Length == 0)
            {
                continue;
            }

            if (!table.columns.TryAdd(name, i))
            {
                problems.Add(ErrorCodes.DuplicateColumn, $"The column '{name}' appears twice in the header.", reader.LineOf(i), reader.ColumnOf(i), name, name);
            }
        }

        return table;
    }

    /// <summary>Tells whether the header has a column.</summary>
    public bool Has(string name) => columns.ContainsKey(name);

    /// <summary>Finds a column; -1 when absent.</summary>
    public int Find(string name) => columns.TryGetValue(name, out var index) ? index : -1;

    /// <summary>Finds a column the reader cannot do without, recording <see cref="ErrorCodes.MissingColumn"/> when absent.</summary>
    public int Require(string name, string format)
    {
        if (columns.TryGetValue(name, out var index))
        {
            return index;
        }

        Problems.Add(ErrorCodes.MissingColumn, $"The header has no '{name}' column, which an Al Kamel {format} needs.", 1, null, name);
        return -1;
    }

    /// <summary>Finds the columns DRIVER_1, DRIVER_2... present, in driver order, whatever their place in the header.</summary>
    public IReadOnlyList<int> DriverColumns()
    {
        var found = new List<(int Number, int Index)>();
        foreach (var (name, index) in columns)
        {
            if (name.StartsWith("DRIVER_", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                found.Add((number, index));
            }
        }

        return found.OrderBy(f => f.Number).Select(f => f.Index).ToList();
    }

    /// <summary>Reads the next well-formed row; records <see cref="ErrorCodes.MalformedRow"/> for the others.</summary>
    public bool Next()
    {
        while (reader.Read())
        {
            // A row that cannot be split, or holds values the header has no column for, is reported once and skipped:
            // checking its fields would only repeat the same problem.
            if (reader.Malformed || HasSurplusValues())
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private bool HasSurplusValues()
    {
        for (var i = names.Count; i < reader.FieldCount; i++)
        {
            if (!reader[i].IsEmpty)
            {
                Problems.Add(ErrorCodes.MalformedRow, $"The row has {reader.FieldCount} fields but the header only {names.Count} columns.", reader.LineOf(i), reader.ColumnOf(i), null, reader[i].ToString());
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets a value of the current row; empty when the column is absent or the row is short.</summary>
    public ReadOnlySpan<char> this[int column] => column >= 0 && column < reader.FieldCount ? reader[column] : default;

    /// <summary>Gets a value that must not be empty, recording <see cref="ErrorCodes.MissingValue"/> when it is.</summary>
    public bool TryRequire(int column, out ReadOnlySpan<char> value)
    {
        value = this[column];
        if (column < 0)
        {
            return false;
        }

        if (!value.IsEmpty)
        {
            return true;
        }

        Missing(column);
        return false;
    }

    /// <summary>Records that a required value is empty.</summary>
    public void Missing(int column, string? code = null)
        => Problems.Add(code ?? ErrorCodes.MissingValue, $"The {names[column]} value is empty.", LineOf(column), ColumnOf(column), names[column]);

    /// <summary>Reads a whole number; null when empty; records <see cref="ErrorCodes.InvalidValue"/> when not a number.</summary>
    public bool TryInt(int column, out int? value)
    {
        value = null;
        var text = this[column];
        if (text.IsEmpty)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        Invalid(column, "a whole number");
        return false;
    }

    /// <summary>Reads an Al Kamel time; null when empty; records <see cref="ErrorCodes.InvalidValue"/> when not a time.</summary>
    public bool TryTime(int column, out Duration? value)
    {
        value = null;
        var text = this[column];
        if (text.IsEmpty)
        {
            return true;
        }

        if (AlKamelTime.TryParse(text, out var time))
        {
            value = time;
            return true;
        }

        Invalid(column, "a time such as 1:23.456, 1'51.631 or 4:00'29.711");
        return false;
    }

    /// <summary>Records that a value cannot be read.</summary>
    public void Invalid(int column, string expected)
    {
        var text = this[column].ToString();
        Problems.Add(ErrorCodes.InvalidValue, $"'{text}' in {names[column]} is not {expected}.", LineOf(column), ColumnOf(column), names[column], text);
    }

    /// <summary>Records a problem at a value of the current row.</summary>
    public void Problem(int column, string code, string message)
        => Problems.Add(code, message, LineOf(column), ColumnOf(column), column >= 0 ? names[column] : null, this[column].ToString());

    private int LineOf(int column) => column >= 0 && column < reader.FieldCount ? reader.LineOf(column) : reader.Line;

    private int ColumnOf(int column) => column >= 0 && column < reader.FieldCount ? reader.ColumnOf(column) : reader.EndColumn;
}
