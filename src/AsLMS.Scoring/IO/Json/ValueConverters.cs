using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.IO.Json;

/// <summary>Reads the string a converter expects, or explains what was found instead.</summary>
internal static class JsonText
{
    public static string ReadString(ref Utf8JsonReader reader, string expected)
        => reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonValueException($"Expected {expected} (a string), found {Describe(reader.TokenType)}.");

    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true/false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "a list",
        _ => token.ToString(),
    };
}

/// <summary>
/// Points as an exact string (<c>"25"</c>, <c>"0.5"</c>, <c>"25 1/7"</c>); a JSON number (<c>25</c>, <c>0.5</c>) is read too.
/// </summary>
internal sealed class PointsConverter : JsonConverter<Points>
{
    public override Points Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            try
            {
                if (reader.TryGetDecimal(out var number))
                {
                    return Points.FromDecimal(number);
                }
            }
            catch (OverflowException)
            {
                // Too many decimals to be held exactly: reported below like a number out of range.
            }

            throw new JsonValueException("The number cannot be held exactly as points: write it as a string such as \"25 1/7\".");
        }

        var text = JsonText.ReadString(ref reader, "points such as \"25\", \"0.5\" or \"25 1/7\"");
        return Points.TryParse(text, out var points) ? points : throw new JsonValueException($"'{text}' is not a number of points (examples: \"25\", \"0.5\", \"1/7\", \"25 1/7\").");
    }

    public override void Write(Utf8JsonWriter writer, Points value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>A ratio as an exact string (<c>"0.7"</c>, <c>"1/3"</c>, <c>"2"</c>; <c>"70%"</c> is read too); a JSON number is read too.</summary>
internal sealed class RatioConverter : JsonConverter<Ratio>
{
    public override Ratio Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            var raw = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            return Ratio.TryParse(raw, out var number) ? number : throw new JsonValueException($"'{raw}' is not a ratio (examples: \"0.7\", \"7/10\", \"70%\", \"2\").");
        }

        var text = JsonText.ReadString(ref reader, "a ratio such as \"0.7\", \"7/10\" or \"70%\"");
        return Ratio.TryParse(text, out var ratio) ? ratio : throw new JsonValueException($"'{text}' is not a ratio (examples: \"0.7\", \"7/10\", \"70%\", \"2\").");
    }

    public override void Write(Utf8JsonWriter writer, Ratio value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}

/// <summary>A typed identifier (<see cref="CarNumber"/>, <see cref="DriverId"/>...) as its string; numbers are read as written.</summary>
internal sealed class IdentifierConverter<T>(Func<string, T> create, Func<T, string> text) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string value;
        if (reader.TokenType == JsonTokenType.Number)
        {
            // A car number typed without quotes: keep its digits exactly as written.
            value = System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
        else
        {
            value = JsonText.ReadString(ref reader, $"a {typeof(T).Name}");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new JsonValueException($"A {typeof(T).Name} must not be empty.");
        }

        return create(value);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(text(value));
    }
}

/// <summary>The identifier converters of the library's JSON.</summary>
internal static class IdentifierConverters
{
    public static IEnumerable<JsonConverter> All()
    {
        yield return new IdentifierConverter<CarNumber>(s => new CarNumber(s), v => v.Value);
        yield return new IdentifierConverter<DriverId>(s => new DriverId(s), v => v.Value);
        yield return new IdentifierConverter<ClassId>(s => new ClassId(s), v => v.Value);
        yield return new IdentifierConverter<RaceId>(s => new RaceId(s), v => v.Value);
        yield return new IdentifierConverter<TableId>(s => new TableId(s), v => v.Value);
    }
}

/// <summary>An <see cref="EquatableArray{T}"/> as a JSON array.</summary>
internal sealed class EquatableArrayConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
        => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        var item = typeToConvert.GetGenericArguments()[0];
        return (JsonConverter)Activator.CreateInstance(typeof(EquatableArrayConverter<>).MakeGenericType(item))!;
    }

    private sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
    {
        // Null items would break every consumer of the model; only nullable value types may hold them.
        private static readonly bool AllowsNull = Nullable.GetUnderlyingType(typeof(T)) is not null;

        public override bool HandleNull => true;

        public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return default;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonValueException($"Expected a list, found {JsonText.Describe(reader.TokenType)}.");
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                T? item;
                try
                {
                    item = JsonSerializer.Deserialize<T>(ref reader, options);
                }
                catch (Exception ex) when (ex is JsonException or NotSupportedException)
                {
                    // The item was read by a serializer call of its own, whose path starts at the item: keep the rest of it.
                    throw CodedJsonException.InItem(items.Count, ex);
                }

                if (item is null && !AllowsNull)
                {
                    throw new CodedJsonException(ErrorCodes.InvalidValue, $"A list of {typeof(T).Name} must not hold null.", $"[{items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}]");
                }

                items.Add(item!);
            }

            return EquatableArray.Own(items.ToArray());
        }

        public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStartArray();
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, options);
            }

            writer.WriteEndArray();
        }
    }
}
