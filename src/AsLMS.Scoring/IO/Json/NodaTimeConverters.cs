using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace AsLMS.Scoring.IO.Json;

// NodaTime values as strings, written with NodaTime's invariant patterns (the ones NodaTime.Serialization uses, which is not
// available here) and parsed strictly: a value that does not match is an InvalidValue with its path and line.

/// <summary>A converter for a value written with a NodaTime pattern.</summary>
internal sealed class PatternConverter<T>(IPattern<T> pattern, string example) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonText.ReadString(ref reader, example);
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonValueException($"'{text}' is not a {typeof(T).Name} like {example}: {result.Exception.Message}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(pattern.Format(value));
}

/// <summary>A time zone as its TZDB identifier (<c>Asia/Kuala_Lumpur</c>).</summary>
internal sealed class DateTimeZoneConverter : JsonConverter<DateTimeZone>
{
    public override DateTimeZone Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var id = JsonText.ReadString(ref reader, "a TZDB time zone such as \"Asia/Kuala_Lumpur\"");
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? throw new JsonValueException($"'{id}' is not a TZDB time zone identifier (such as \"Asia/Kuala_Lumpur\").");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeZone value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Id);
    }
}

/// <summary>The NodaTime converters of the library's JSON.</summary>
internal static class NodaTimeConverters
{
    /// <summary>
    /// Durations as <c>H:mm:ss.FFFFFFFFF</c> (total hours, so <c>4:00:00</c>, <c>24:02:53.332</c>; a fraction only when there
    /// is one): the way race times are written, and NodaTime's own round-trip form for durations under a day.
    /// </summary>
    public static readonly IPattern<Duration> DurationPattern = NodaTime.Text.DurationPattern.CreateWithInvariantCulture("-H:mm:ss.FFFFFFFFF");

    /// <summary>A zoned time as ISO local date and time, offset (<c>Z</c>, <c>+08</c>, <c>+05:30</c>: as short as exact) and TZDB zone: <c>2025-12-13T11:00:00+08 Asia/Kuala_Lumpur</c>.</summary>
    public static readonly IPattern<ZonedDateTime> ZonedDateTimePattern =
        NodaTime.Text.ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G> z", DateTimeZoneProviders.Tzdb);

    public static IEnumerable<JsonConverter> All()
    {
        yield return new PatternConverter<LocalDate>(LocalDatePattern.Iso, "\"2025-12-13\"");
        yield return new PatternConverter<LocalTime>(LocalTimePattern.ExtendedIso, "\"11:00:00\"");
        yield return new PatternConverter<Duration>(DurationPattern, "\"4:00:00\"");
        yield return new PatternConverter<ZonedDateTime>(ZonedDateTimePattern, "\"2025-12-13T11:00:00+08 Asia/Kuala_Lumpur\"");
        yield return new DateTimeZoneConverter();
    }
}
