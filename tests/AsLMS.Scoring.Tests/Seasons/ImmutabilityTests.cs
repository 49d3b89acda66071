using System.Reflection;
using System.Runtime.CompilerServices;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;

namespace AsLMS.Scoring.Tests.Seasons;

// The catalog hands the same rule set instances to every caller, so they must be immutable: this walks every public type of the
// Seasons namespace, the country table, and every type reachable from RuleSet through public properties.
public sealed class ImmutabilityTests
{
    [Fact]
    public void CatalogAndRuleSetTypes_AreImmutable()
    {
        var roots = typeof(RuleSet).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(AsianLeMansSeries).Namespace)
            .Append(typeof(RuleSet))
            .Append(typeof(Countries))
            .ToList();
        Assert.Contains(typeof(OtherSeries), roots);

        var visited = new HashSet<Type>();
        var problems = new List<string>();
        foreach (var root in roots)
        {
            Visit(root, visited, problems);
        }

        Assert.Empty(problems);
        Assert.Contains(typeof(InvitationFallback), visited);
        Assert.Contains(typeof(DropSegment), visited);
        Assert.Contains(typeof(Circuit), visited);
        Assert.Contains(typeof(Country), visited);
    }

    private static void Visit(Type type, HashSet<Type> visited, List<string> problems)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!visited.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal))
        {
            return;
        }

        // NodaTime's values and DateTimeZone are documented as immutable and thread-safe.
        if (type.Namespace == "NodaTime")
        {
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Visit(type.GetGenericArguments()[0], visited, problems);
            return;
        }

        if (type.Assembly != typeof(RuleSet).Assembly)
        {
            problems.Add($"{type}: a type outside the library and NodaTime (a mutable collection?) is reachable.");
            return;
        }

        var isStatic = type.IsAbstract && type.IsSealed;
        if (type.IsValueType && !type.IsDefined(typeof(IsReadOnlyAttribute)))
        {
            problems.Add($"{type.Name}: a struct that is not readonly.");
        }
        else if (!type.IsValueType && !isStatic && (!type.IsSealed || type.GetMethod("<Clone>$") is null))
        {
            problems.Add($"{type.Name}: a class that is not a sealed record.");
        }

        var flags = BindingFlags.Public | (isStatic ? BindingFlags.Static : BindingFlags.Instance);
        foreach (var field in type.GetFields(flags).Where(f => !f.IsInitOnly && !f.IsLiteral))
        {
            problems.Add($"{type.Name}.{field.Name}: a public field that can be written.");
        }

        foreach (var property in type.GetProperties(flags))
        {
            if (property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            {
                problems.Add($"{type.Name}.{property.Name}: a public setter that is not init-only.");
            }

            Visit(property.PropertyType, visited, problems);
        }
    }
}
