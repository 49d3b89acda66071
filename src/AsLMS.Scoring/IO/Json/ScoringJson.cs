using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.IO.Json;

/// <summary>
/// Rule sets, season results and entry data as JSON (System.Text.Json), written from the model records themselves: what is
/// written reads back equal (record equality).
/// </summary>
/// <remarks>
/// <para><b>Shape.</b> Each document is a JSON object whose first property is <c>"schemaVersion": "1.0"</c>, followed by the
/// record's properties in camelCase; output is indented, and null values are left out (a missing property reads as its
/// default). Computed properties (<c>Season.Races</c>, <c>RuleSet.Label</c>, <c>Entry.DisplayName</c>...) are not written.
/// Enums are camelCase strings (<c>"classified"</c>, <c>"platinum"</c>). Identifiers are strings (<c>"007"</c>). Lists are
/// arrays. Points and ratios are exact strings: <c>"25"</c>, <c>"0.5"</c>, <c>"25 1/7"</c>, <c>"7/10"</c> (JSON numbers such as
/// <c>0.5</c> are read too). Dates are ISO (<c>"2025-12-13"</c>), times of day <c>"11:00:00"</c>, durations
/// <c>"H:mm:ss.FFFFFFFFF"</c> in total hours (<c>"4:00:00"</c>, <c>"24:02:53.332"</c>), zoned times ISO with the offset
/// (as short as exact: <c>+08</c>, <c>+05:30</c>, <c>Z</c>) and the TZDB zone (<c>"2025-12-13T11:00:00+08 Asia/Kuala_Lumpur"</c>),
/// time zones their TZDB id (<c>"Asia/Dubai"</c>). An adjustment carries a <c>"type"</c> first: <c>pointsDeduction</c>,
/// <c>timePenalty</c>, <c>positionPenalty</c>, <c>raceExclusion</c>, <c>championshipExclusion</c>.</para>
/// <para><b>Reading.</b> Comments and trailing commas are allowed. A document of another major schema version, an unknown
/// property (a misspelt rule must not be silently ignored), a missing required property, a null where a value is needed or a
/// value that cannot be read throws an <see cref="InputFormatException"/> with the file, line, column and JSON path.
/// Every 1.x document is read; a later minor version may add optional properties, which a library that predates them refuses
/// by name (<c>InvalidJson</c>) rather than drops.</para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class ScoringJson
{
    /// <summary>The schema version this library writes, and whose major version it reads.</summary>
    public const string SchemaVersion = "1.0";

    private const int SupportedMajorVersion = 1;

    private static readonly JsonSerializerOptions Shared = BuildOptions();

    /// <summary>
    /// Creates serializer options configured as this library's (converters, naming, the contract of the model records), for
    /// embedding model values in documents of your own.
    /// </summary>
    /// <returns>New options, which the caller may change until it first uses them.</returns>
    public static JsonSerializerOptions CreateOptions() => new(Shared);

    /// <summary>Writes a rule set.</summary>
    /// <param name="rules">The rule set.</param>
    /// <returns>The JSON document.</returns>
    public static string ToJson(RuleSet rules) => JsonSerializer.Serialize(Preconditions.CheckNotNull(rules), Shared);

    /// <summary>Writes season results.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The JSON document.</returns>
    public static string ToJson(SeasonResults results) => JsonSerializer.Serialize(Preconditions.CheckNotNull(results), Shared);

    /// <summary>Writes entry data.</summary>
    /// <param name="entryData">The entry data.</param>
    /// <returns>The JSON document.</returns>
    public static string ToJson(EntryData entryData) => JsonSerializer.Serialize(Preconditions.CheckNotNull(entryData), Shared);

    /// <summary>Reads a rule set.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="source">The file it came from, for error messages; null if none.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="InputFormatException">The document is not a rule set of a supported schema version.</exception>
    public static RuleSet ParseRuleSet(string json, string? source = null) => Parse<RuleSet>(json, source);

    /// <summary>Reads season results.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="source">The file it came from, for error messages; null if none.</param>
    /// <returns>The results.</returns>
    /// <exception cref="InputFormatException">The document is not season results of a supported schema version.</exception>
    public static SeasonResults ParseSeasonResults(string json, string? source = null) => Parse<SeasonResults>(json, source);

    /// <summary>Reads entry data.</summary>
    /// <param name="json">The JSON document.</param>
    /// <param name="source">The file it came from, for error messages; null if none.</param>
    /// <returns>The entry data.</returns>
    /// <exception cref="InputFormatException">The document is not entry data of a supported schema version.</exception>
    public static EntryData ParseEntryData(string json, string? source = null) => Parse<EntryData>(json, source);

    /// <summary>Reads a rule set from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="InputFormatException">The file is not a rule set of a supported schema version.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RuleSet LoadRuleSet(string path) => Deserialize<RuleSet>(File.ReadAllBytes(Preconditions.CheckNotBlank(path)), path);

    /// <summary>Reads season results from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The results.</returns>
    /// <exception cref="InputFormatException">The file is not season results of a supported schema version.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SeasonResults LoadSeasonResults(string path) => Deserialize<SeasonResults>(File.ReadAllBytes(Preconditions.CheckNotBlank(path)), path);

    /// <summary>Reads entry data from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The entry data.</returns>
    /// <exception cref="InputFormatException">The file is not entry data of a supported schema version.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static EntryData LoadEntryData(string path) => Deserialize<EntryData>(File.ReadAllBytes(Preconditions.CheckNotBlank(path)), path);

    internal static T Deserialize<T>(ReadOnlySpan<byte> utf8, string? source)
        where T : class
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        CheckVersion(utf8, source);
        try
        {
            return JsonSerializer.Deserialize<T>(utf8, Shared)
                ?? throw Failure(ErrorCodes.InvalidJson, $"The document is null, not a {typeof(T).Name}.", source, 1, 1, "$");
        }
        catch (JsonException ex)
        {
            var coded = ex as CodedJsonException;
            var path = ex.Path is null && coded?.Suffix is null ? null : (ex.Path ?? "$") + coded?.Suffix;

            // Items of lists are read by nested serializer calls whose line numbers start at the item, so the place is
            // found again from the path; the serializer's own line is used only when the path is not in the document.
            var (line, column) = (path is null ? null : JsonLocator.Find(utf8, path))
                ?? (coded?.Suffix is null && ex.LineNumber is { } l ? JsonLocator.Position(utf8, l, ex.BytePositionInLine ?? 0) : ((int?)null, (int?)null));
            throw Failure(coded?.Code ?? ErrorCodes.InvalidJson, coded?.Message ?? CodedJsonException.WithoutPosition(ex.Message), source, line, column, path);
        }
        catch (NotSupportedException ex)
        {
            // What the serializer cannot build (an adjustment without its "type") is a shape problem of the document.
            throw Failure(ErrorCodes.InvalidJson, CodedJsonException.WithoutPosition(ex.Message), source, null, null, null);
        }
    }

    private static T Parse<T>(string json, string? source)
        where T : class
        => Deserialize<T>(System.Text.Encoding.UTF8.GetBytes(Preconditions.CheckNotNull(json)), source);

    // Reads the whole document once before it is deserialized: a syntax error is reported with its exact place, and the
    // schema version is checked before any property is interpreted.
    private static void CheckVersion(ReadOnlySpan<byte> utf8, string? source)
    {
        var reader = new Utf8JsonReader(utf8, JsonLocator.ReaderOptions);
        string? version = null;
        var versionToken = JsonTokenType.None;
        var versionAt = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                var (line, column) = JsonLocator.Position(utf8, (int)reader.TokenStartIndex);
                throw Failure(ErrorCodes.InvalidJson, "The document must be a JSON object.", source, line, column, "$");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals(ModelContract.SchemaVersionProperty);
                reader.Read();
                if (isVersion)
                {
                    versionToken = reader.TokenType;
                    versionAt = (int)reader.TokenStartIndex;
                    version = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            // Anything after the document's object is an error the reader reports here.
            reader.Read();
        }
        catch (JsonException ex)
        {
            var (line, column) = JsonLocator.Position(utf8, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            throw Failure(ErrorCodes.InvalidJson, CodedJsonException.WithoutPosition(ex.Message), source, line, column, null);
        }

        if (versionToken == JsonTokenType.None)
        {
            throw Failure(ErrorCodes.UnsupportedSchemaVersion, $"The document has no \"{ModelContract.SchemaVersionProperty}\" (expected \"{SchemaVersion}\" as its first property).", source, 1, 1, "$");
        }

        var major = version?.Split('.')[0];
        if (major is null || !int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number != SupportedMajorVersion)
        {
            var (line, column) = JsonLocator.Position(utf8, versionAt);
            throw Failure(
                ErrorCodes.UnsupportedSchemaVersion,
                $"Schema version {(version is null ? JsonText.Describe(versionToken) : $"'{version}'")} is not supported: this library reads {SupportedMajorVersion}.x documents (a string such as \"{SchemaVersion}\").",
                source,
                line,
                column,
                "$." + ModelContract.SchemaVersionProperty);
        }
    }

    private static InputFormatException Failure(string code, string message, string? source, int? line, int? column, string? path)
        => InputFormatException.Of(new InputFailure { Code = code, Message = message, Source = source, Line = line, Column = column, Field = path });

    private static JsonSerializerOptions BuildOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,

            // Names such as "Sébastien Crubilé" stay readable; the documents are files, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ModelContract.Modify } },
        };
#if NET9_0_OR_GREATER
        options.NewLine = "\n";
#endif
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new PointsConverter());
        options.Converters.Add(new RatioConverter());
        options.Converters.Add(new EquatableArrayConverterFactory());
        foreach (var converter in IdentifierConverters.All().Concat(NodaTimeConverters.All()))
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
