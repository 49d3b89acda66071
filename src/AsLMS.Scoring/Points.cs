using System.Globalization;
using AsLMS.Scoring.Internal;

namespace AsLMS.Scoring;

/// <summary>
/// An exact number of championship points: a fraction in lowest terms, never binary floating point.
/// Half points (a car classified beyond the scale, a race stopped early) and thirds or sevenths (shared drives,
/// a fastest lap shared by several drivers) are all represented exactly.
/// </summary>
/// <remarks>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// <para>Arithmetic is checked: an operation whose exact result does not fit throws <see cref="OverflowException"/> rather than
/// rounding. Equal values are equal whatever fraction they were built from (<c>Points.FromFraction(2, 4) == Points.Half</c>).</para>
/// <para>The <c>default</c> value is <see cref="Zero"/>.</para>
/// </remarks>
public readonly struct Points : IEquatable<Points>, IComparable<Points>, IComparable, IFormattable
{
    // Stored as denominator - 1 so that default(Points) is a valid zero (0/1).
    private readonly long numerator;
    private readonly long denominatorMinusOne;

    private Points(long numerator, long denominator)
    {
        this.numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    /// <summary>No points.</summary>
    public static Points Zero => default;

    /// <summary>One point.</summary>
    public static Points One => new(1, 1);

    /// <summary>Half a point.</summary>
    public static Points Half => new(1, 2);

    /// <summary>Gets the numerator of the fraction in lowest terms; it carries the sign.</summary>
    public long Numerator => numerator;

    /// <summary>Gets the denominator of the fraction in lowest terms; always positive.</summary>
    public long Denominator => denominatorMinusOne + 1;

    /// <summary>Gets a value indicating whether this is a whole number of points.</summary>
    public bool IsWhole => denominatorMinusOne == 0;

    /// <summary>Gets a value indicating whether this is zero.</summary>
    public bool IsZero => numerator == 0;

    /// <summary>Creates a whole number of points.</summary>
    /// <param name="points">The number of points.</param>
    /// <returns>The points.</returns>
    public static Points FromInt64(long points) => new(points, 1);

    /// <summary>Creates points from a fraction, which is reduced to lowest terms.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; must not be zero.</param>
    /// <returns>The points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero.</exception>
    public static Points FromFraction(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator must not be zero.");
        }

        var (n, d) = Fraction.Normalize(numerator, denominator);
        return new Points(n, d);
    }

    /// <summary>Creates points from a decimal number such as 0.5 or 12.25; exact for every <see cref="decimal"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The points.</returns>
    public static Points FromDecimal(decimal value)
    {
        long denominator = 1;
        while (value != decimal.Truncate(value))
        {
            value *= 10;
            denominator *= 10;
        }

        return FromFraction((long)value, denominator);
    }

    /// <summary>Implicitly converts a whole number of points.</summary>
    /// <param name="points">The number of points.</param>
    public static implicit operator Points(int points) => new(points, 1);

    /// <summary>Adds two amounts of points.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The exact sum.</returns>
    public static Points operator +(Points left, Points right)
    {
        if (left.denominatorMinusOne == 0 && right.denominatorMinusOne == 0)
        {
            return new Points(left.numerator + right.numerator, 1);
        }

        // Most parts of a race score are zero: adding one must not cost a common denominator (a profile of the calculator found
        // half of its arithmetic time there). Both are in lowest terms, so the other operand is the exact sum as it is.
        if (right.numerator == 0)
        {
            return left;
        }

        if (left.numerator == 0)
        {
            return right;
        }

        var (n, d) = Fraction.Add(left.numerator, left.Denominator, right.numerator, right.Denominator);
        return new Points(n, d);
    }

    /// <summary>Subtracts one amount of points from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The exact difference.</returns>
    public static Points operator -(Points left, Points right) => left + (-right);

    /// <summary>Negates an amount of points.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Points operator -(Points value) => new(-value.numerator, value.Denominator);

    /// <summary>Multiplies points by an exact factor (a multiplier, a reduction).</summary>
    /// <param name="points">The points.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product.</returns>
    public static Points operator *(Points points, Ratio factor)
    {
        var (n, d) = Fraction.Multiply(points.numerator, points.Denominator, factor.Numerator, factor.Denominator);
        return new Points(n, d);
    }

    /// <summary>Multiplies points by a whole number.</summary>
    /// <param name="points">The points.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product.</returns>
    public static Points operator *(Points points, long factor)
    {
        var (n, d) = Fraction.Multiply(points.numerator, points.Denominator, factor, 1);
        return new Points(n, d);
    }

    /// <summary>Multiplies points by a whole number (so that <c>points * 2</c> needs no cast: an <see cref="int"/> converts to both
    /// <see cref="long"/> and <see cref="Ratio"/>).</summary>
    /// <param name="points">The points.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product.</returns>
    public static Points operator *(Points points, int factor) => points * (long)factor;

    /// <summary>Divides points into equal shares (a shared drive, a shared fastest lap).</summary>
    /// <param name="points">The points.</param>
    /// <param name="divisor">The number of shares; must not be zero.</param>
    /// <returns>The exact share.</returns>
    public static Points operator /(Points points, long divisor)
    {
        if (divisor == 0)
        {
            throw new DivideByZeroException("Points cannot be divided into zero shares.");
        }

        var (n, d) = Fraction.Multiply(points.numerator, points.Denominator, 1, divisor);
        return new Points(n, d);
    }

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Points left, Points right) => left.Equals(right);

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Points left, Points right) => !left.Equals(right);

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if <paramref name="left"/> is less.</returns>
    public static bool operator <(Points left, Points right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if <paramref name="left"/> is greater.</returns>
    public static bool operator >(Points left, Points right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Points left, Points right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True if <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Points left, Points right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the larger of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static Points Max(Points left, Points right) => left >= right ? left : right;

    /// <summary>Parses points written as <c>25</c>, <c>0.5</c>, <c>-3</c>, <c>1/7</c> or <c>25 1/7</c> (invariant culture).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The points.</returns>
    /// <exception cref="FormatException">The text is not a number of points.</exception>
    public static Points Parse(string text)
        => TryParse(text, out var points) ? points : throw new FormatException($"'{text}' is not a number of points (examples: 25, 0.5, 1/7, 25 1/7).");

    /// <summary>Tries to parse points written as <c>25</c>, <c>0.5</c>, <c>-3</c>, <c>1/7</c> or <c>25 1/7</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="points">The points, when parsing succeeds.</param>
    /// <returns>True if the text was a number of points.</returns>
    public static bool TryParse(string? text, out Points points)
    {
        if (Fraction.TryParse(text, out var n, out var d))
        {
            points = new Points(n, d);
            return true;
        }

        points = Zero;
        return false;
    }

    /// <summary>Converts to a <see cref="decimal"/>: exact for halves, quarters and tenths; rounded for thirds or sevenths. For display only.</summary>
    /// <returns>The nearest decimal value.</returns>
    public decimal ToDecimal() => (decimal)numerator / Denominator;

    /// <inheritdoc/>
    public bool Equals(Points other) => numerator == other.numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Points other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(numerator, denominatorMinusOne);

    /// <inheritdoc/>
    public int CompareTo(Points other)
        => denominatorMinusOne == other.denominatorMinusOne
            ? numerator.CompareTo(other.numerator)
            : Fraction.Compare(numerator, Denominator, other.numerator, other.Denominator);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Points other => CompareTo(other),
        _ => throw new ArgumentException("The object is not Points.", nameof(obj)),
    };

    /// <summary>Formats as <c>25</c>, <c>0.5</c>, <c>12.25</c>, or as a mixed fraction <c>25 1/7</c> when no finite decimal is exact.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Fraction.Format(numerator, Denominator);

    /// <summary>Formats the points. The format and provider are ignored: the output is always exact and culture-invariant.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    internal static Points Create(long numerator, long denominator) => new(numerator, denominator);
}
