using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using AsLMS.Scoring.Contention;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace AsLMS.Scoring.Tests.PublicApi;

// Every public type of the package is immutable, so one instance (a built-in rule set, a standings table) can be shared by any
// number of threads; checked here by reflection over every exported type, as NodaTime checks its own types: a class is a sealed
// record (or a static class), a struct is readonly, nothing public can be written (init only), and a property or field holds
// only immutable things: EquatableArray or System.Collections.Immutable collections of them, this library's types (each checked
// on its own), NodaTime's values and time zones, primitives, strings, delegates. What is mutable by nature is listed below with
// the reason it is allowed.
public sealed class ImmutabilityTests
{
    // Kinds of type that are not immutable records by nature; their own declared members are still checked.
    private static readonly (string Kind, Func<Type, bool> Applies, string Reason)[] MutableByNature =
    [
        ("enum", t => t.IsEnum, "a value of a closed set: nothing to mutate."),
        ("interface", t => t.IsInterface, "no state of its own (IFinishingOddsModel: implementations must be pure, as documented)."),
        ("delegate", t => t.IsSubclassOf(typeof(Delegate)), "delegates are immutable."),
        ("static class", PublicApiListing.IsStatic, "no instances; its static members are checked like any other."),
        ("exception", t => t.IsSubclassOf(typeof(Exception)),
            "System.Exception carries settable state (Data, HelpLink, Source, the stack trace set on throw); only thrown, never shared."),
        ("FluentValidation validator", t => IsSubclassOfGeneric(t, typeof(AbstractValidator<>)),
            "AbstractValidator<T> is configured by mutation (its constructor adds rules, CascadeMode and similar are settable); "
            + "an instance is safe to share once built, as FluentValidation documents, and SeasonValidation builds its own."),
    ];

    // Single types that are neither records nor readonly structs, each with its reason.
    private static readonly Dictionary<Type, string> MutableTypes = new()
    {
        [typeof(EquatableArray<>.Enumerator)] =
            "the struct enumerator of the allocation-free foreach pattern: MoveNext advances it, and it is a copy on every foreach.",
    };

    // Types from outside the library and NodaTime that a public member may expose, with the reason.
    private static readonly Dictionary<Type, string> ForeignTypes = new()
    {
        [typeof(ValidationFailure)] =
            "FluentValidation's failure type is the vocabulary of validation (the design card's choice); that library makes its "
            + "properties settable. ValidationReport documents that it never changes them and that callers should not either.",
    };

    // Single members that expose something other than an immutable collection, with the reason.
    private static readonly Dictionary<string, string> MutableMembers = new(StringComparer.Ordinal)
    {
        [$"{nameof(ValidationReport)}.{nameof(ValidationReport.Errors)}"] =
            "a lazy filter (Where) over the immutable Failures, made on each read: there is no storage behind it to change.",
        [$"{nameof(ValidationReport)}.{nameof(ValidationReport.Warnings)}"] =
            "a lazy filter (Where) over the immutable Failures, made on each read: there is no storage behind it to change.",
        [$"{nameof(TableContention)}.{nameof(TableContention.Contenders)}"] =
            "a lazy filter (Where) over the immutable Competitors, made on each read: there is no storage behind it to change.",
        [$"{nameof(InvitationContention)}.{nameof(InvitationContention.Contenders)}"] =
            "a lazy filter over the immutable Competitors, made on each read: there is no storage behind it to change.",
    };

    [Fact]
    public void EveryPublicType_IsImmutable()
    {
        var types = PublicApiListing.PublicTypes(typeof(Points).Assembly);

        var problems = types.SelectMany(Problems).ToList();

        Assert.True(problems.Count == 0, "Mutable public API:\n" + string.Join("\n", problems));

        // The walk really covered the package: the rule model, results, the catalog, validation and contention.
        Assert.Contains(typeof(RuleSet), types);
        Assert.Contains(typeof(InvitationFallback), types);
        Assert.Contains(typeof(AsianLeMansSeries), types);
        Assert.Contains(typeof(ValidationReport), types);
        Assert.Contains(typeof(IFinishingOddsModel), types);
        Assert.Contains(typeof(CarNumber), types);
    }

