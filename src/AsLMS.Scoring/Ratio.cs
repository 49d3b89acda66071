using AsLMS.Scoring.Internal;

namespace AsLMS.Scoring;

/// <summary>
/// An exact, dimensionless factor or share: a points multiplier (double points = 2), a reduction (half points = 1/2),
/// or a threshold (classified with 70 % of the winner's laps = 7/10).
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe. The <c>default</c> value is zero.</remarks>
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>
{
    private readonly long numerator;
    private readonly long denominatorMinusOne;

    private Ratio(long numerator, long denominator)
    {
        this.numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    /// <summary>Zero.</summary>
    public static Ratio Zero => default;

    /// <summary>One: no change.</summary>
    public static Ratio One => new(1, 1);

    /// <summary>One half.</summary>
    public static Ratio Half => new(1, 2);

    /// <summary>Gets the numerator in lowest terms.</summary>
    public long Numerator => numerator;

    /// <summary>Gets the denominator in lowest terms; always positive.</summary>
    public long Denominator => denominatorMinusOne + 1;

    /// <summary>Creates a ratio from a fraction, reduced to lowest terms.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; must not be zero.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is zero.</exception>
    public static Ratio FromFraction(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator must not be zero.");
        }

        var (n, d) = Fraction.Normalize(numerator, denominator);
        return new Ratio(n, d);
    }

    /// <summary>Creates a ratio from a whole percentage (70 → 7/10).</summary>
    /// <param name="percent">The percentage.</param>
    /// <returns>The ratio.</returns>
    public static Ratio FromPercent(int percent) => FromFraction(percent, 100);

    /// <summary>Creates a whole-number factor (2 for double points).</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The ratio.</returns>
    public static Ratio FromInt64(long factor) => new(factor, 1);

    /// <summary>Implicitly converts a whole-number factor.</summary>
    /// <param name="factor">The factor.</param>
    public static implicit operator Ratio(int factor) => new(factor, 1);

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True if <paramref name="left"/> is less.</returns>
    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True if <paramref name="left"/> is greater.</returns>
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True if <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>True if <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;

    /// <summary>Multiplies two ratios.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns>The exact product.</returns>
    public static Ratio operator *(Ratio left, Ratio right)
    {
        var (n, d) = Fraction.Multiply(left.numerator, left.Denominator, right.numerator, right.Denominator);
        return new Ratio(n, d);
    }

    /// <summary>Parses <c>0.7</c>, <c>7/10</c>, <c>2</c> or <c>70%</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="FormatException">The text is not a ratio.</exception>
    public static Ratio Parse(string text)
        => TryParse(text, out var ratio) ? ratio : throw new FormatException($"'{text}' is not a ratio (examples: 0.7, 7/10, 70%, 2).");

    /// <summary>Tries to parse <c>0.7</c>, <c>7/10</c>, <c>2</c> or <c>70%</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="ratio">The ratio, when parsing succeeds.</param>
    /// <returns>True if the text was a ratio.</returns>
    public static bool TryParse(string? text, out Ratio ratio)
    {
        ratio = Zero;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (percent)
        {
            trimmed = trimmed[..^1];
        }

        if (!Fraction.TryParse(trimmed, out var n, out var d))
        {
            return false;
        }

        ratio = percent ? FromFraction(n, d * 100) : new Ratio(n, d);
        return true;
    }

    /// <summary>
    /// Tells whether <paramref name="part"/> out of <paramref name="whole"/> reaches this share, exactly
    /// (e.g. whether 70 laps out of 100 reach 7/10).
    /// </summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole.</param>
    /// <returns>True if part / whole is at least this ratio.</returns>
    public bool IsReachedBy(long part, long whole)
        => whole <= 0 || Fraction.Compare(part, whole, numerator, Denominator) >= 0;

    /// <inheritdoc/>
    public bool Equals(Ratio other) => numerator == other.numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(numerator, denominatorMinusOne);

    /// <inheritdoc/>
    public int CompareTo(Ratio other) => Fraction.Compare(numerator, Denominator, other.numerator, other.Denominator);

    /// <summary>Formats as <c>2</c>, <c>0.5</c>, <c>0.7</c> or <c>1/3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Fraction.Format(numerator, Denominator);
}
