using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AsLMS.Scoring.IO.Json;

/// <summary>Finds where a JSON path (<c>$.entries[2].car</c>) or a byte offset is in a document, as 1-based line and column.</summary>
internal static class JsonLocator
{
    public static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The line and column where the value at a path starts; null when the document has no such path.</summary>
    public static (int Line, int Column)? Find(ReadOnlySpan<byte> json, string path)
    {
        try
        {
            var reader = new Utf8JsonReader(json, ReaderOptions);
            var containers = new List<(bool IsArray, string Path, int Index)>();
            string? property = null;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = containers[^1].Path + "." + reader.GetString();
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        containers.RemoveAt(containers.Count - 1);
                        continue;
                }

                string here;
                if (containers.Count == 0)
                {
                    here = "$";
                }
                else if (containers[^1].IsArray)
                {
                    var (isArray, parent, index) = containers[^1];
                    here = parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                    containers[^1] = (isArray, parent, index + 1);
                }
                else
                {
                    here = property!;
                }

                if (here == path)
                {
                    return Position(json, (int)reader.TokenStartIndex);
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Add((reader.TokenType == JsonTokenType.StartArray, here, 0));
                }
            }
        }
        catch (JsonException)
        {
            // Only well-formed documents are searched; a malformed one was reported when it was read.
        }

        return null;
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> json, int offset)
    {
        offset = Math.Clamp(offset, 0, json.Length);
        var before = json[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }

    /// <summary>The 1-based line and column of a 0-based line number and byte position in that line, as JsonException gives them.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> json, long lineNumber, long bytePositionInLine)
    {
        var start = 0;
        for (long line = 0; line < lineNumber && start < json.Length; line++)
        {
            var next = json[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        var end = (int)Math.Min(json.Length, start + bytePositionInLine);
        return ((int)lineNumber + 1, Encoding.UTF8.GetCharCount(json[start..end]) + 1);
    }
}
