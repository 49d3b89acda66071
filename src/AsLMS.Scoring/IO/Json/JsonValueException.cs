using System.Text.Json;

namespace AsLMS.Scoring.IO.Json;

/// <summary>A value in a JSON document that cannot be read as its property's type; the serializer adds the path and line.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1032", Justification = "Internal: thrown by this library's converters only.")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1064", Justification = "Internal: always turned into an InputFormatException before it leaves the library.")]
internal sealed class JsonValueException(string message) : JsonException(message);
