using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.IO.Json;

/// <summary>
/// Shapes the serializer's view of the model records themselves, so that a property added to the model later is written and
/// read with no change here: only settable (init) properties are kept (computed ones such as <c>Season.Races</c> or
/// <c>Entry.DisplayName</c> are derived again on reading); a null for a property or list item the model declares non-nullable
/// is an error; every abstract model type (<see cref="Adjustment"/>) is written with a <c>"type"</c> discriminator naming its
/// concrete type in camelCase; and the documents (<see cref="RuleSet"/>, <see cref="SeasonResults"/>, <see cref="EntryData"/>)
/// start with their <c>schemaVersion</c>.
/// </summary>
internal static class ModelContract
{
    public const string SchemaVersionProperty = "schemaVersion";
    public const string TypeDiscriminator = "type";

    private static readonly Assembly Model = typeof(RuleSet).Assembly;

    public static readonly IReadOnlySet<Type> Documents = new HashSet<Type> { typeof(RuleSet), typeof(SeasonResults), typeof(EntryData) };

    public static void Modify(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type.Assembly != Model || typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        if (typeInfo.Type.IsAbstract)
        {
            AddDerivedTypes(typeInfo);
            return;
        }

        var nullability = new NullabilityInfoContext();
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            if (property.Set is null)
            {
                typeInfo.Properties.RemoveAt(i);
                continue;
            }

            if (property.AttributeProvider is PropertyInfo member
                && !member.PropertyType.IsValueType
                && nullability.Create(member).WriteState == NullabilityState.NotNull)
            {
                var set = property.Set;
                var name = property.Name;
                property.Set = (target, value) =>
                {
                    if (value is null)
                    {
                        throw new JsonValueException($"'{name}' must not be null.");
                    }

                    set(target, value);
                };
            }
        }

        if (Documents.Contains(typeInfo.Type))
        {
            var version = typeInfo.CreateJsonPropertyInfo(typeof(string), SchemaVersionProperty);
            version.Get = _ => ScoringJson.SchemaVersion;
            typeInfo.Properties.Insert(0, version);
        }
    }

    private static void AddDerivedTypes(JsonTypeInfo typeInfo)
    {
        var options = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = TypeDiscriminator,
            UnknownDerivedTypeHandling = System.Text.Json.Serialization.JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var type in Model.GetTypes().Where(t => t.IsPublic && !t.IsAbstract && typeInfo.Type.IsAssignableFrom(t)).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            options.DerivedTypes.Add(new JsonDerivedType(type, JsonNamingPolicy.CamelCase.ConvertName(type.Name)));
        }

        typeInfo.PolymorphismOptions = options;
    }
}
