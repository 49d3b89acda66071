using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace AsLMS.Scoring.Tests.PublicApi;

/// <summary>
/// Writes an assembly's public surface as C#-like text, one block per type and one line per member, sorted so that the same API
/// always gives the same text and a change shows as a few lines: what the type is (kind, modifiers, base types), then its public
/// and protected members with their signatures, nullability, <c>required</c> and <c>init</c>. Written with reflection because the
/// usual tool (PublicApiGenerator) is not available here.
/// </summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static
        | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    private static readonly Dictionary<string, string> Operators = new(StringComparer.Ordinal)
    {
        ["op_Equality"] = "==", ["op_Inequality"] = "!=", ["op_LessThan"] = "<", ["op_GreaterThan"] = ">",
        ["op_LessThanOrEqual"] = "<=", ["op_GreaterThanOrEqual"] = ">=", ["op_Addition"] = "+", ["op_Subtraction"] = "-",
        ["op_Multiply"] = "*", ["op_Division"] = "/", ["op_Modulus"] = "%", ["op_UnaryNegation"] = "-", ["op_UnaryPlus"] = "+",
        ["op_Increment"] = "++", ["op_Decrement"] = "--", ["op_True"] = "true", ["op_False"] = "false", ["op_LogicalNot"] = "!",
        ["op_OnesComplement"] = "~", ["op_BitwiseAnd"] = "&", ["op_BitwiseOr"] = "|", ["op_ExclusiveOr"] = "^",
        ["op_LeftShift"] = "<<", ["op_RightShift"] = ">>", ["op_UnsignedRightShift"] = ">>>",
        ["op_CheckedAddition"] = "checked +", ["op_CheckedSubtraction"] = "checked -", ["op_CheckedMultiply"] = "checked *",
        ["op_CheckedDivision"] = "checked /", ["op_CheckedUnaryNegation"] = "checked -",
    };

    /// <summary>Gets the public types of an assembly (nested ones included), in the listing's order.</summary>
    public static IReadOnlyList<Type> PublicTypes(Assembly assembly)
        => [.. assembly.GetExportedTypes().OrderBy(FullName, StringComparer.Ordinal)];

    /// <summary>Writes the listing of an assembly.</summary>
    public static string Render(Assembly assembly, string header)
    {
        var text = new StringBuilder();
        foreach (var line in header.Split('\n'))
        {
            text.Append("# ").Append(line).Append('\n');
        }

        foreach (var type in PublicTypes(assembly))
        {
            text.Append('\n').Append(TypeLine(type)).Append('\n');
            foreach (var member in Members(type))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Gets a type's name with its namespace (nested types joined by a dot) and its generic parameters.</summary>
    public static string FullName(Type type)
        => (type.IsNested ? FullName(type.DeclaringType!) + "." : type.Namespace + ".") + Simple(type);

    /// <summary>Tells whether a type is a record (class or struct) by the members the compiler gives records only.</summary>
    public static bool IsRecord(Type type)
        => type.IsValueType
            ? type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(StringBuilder)]) is { } print
              && print.IsDefined(typeof(CompilerGeneratedAttribute))
            : type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;

    /// <summary>Tells whether a type is a static class.</summary>
    public static bool IsStatic(Type type) => type.IsClass && type.IsAbstract && type.IsSealed;

    /// <summary>Tells whether a member is part of the public API: public, or protected in a type that can be derived from.</summary>
    public static bool IsVisible(MethodBase? method)
        => method is not null && (method.IsPublic || ((method.IsFamily || method.IsFamilyOrAssembly) && !method.DeclaringType!.IsSealed));

    private static bool IsVisible(FieldInfo field)
        => field.IsPublic || ((field.IsFamily || field.IsFamilyOrAssembly) && !field.DeclaringType!.IsSealed);

    private static string TypeLine(Type type)
    {
        var line = new StringBuilder("public ");
        if (type.IsEnum)
        {
            line.Append("enum ").Append(FullName(type));
            var underlying = Enum.GetUnderlyingType(type);
            return (underlying == typeof(int) ? line : line.Append(" : ").Append(Keywords[underlying])).ToString();
        }

        if (type.IsSubclassOf(typeof(Delegate)))
        {
            var invoke = type.GetMethod("Invoke")!;
            return line.Append("delegate ").Append(Name(invoke.ReturnParameter)).Append(' ').Append(FullName(type))
                .Append(Parameters(invoke)).Append(Constraints(type.GetGenericArguments())).ToString();
        }

        if (type.IsInterface)
        {
            line.Append("interface ");
        }
        else if (type.IsValueType)
        {
            line.Append(type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly " : string.Empty)
                .Append(type.IsByRefLike ? "ref " : string.Empty)
                .Append(IsRecord(type) ? "record struct " : "struct ");
        }
        else
        {
            line.Append(IsStatic(type) ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty)
                .Append(IsRecord(type) ? "record " : "class ");
        }

        line.Append(FullName(type));
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(i => Name(i)).Order(StringComparer.Ordinal));
        if (bases.Count > 0)
        {
            line.Append(" : ").AppendJoin(", ", bases);
        }

        return line.Append(Constraints(type.GetGenericArguments())).ToString();
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .OrderBy(f => Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture))
                .Select(f => $"{f.Name} = {Convert.ToString(f.GetRawConstantValue(), CultureInfo.InvariantCulture)}");
        }

        if (type.IsSubclassOf(typeof(Delegate)))
        {
            return [];
        }

        // By kind (fields, constructors, properties, events, methods and operators), then by name, then by signature.
        var fields = type.GetFields(Declared).Where(f => IsVisible(f) && !f.Name.Contains('<', StringComparison.Ordinal))
            .Select(f => (f.Name, Field(f)));
        var constructors = type.GetConstructors(Declared).Where(c => !c.IsStatic && IsVisible(c)).Select(c => (c.Name, Constructor(c)));
        var properties = type.GetProperties(Declared).Where(p => IsVisible(p.GetMethod) || IsVisible(p.SetMethod))
            .Select(p => (p.Name, Property(p)));
        var events = type.GetEvents(Declared).Where(e => IsVisible(e.AddMethod)).Select(e => (e.Name, Event(e)));
        var methods = type.GetMethods(Declared).Where(m => IsVisible(m) && !m.Name.Contains('<', StringComparison.Ordinal)
            && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal))).Select(m => (m.Name, Method(m)));
        return new[] { fields, constructors, properties, events, methods }
            .SelectMany(group => group.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Item2, StringComparer.Ordinal))
            .Select(m => m.Item2);
    }

    private static string Field(FieldInfo field)
    {
        var line = new StringBuilder(Access(field.IsPublic));
        if (field.IsLiteral)
        {
            return line.Append("const ").Append(Name(field.FieldType, Nullability(field))).Append(' ').Append(field.Name)
                .Append(" = ").Append(Literal(field.GetRawConstantValue())).Append(';').ToString();
        }

        return line.Append(field.IsStatic ? "static " : string.Empty).Append(field.IsInitOnly ? "readonly " : string.Empty)
            .Append(Name(field.FieldType, Nullability(field))).Append(' ').Append(field.Name).Append(';').ToString();
    }

    private static string Constructor(ConstructorInfo constructor)
        => Access(constructor.IsPublic) + Simple(constructor.DeclaringType!, withArity: false) + Parameters(constructor);

    private static string Property(PropertyInfo property)
    {
        var accessor = (IsVisible(property.GetMethod) ? property.GetMethod : property.SetMethod)!;
        var line = new StringBuilder(Access(accessor.IsPublic)).Append(Modifiers(accessor));
        if (property.IsDefined(typeof(RequiredMemberAttribute)))
        {
            line.Append("required ");
        }

        line.Append(Name(property.PropertyType, Nullability(property))).Append(' ');
        var index = property.GetIndexParameters();
        line.Append(index.Length == 0 ? property.Name : $"this[{string.Join(", ", index.Select(Parameter))}]").Append(" {");
        if (IsVisible(property.GetMethod))
        {
            line.Append(property.GetMethod!.IsPublic == accessor.IsPublic ? " get;" : " protected get;");
        }

        if (IsVisible(property.SetMethod))
        {
            var setter = property.SetMethod!;
            var init = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            line.Append(setter.IsPublic == accessor.IsPublic ? " " : " protected ").Append(init ? "init;" : "set;");
        }

        return line.Append(" }").ToString();
    }

    private static string Event(EventInfo info)
        => $"{Access(info.AddMethod!.IsPublic)}{Modifiers(info.AddMethod)}event {Name(info.EventHandlerType!)} {info.Name};";

    private static string Method(MethodInfo method)
    {
        var line = new StringBuilder(Access(method.IsPublic)).Append(Modifiers(method));
        var returns = Name(method.ReturnParameter);
        if (method.Name is "op_Implicit" or "op_Explicit")
        {
            return line.Append(method.Name == "op_Implicit" ? "implicit" : "explicit").Append(" operator ").Append(returns)
                .Append(Parameters(method)).ToString();
        }

        line.Append(returns).Append(' ');
        line.Append(Operators.TryGetValue(method.Name, out var symbol) ? "operator " + symbol : method.Name);
        if (method.IsGenericMethodDefinition)
        {
            line.Append('<').AppendJoin(", ", method.GetGenericArguments().Select(a => a.Name)).Append('>');
        }

        var extension = method.IsDefined(typeof(ExtensionAttribute));
        return line.Append(Parameters(method, extension)).Append(Constraints(method.IsGenericMethodDefinition ? method.GetGenericArguments() : []))
            .ToString();
    }

    private static string Access(bool isPublic) => isPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return method.IsAbstract ? string.Empty : "virtual ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        var overrides = method.GetBaseDefinition() != method;
        if (overrides)
        {
            return method.IsFinal ? "sealed override " : "override ";
        }

        return method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;
    }

    private static string Parameters(MethodBase method, bool extension = false)
        => "(" + (extension ? "this " : string.Empty) + string.Join(", ", method.GetParameters().Select(Parameter)) + ")";

    private static string Parameter(ParameterInfo parameter)
    {
        var text = new StringBuilder();
        if (parameter.IsDefined(typeof(ParamArrayAttribute)) || parameter.IsDefined(typeof(ParamCollectionAttribute)))
        {
            text.Append("params ");
        }

        var type = parameter.ParameterType;
        if (type.IsByRef)
        {
            text.Append(parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ");
        }

        text.Append(Name(parameter)).Append(' ').Append(parameter.Name);
        if (parameter.HasDefaultValue)
        {
            text.Append(" = ").Append(parameter.DefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null
                ? "default"
                : Literal(parameter.DefaultValue));
        }

        return text.ToString();
    }

    private static string Constraints(Type[] arguments)
    {
        var text = new StringBuilder();
        foreach (var argument in arguments.Where(a => a.IsGenericParameter))
        {
            var parts = new List<string>();
            var attributes = argument.GenericParameterAttributes;
            if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("struct");
            }
            else if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add("class");
            }

            parts.AddRange(argument.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(c => Name(c)));
            if (attributes.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint)
                && !attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                text.Append(" where ").Append(argument.Name).Append(" : ").AppendJoin(", ", parts);
            }
        }

        return text.ToString();
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        char c => $"'{c}'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static NullabilityInfo Nullability(PropertyInfo property) => new NullabilityInfoContext().Create(property);

    private static NullabilityInfo Nullability(FieldInfo field) => new NullabilityInfoContext().Create(field);

    private static string Name(ParameterInfo parameter) => Name(parameter.ParameterType, new NullabilityInfoContext().Create(parameter));

    // Types of this library are named from below AsLMS.Scoring (Rules.RuleSet), System's by their short name, others in full.
    private static string Name(Type type, NullabilityInfo? nullability = null)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!, nullability?.ElementType ?? nullability);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var mark = !type.IsValueType && nullability?.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[" + new string(',', type.GetArrayRank() - 1) + "]" + mark;
        }

        // NullabilityInfoContext reports a type parameter's annotation from the member's nullable context, not from the
        // parameter itself, so it would show T? for a plain T: type parameters are shown without a mark.
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + mark;
        }

        var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
        var argumentNullability = nullability?.GenericTypeArguments;
        var offset = type.IsNested && type.DeclaringType!.IsGenericType ? type.DeclaringType.GetGenericArguments().Length : 0;
        var name = type.IsNested ? Name(Outer(type, arguments)) + "." + type.Name : Scope(type) + type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        var own = arguments.Skip(offset).Select((a, i) => Name(a, argumentNullability is { Length: > 0 } n ? n[offset + i] : null)).ToList();
        return name + (own.Count > 0 ? "<" + string.Join(", ", own) + ">" : string.Empty) + mark;
    }

    private static Type Outer(Type nested, Type[] arguments)
    {
        var outer = nested.DeclaringType!;
        return outer.IsGenericTypeDefinition && !nested.IsGenericTypeDefinition
            ? outer.MakeGenericType(arguments[..outer.GetGenericArguments().Length])
            : outer;
    }

    private static string Scope(Type type)
    {
        const string Root = "AsLMS.Scoring";
        var space = type.Namespace ?? string.Empty;
        return space == "System" || space == Root ? string.Empty
            : space.StartsWith(Root + ".", StringComparison.Ordinal) ? space[(Root.Length + 1)..] + "."
            : space + ".";
    }

    private static string Simple(Type type, bool withArity = true)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick < 0)
        {
            return name;
        }

        name = name[..tick];
        if (!withArity)
        {
            return name;
        }

        var offset = type.IsNested && type.DeclaringType!.IsGenericType ? type.DeclaringType.GetGenericArguments().Length : 0;
        return name + "<" + string.Join(", ", type.GetGenericArguments().Skip(offset).Select(a => a.Name)) + ">";
    }
}