    [Fact]
    public void AllowLists_HoldOnlyEntriesThatAreStillNeeded()
    {
        var types = PublicApiListing.PublicTypes(typeof(Points).Assembly);
        var members = types.SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Select(m => $"{t.Name}.{m.Name}")).ToHashSet(StringComparer.Ordinal);

        // Each single type is public and would fail without its entry; each member exists; each foreign type is still exposed.
        Assert.All(MutableTypes.Keys, t => Assert.Contains(t, types));
        Assert.All(MutableTypes.Keys, t => Assert.NotEmpty(ShapeProblems(t, ignoreAllowList: true)));
        Assert.All(MutableMembers.Keys, m => Assert.Contains(m, members));
        var exposed = types.SelectMany(t => MemberTypes(t).Select(m => m.Type)).SelectMany(Components).ToHashSet();
        Assert.All(ForeignTypes.Keys, t => Assert.Contains(t, exposed));
    }

    [Fact]
    public void Problems_OfMutableShapes_AreReported()
    {
        // The check itself can fail: each of these types breaks one rule, and the message names the member and the rule.
        Assert.Contains(Problems(typeof(NotSealedRecord)), p => p.Contains("not a sealed record", StringComparison.Ordinal));
        Assert.Contains(Problems(typeof(PlainClass)), p => p.Contains("not a sealed record", StringComparison.Ordinal));
        Assert.Contains(Problems(typeof(MutableStruct)), p => p.Contains("not readonly", StringComparison.Ordinal));
        Assert.Contains(Problems(typeof(WithSetter)), p => p.Contains("WithSetter.Value: a public setter", StringComparison.Ordinal));
        Assert.Contains(Problems(typeof(WithField)), p => p.Contains("WithField.Count: a public field", StringComparison.Ordinal));
        Assert.Contains(Problems(typeof(WithList)), p => p.Contains("WithList.Items", StringComparison.Ordinal));
        Assert.Contains(Problems(typeof(WithArray)), p => p.Contains("WithArray.Items", StringComparison.Ordinal));
        Assert.Contains(Problems(typeof(WithReadOnlyList)), p => p.Contains("WithReadOnlyList.Items", StringComparison.Ordinal));
        Assert.Contains(Problems(typeof(WithStaticField)), p => p.Contains("WithStaticField.Shared: a public field", StringComparison.Ordinal));
        Assert.Empty(Problems(typeof(GoodRecord)));
        Assert.Empty(Problems(typeof(Stateless)));
    }

    private static IEnumerable<string> Problems(Type type)
        => ShapeProblems(type, ignoreAllowList: false).Concat(MemberProblems(type));

    private static List<string> ShapeProblems(Type type, bool ignoreAllowList)
    {
        if (!ignoreAllowList && (MutableTypes.ContainsKey(Definition(type)) || MutableByNature.Any(k => k.Applies(type))))
        {
            return [];
        }

        if (type.IsValueType)
        {
            return type.IsDefined(typeof(IsReadOnlyAttribute)) ? [] : [$"{Name(type)}: a struct that is not readonly."];
        }

        if (type.IsSealed && PublicApiListing.IsRecord(type))
        {
            return [];
        }

        // A sealed class with no instance state at all (SeasonFormOdds, a strategy with one Default instance) cannot change.
        if (type.IsSealed && InstanceFields(type).Count == 0)
        {
            return [];
        }

        // An abstract record whose only visible constructor is the compiler's copy constructor is the closed base of a family of
        // sealed records (Results.Adjustment): code outside the library cannot derive a mutable member of the family.
        var closedBase = type.IsAbstract && PublicApiListing.IsRecord(type)
            && type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(PublicApiListing.IsVisible)
                .All(c => c.GetParameters() is [var only] && only.ParameterType == type);
        return closedBase ? [] : [$"{Name(type)}: a class that is not a sealed record."];
    }

    private static IEnumerable<string> MemberProblems(Type type)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(Declared).Where(f => !f.IsInitOnly && !f.IsLiteral && !type.IsEnum))
        {
            yield return $"{Name(type)}.{field.Name}: a public field that can be written.";
        }

        foreach (var property in type.GetProperties(Declared))
        {
            if (property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            {
                yield return $"{Name(type)}.{property.Name}: a public setter that is not init-only.";
            }
        }

        foreach (var (member, memberType) in MemberTypes(type))
        {
            if (!MutableMembers.ContainsKey($"{type.Name}.{member}") && Unsafe(memberType) is { } reason)
            {
                yield return $"{Name(type)}.{member}: {reason}";
            }
        }
    }

    // The type of every public field and property a type declares (instance and static).
    private static IEnumerable<(string Member, Type Type)> MemberTypes(Type type)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        return type.IsEnum
            ? []
            : type.GetFields(Declared).Select(f => (f.Name, f.FieldType))
                .Concat(type.GetProperties(Declared).Select(p => (p.Name, p.PropertyType)));
    }

    // Why a member's type lets the value change under a caller, or null when it cannot.
    private static string? Unsafe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type.IsEnum || type.IsGenericParameter || type == typeof(string) || type == typeof(decimal)
            || type.IsSubclassOf(typeof(Delegate)) || type.Namespace == "NodaTime" || ForeignTypes.ContainsKey(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return $"an array ({type.Name}), whose items anyone can replace: use EquatableArray.";
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(EquatableArray<>)
            || type.Namespace == typeof(ImmutableArray).Namespace))
        {
            return type.GetGenericArguments().Select(Unsafe).FirstOrDefault(r => r is not null);
        }

        if (type.Assembly == typeof(Points).Assembly)
        {
            return null;
        }

        return typeof(IEnumerable).IsAssignableFrom(type)
            ? $"a collection ({type.Name}) that is not EquatableArray or an immutable collection."
            : $"a type from outside the library ({type.FullName}) that is not known to be immutable.";
    }

    private static List<FieldInfo> InstanceFields(Type type)
    {
        var fields = new List<FieldInfo>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            fields.AddRange(t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly));
        }

        return fields;
    }

    private static IEnumerable<Type> Components(Type type)
        => type.IsGenericType ? type.GetGenericArguments().SelectMany(Components).Prepend(type) : [type];

    private static bool IsSubclassOfGeneric(Type type, Type definition)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == definition)
            {
                return true;
            }
        }

        return false;
    }

    private static Type Definition(Type type) => type.IsGenericType ? type.GetGenericTypeDefinition() : type;

    private static string Name(Type type) => PublicApiListing.FullName(type);

