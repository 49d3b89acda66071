using System.Text;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>
/// Reads Al Kamel's <c>;</c>-separated files one record at a time without building a string per line or per field: fields are
/// spans over a reused buffer, so memory stays flat however long the file. Handles a byte-order mark, CRLF or LF line ends,
/// a trailing <c>;</c>, quoted fields (with <c>""</c> for a quote, separators and line breaks inside), blank lines, and spaces
/// around values. Tracks the line and column of every field for error messages.
/// </summary>
/// <remarks>
/// A hand-written reader rather than CsvHelper: the library may depend on NodaTime and FluentValidation only, the dialect is
/// small and fixed, and streaming with per-field line/column positions and no per-field allocation is simpler to get exactly
/// here than through a general library's configuration.
/// </remarks>
internal sealed class CsvRecordReader
{
    private const char Separator = ';';
    private const int EndOfInput = -1;

    private readonly TextReader reader;
    private readonly InputProblems problems;
    private readonly char[] buffer = new char[16 * 1024];
    private int bufferLength;
    private int bufferPosition;
    private bool atStart = true;

    private char[] values = new char[512];
    private int valuesLength;
    private Field[] fields = new Field[64];
    private int line = 1;
    private int column;

    public CsvRecordReader(TextReader reader, InputProblems problems)
    {
        this.reader = reader;
        this.problems = problems;
    }

    /// <summary>Gets the number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Gets a value indicating whether the current record could not be split into fields (its problem is recorded).</summary>
    public bool Malformed { get; private set; }

    /// <summary>Gets the 1-based line the current record starts on.</summary>
    public int Line { get; private set; }

    /// <summary>Gets the 1-based column just past the end of the current record (where a missing field would have been).</summary>
    public int EndColumn { get; private set; }

    /// <summary>Gets a field's value, trimmed of surrounding spaces unless it was quoted.</summary>
    public ReadOnlySpan<char> this[int index] => values.AsSpan(fields[index].Start, fields[index].Length);

    /// <summary>Gets the 1-based column a field's value starts at.</summary>
    public int ColumnOf(int index) => fields[index].Column;

    /// <summary>Gets the 1-based line a field's value starts on (a quoted field may span lines).</summary>
    public int LineOf(int index) => fields[index].Line;

    /// <summary>Reads the next record that holds something (blank lines and lines of separators only are skipped).</summary>
    /// <returns>False at the end of the input.</returns>
    public bool Read()
    {
        try
        {
            while (true)
            {
                var read = ReadRecord();
                if (!read)
                {
                    return false;
                }

                // Blank lines, and lines of separators only, hold nothing.
                for (var i = 0; i < FieldCount; i++)
                {
                    if (fields[i].Length > 0 || fields[i].Quoted)
                    {
                        return true;
                    }
                }
            }
        }
        catch (DecoderFallbackException ex)
        {
            problems.Add(ErrorCodes.InvalidEncoding, $"The file is not UTF-8 text (it holds the bytes {BitConverter.ToString(ex.BytesUnknown ?? [])}): save it as UTF-8.");
            throw problems.Exception();
        }
    }

    private bool ReadRecord()
    {
        FieldCount = 0;
        valuesLength = 0;
        Malformed = false;
        Line = line;
        var c = Next();
        if (c == EndOfInput)
        {
            return false;
        }

        while (true)
        {
            // Start of a field: skip leading spaces, then see whether it is quoted.
            while (c >= 0 && char.IsWhiteSpace((char)c) && c is not ('\r' or '\n'))
            {
                c = Next();
            }

            var field = new Field { Start = valuesLength, Column = column, Line = line };
            if (c == '"')
            {
                field.Quoted = true;
                var quoteLine = line;
                var quoteColumn = column;
                field.Column = column + 1;
                while (true)
                {
                    c = Next();
                    if (c == EndOfInput)
                    {
                        problems.Add(ErrorCodes.MalformedRow, "A quoted field is not closed before the end of the file.", quoteLine, quoteColumn);
                        Malformed = true;
                        break;
                    }

                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            Next();
                            Append('"');
                            continue;
                        }

                        c = Next();
                        break;
                    }

                    if (c == '\r')
                    {
                        if (Peek() == '\n')
                        {
                            Next();
                        }

                        NewLine();
                        Append('\n');
                        continue;
                    }

                    if (c == '\n')
                    {
                        NewLine();
                    }

                    Append((char)c);
                }

                // Anything between the closing quote and the separator is kept, as spreadsheet programs do.
                while (c is not (Separator or '\r' or '\n' or EndOfInput))
                {
                    if (!char.IsWhiteSpace((char)c))
                    {
                        Append((char)c);
                    }

                    c = Next();
                }
            }
            else
            {
                while (c is not (Separator or '\r' or '\n' or EndOfInput))
                {
                    Append((char)c);
                    c = Next();
                }

                // Trim trailing spaces of an unquoted value ("Anthony WELLS ").
                while (valuesLength > field.Start && char.IsWhiteSpace(values[valuesLength - 1]))
                {
                    valuesLength--;
                }
            }

            field.Length = valuesLength - field.Start;
            AddField(field);
            if (c == Separator)
            {
                c = Next();
                continue;
            }

            EndColumn = c == EndOfInput ? column + 1 : column;
            if (c == '\r' && Peek() == '\n')
            {
                Next();
            }

            if (c != EndOfInput)
            {
                NewLine();
            }

            return true;
        }
    }

    private void AddField(Field field)
    {
        if (FieldCount == fields.Length)
        {
            Array.Resize(ref fields, fields.Length * 2);
        }

        fields[FieldCount++] = field;
    }

    private void Append(char c)
    {
        if (valuesLength == values.Length)
        {
            Array.Resize(ref values, values.Length * 2);
        }

        values[valuesLength++] = c;
    }

    private void NewLine()
    {
        line++;
        column = 0;
    }

    private int Next()
    {
        if (bufferPosition == bufferLength && !Fill())
        {
            return EndOfInput;
        }

        column++;
        return buffer[bufferPosition++];
    }

    private int Peek() => bufferPosition < bufferLength || Fill() ? buffer[bufferPosition] : EndOfInput;

    private bool Fill()
    {
        do
        {
            bufferLength = reader.Read(buffer, 0, buffer.Length);
            bufferPosition = 0;
            if (atStart && bufferLength > 0)
            {
                atStart = false;

                // A byte-order mark the decoder left in (text handed over as a string) is not part of the first column's name.
                if (buffer[0] == '\uFEFF')
                {
                    bufferPosition = 1;
                }
            }
        }
        while (bufferLength > 0 && bufferPosition == bufferLength);

        return bufferPosition < bufferLength;
    }

    private struct Field
    {
        public int Start;
        public int Length;
        public int Column;
        public int Line;
        public bool Quoted;
    }
}
