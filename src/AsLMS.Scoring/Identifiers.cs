using AsLMS.Scoring.Internal;

namespace AsLMS.Scoring;

// The identifiers of the model. Each is a distinct type so that a car number cannot be passed where a driver is expected.
// Comparison is ordinal and exact: car "007" and car "7" are different cars (both raced in the 2025 WEC).

/// <summary>A car's race number as written on the entry list, compared exactly (<c>"007"</c> is not <c>"7"</c>).</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct CarNumber : IComparable<CarNumber>
{
    private readonly string? value;

    /// <summary>Initializes a new instance of the <see cref="CarNumber"/> struct.</summary>
    /// <param name="value">The number as written, e.g. <c>"4"</c> or <c>"007"</c>.</param>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public CarNumber(string value) => this.value = Preconditions.CheckNotBlank(value).Trim();

    /// <summary>Gets the number as written.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates a car number.</summary>
    /// <param name="value">The number as written.</param>
    public static implicit operator CarNumber(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(CarNumber other) => Identifier.CompareNumbers(Value, other.Value);

    /// <summary>Gets the number as written.</summary>
    /// <returns>The number.</returns>
    public override string ToString() => Value;
}

/// <summary>Identifies a driver within a season's results (any stable key: a licence number, a slug, a full name).</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct DriverId : IComparable<DriverId>
{
    private readonly string? value;

    /// <summary>Initializes a new instance of the <see cref="DriverId"/> struct.</summary>
    /// <param name="value">The identifier.</param>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public DriverId(string value) => this.value = Preconditions.CheckNotBlank(value).Trim();

    /// <summary>Gets the identifier.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates a driver identifier.</summary>
    /// <param name="value">The identifier.</param>
    public static implicit operator DriverId(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(DriverId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Gets the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value;
}

/// <summary>Identifies a class or a sub-classification of a season (<c>"LMP2"</c>, <c>"LMP2 Am"</c>, <c>"GT"</c>).</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct ClassId : IComparable<ClassId>
{
    private readonly string? value;

    /// <summary>Initializes a new instance of the <see cref="ClassId"/> struct.</summary>
    /// <param name="value">The identifier.</param>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public ClassId(string value) => this.value = Preconditions.CheckNotBlank(value).Trim();

    /// <summary>Gets the identifier.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates a class identifier.</summary>
    /// <param name="value">The identifier.</param>
    public static implicit operator ClassId(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(ClassId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Gets the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value;
}

/// <summary>Identifies a race of a season's calendar (<c>"R1"</c>, <c>"sepang-2"</c>).</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct RaceId : IComparable<RaceId>
{
    private readonly string? value;

    /// <summary>Initializes a new instance of the <see cref="RaceId"/> struct.</summary>
    /// <param name="value">The identifier.</param>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public RaceId(string value) => this.value = Preconditions.CheckNotBlank(value).Trim();

    /// <summary>Gets the identifier.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates a race identifier.</summary>
    /// <param name="value">The identifier.</param>
    public static implicit operator RaceId(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(RaceId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Gets the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value;
}

/// <summary>Identifies a championship table of a rule set (<c>"LMP2 Teams"</c>, <c>"GT Drivers"</c>).</summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
public readonly record struct TableId : IComparable<TableId>
{
    private readonly string? value;

    /// <summary>Initializes a new instance of the <see cref="TableId"/> struct.</summary>
    /// <param name="value">The identifier.</param>
    /// <exception cref="ArgumentException">The value is empty.</exception>
    public TableId(string value) => this.value = Preconditions.CheckNotBlank(value).Trim();

    /// <summary>Gets the identifier.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Creates a table identifier.</summary>
    /// <param name="value">The identifier.</param>
    public static implicit operator TableId(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(TableId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Gets the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value;
}