#pragma warning disable CA1034, CA1051, CA1711, CA1819, CA2211, CA2227, CA1002, CA1815, CA1822 // Deliberately mutable shapes for the check above.
    public record NotSealedRecord(int Value);

    public sealed class PlainClass
    {
        public int Value { get; }
    }

    public sealed class Stateless
    {
        public int Twice(int value) => 2 * value;
    }

    public struct MutableStruct
    {
        public int Value { get; }
    }

    public sealed record WithSetter
    {
        public int Value { get; set; }
    }

    public sealed record WithField
    {
        public int Count;
    }

    public sealed record WithList
    {
        public List<int> Items { get; init; } = [];
    }

    public sealed record WithArray
    {
        public int[] Items { get; init; } = [];
    }

    public sealed record WithReadOnlyList
    {
        public IReadOnlyList<int> Items { get; init; } = [];
    }

    public sealed record WithStaticField
    {
        public static int Shared;
    }

    public sealed record GoodRecord
    {
        public required EquatableArray<Provenance> Items { get; init; }

        public ImmutableArray<string> Names { get; init; }

        public NodaTime.LocalDate? Date { get; init; }
    }
#pragma warning restore CA1034, CA1051, CA1711, CA1819, CA2211, CA2227, CA1002, CA1815, CA1822
}
