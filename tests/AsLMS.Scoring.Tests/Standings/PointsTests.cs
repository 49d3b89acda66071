using System.Globalization;

namespace AsLMS.Scoring.Tests.Standings;

/// <summary>
/// <see cref="Points"/> is exact arithmetic on fractions in lowest terms. Every expected value below is worked by hand in the
/// comment beside it; none was read back from the code.
/// </summary>
public sealed class PointsTests
{
    [Fact]
    public void Constants_AreZeroOneAndHalf_AndDefaultIsZero()
    {
        Assert.Equal(0, Points.Zero.Numerator);
        Assert.Equal(1, Points.Zero.Denominator);
        Assert.True(Points.Zero.IsZero);
        Assert.True(Points.Zero.IsWhole);
        Assert.Equal(Points.Zero, default);

        Assert.Equal(1, Points.One.Numerator);
        Assert.Equal(1, Points.One.Denominator);
        Assert.False(Points.One.IsZero);

        Assert.Equal(1, Points.Half.Numerator);
        Assert.Equal(2, Points.Half.Denominator);
        Assert.False(Points.Half.IsWhole);
        Assert.False(Points.Half.IsZero);
    }

    [Theory]
    [InlineData(2, 4, 1, 2)] // 2/4 = 1/2
    [InlineData(3, -6, -1, 2)] // the sign moves to the numerator: 3/-6 = -1/2
    [InlineData(-3, -6, 1, 2)] // -3/-6 = 1/2
    [InlineData(0, 5, 0, 1)] // zero is 0/1 whatever the denominator
    [InlineData(50, 2, 25, 1)] // 50/2 = 25, whole
    [InlineData(7, 21, 1, 3)] // gcd 7
    public void FromFraction_ReducesToLowestTerms_WithAPositiveDenominator(long numerator, long denominator, long expectedNumerator, long expectedDenominator)
    {
        var points = Points.FromFraction(numerator, denominator);

        Assert.Equal(expectedNumerator, points.Numerator);
        Assert.Equal(expectedDenominator, points.Denominator);
        Assert.Equal(expectedDenominator == 1, points.IsWhole);
    }

    [Fact]
    public void FromFraction_WithAZeroDenominator_NamesTheArgument()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Points.FromFraction(1, 0));

        Assert.Equal("denominator", error.ParamName);
        Assert.Equal(0L, error.ActualValue);
        Assert.StartsWith("The denominator must not be zero.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromInt64_AndTheImplicitConversion_AreWhole()
    {
        Points implicitly = 25;

        Assert.Equal(Points.FromInt64(25), implicitly);
        Assert.Equal(25, implicitly.Numerator);
        Assert.Equal(1, implicitly.Denominator);
        Assert.Equal(-3, Points.FromInt64(-3).Numerator);
    }

    [Theory]
    [InlineData("0.5", 1, 2)] // 5/10 = 1/2
    [InlineData("12.25", 49, 4)] // 1225/100 = 49/4
    [InlineData("-3", -3, 1)]
    [InlineData("0.1", 1, 10)]
    [InlineData("7.000", 7, 1)] // trailing zeros are still whole
    public void FromDecimal_IsExact(string text, long expectedNumerator, long expectedDenominator)
    {
        var points = Points.FromDecimal(decimal.Parse(text, CultureInfo.InvariantCulture));

        Assert.Equal(expectedNumerator, points.Numerator);
        Assert.Equal(expectedDenominator, points.Denominator);
    }

    [Fact]
    public void Addition_IsExact_AndInLowestTerms()
    {
        Assert.Equal(Points.FromFraction(5, 6), Points.Half + Points.FromFraction(1, 3)); // 3/6 + 2/6
        Assert.Equal(Points.One, Points.Half + Points.Half); // 1/2 + 1/2 = 1, whole again
        Assert.True((Points.Half + Points.Half).IsWhole);
        Assert.Equal(Points.Half, Points.FromFraction(1, 6) + Points.FromFraction(1, 3)); // 1/6 + 2/6 = 3/6 = 1/2
        Assert.Equal((Points)7, (Points)3 + 4);
        Assert.Equal((Points)(-1), (Points)3 + (-4));
        Assert.Equal(Points.FromFraction(51, 2), (Points)25 + Points.Half); // 50/2 + 1/2
        Assert.Equal(Points.FromFraction(51, 2), Points.Half + 25);
    }

    [Fact]
    public void Adding_Zero_EitherSide_GivesTheOtherOperand()
    {
        var third = Points.FromFraction(1, 3);

        Assert.Equal(third, third + Points.Zero);
        Assert.Equal(third, Points.Zero + third);
        Assert.Equal(1, (Points.Zero + third).Numerator);
        Assert.Equal(3, (third + Points.Zero).Denominator);
        Assert.Equal((Points)25, (Points)25 + Points.Zero);
    }

    [Fact]
    public void Subtraction_AndNegation_AreExact()
    {
        Assert.Equal(Points.FromFraction(2, 3), Points.One - Points.FromFraction(1, 3)); // 3/3 - 1/3
        Assert.Equal(Points.Zero, Points.Half - Points.Half);
        Assert.Equal(1, (Points.Half - Points.Half).Denominator); // zero is 0/1, not 0/2
        Assert.Equal(Points.FromFraction(-1, 2), -Points.Half);
        Assert.Equal(2, (-Points.Half).Denominator);
        Assert.Equal((Points)(-18), (Points)7 - 25);
    }

    [Fact]
    public void Multiplication_ByARatioOrAWholeNumber_IsExact()
    {
        Assert.Equal(Points.FromFraction(25, 2), (Points)25 * Ratio.Half); // a half-points race
        Assert.Equal((Points)50, (Points)25 * Ratio.FromInt64(2)); // double points
        Assert.Equal(Points.FromFraction(75, 4), (Points)25 * Ratio.FromPercent(75)); // 25 × 3/4
        Assert.Equal(Points.One, Points.FromFraction(1, 3) * 3); // 3/3
        Assert.Equal((Points)2, Points.Half * 4);
        Assert.Equal((Points)36, (Points)18 * 2);
        Assert.Equal(Points.FromFraction(-3, 2), Points.Half * -3);
        Assert.Equal(Points.FromFraction(-3, 2), Points.Half * -3L); // the long overload gives the same
        Assert.Equal(Points.FromFraction(75, 2), Points.FromFraction(25, 2) * 3L); // 12 1/2 × 3
    }

    [Fact]
    public void Division_IntoShares_IsExact()
    {
        Assert.Equal(Points.FromFraction(1, 3), Points.One / 3); // a fastest lap shared by three drivers
        Assert.Equal(Points.FromFraction(25, 2), (Points)25 / 2);
        Assert.Equal((Points)6, (Points)18 / 3);
        Assert.Equal(Points.FromFraction(-1, 2), Points.One / -2); // the sign stays on the numerator
        Assert.Equal(2, (Points.One / -2).Denominator);
        Assert.Equal(Points.FromFraction(1, 6), Points.Half / 3);
    }

    [Fact]
    public void Division_IntoZeroShares_Throws()
    {
        var error = Assert.Throws<DivideByZeroException>(() => Points.One / 0);

        Assert.Contains("zero shares", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arithmetic_ThatDoesNotFit_ThrowsInsteadOfRounding()
    {
        var most = Points.FromInt64(long.MaxValue);

        Assert.Throws<OverflowException>(() => most + 1);
        Assert.Throws<OverflowException>(() => most * 2);
    }

    [Fact]
    public void Comparison_OrdersByValue_WhateverTheDenominators()
    {
        var third = Points.FromFraction(1, 3);
        var quarter = Points.FromFraction(1, 4);
        var threeQuarters = Points.FromFraction(3, 4);

        Assert.True(third < Points.Half);
        Assert.False(Points.Half < third);
        Assert.False(Points.Half < Points.Half);
        Assert.True(Points.Half > third);
        Assert.False(third > Points.Half);
        Assert.False(Points.Half > Points.Half);
        Assert.True(Points.Half <= Points.Half);
        Assert.True(third <= Points.Half);
        Assert.False(Points.Half <= third);
        Assert.True(Points.Half >= Points.Half);
        Assert.True(Points.Half >= third);
        Assert.False(third >= Points.Half);

        // Same denominator: the numerators decide.
        Assert.True(quarter < threeQuarters);
        Assert.Equal(-1, Math.Sign(quarter.CompareTo(threeQuarters)));
        Assert.Equal(1, Math.Sign(threeQuarters.CompareTo(quarter)));
        Assert.Equal(0, quarter.CompareTo(Points.FromFraction(2, 8)));

        // Different denominators: cross-multiplied, 2 × 2 = 4 > 1 × 3 = 3, so 2/3 > 1/2; 1 × 2 = 2 < 1 × 3, so 1/3 < 1/2.
        Assert.Equal(1, Math.Sign(Points.FromFraction(2, 3).CompareTo(Points.Half)));
        Assert.Equal(-1, Math.Sign(third.CompareTo(Points.Half)));
        Assert.True(-Points.Half < Points.Zero);
        Assert.True((Points)2 > (Points)1);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.True(Points.Half == Points.FromFraction(2, 4));
        Assert.False(Points.Half != Points.FromFraction(2, 4));
        Assert.True(Points.Half != Points.FromFraction(1, 3));
        Assert.False(Points.Half == Points.FromFraction(1, 3));
        Assert.False(Points.Half == Points.FromFraction(-1, 2));
        Assert.True(Points.Half.Equals((object)Points.FromFraction(3, 6)));
        Assert.False(Points.Half.Equals((object)"0.5"));
        Assert.False(Points.Half.Equals(null));
        Assert.Equal(Points.Half.GetHashCode(), Points.FromFraction(2, 4).GetHashCode());
        Assert.NotEqual(Points.Half.GetHashCode(), Points.One.GetHashCode());
        Assert.NotEqual(Points.Half.GetHashCode(), Points.FromFraction(1, 3).GetHashCode());
    }

    [Fact]
    public void CompareTo_Object_PutsNullFirst_AndRefusesOtherTypes()
    {
        Assert.Equal(1, CompareBoxed(Points.Half, null));
        Assert.Equal(0, CompareBoxed(Points.Half, Points.FromFraction(2, 4)));
        Assert.Equal(1, Math.Sign(CompareBoxed(Points.Half, Points.FromFraction(1, 3))));
        Assert.Equal(-1, Math.Sign(CompareBoxed(Points.Half, Points.One)));
        var error = Assert.Throws<ArgumentException>(() => CompareBoxed(Points.Half, 0.5m));
        Assert.Equal("obj", error.ParamName);
        Assert.StartsWith("The object is not Points.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_ReturnsTheLarger_EitherWayRound()
    {
        var third = Points.FromFraction(1, 3);

        Assert.Equal(Points.Half, Points.Max(third, Points.Half));
        Assert.Equal(Points.Half, Points.Max(Points.Half, third));
        Assert.Equal((Points)2, Points.Max(2, 1));
        Assert.Equal((Points)2, Points.Max(1, 2));
        Assert.Equal(Points.Zero, Points.Max(-Points.Half, Points.Zero));
    }

    [Theory]
    [InlineData("25", 25, 1)]
    [InlineData("0.5", 1, 2)]
    [InlineData("-3", -3, 1)]
    [InlineData("1/7", 1, 7)]
    [InlineData("25 1/7", 176, 7)] // 25 × 7 + 1 = 176
    [InlineData("-25 1/7", -176, 7)]
    [InlineData("2/4", 1, 2)]
    [InlineData(" 12.25 ", 49, 4)]
    public void Parse_ReadsWholeDecimalAndMixedFractions(string text, long expectedNumerator, long expectedDenominator)
    {
        var points = Points.Parse(text);

        Assert.Equal(expectedNumerator, points.Numerator);
        Assert.Equal(expectedDenominator, points.Denominator);
        Assert.True(Points.TryParse(text, out var tried));
        Assert.Equal(points, tried);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1/0")]
    [InlineData("")]
    [InlineData("25 1")]
    [InlineData("1,5")]
    public void Parse_RefusesWhatIsNotANumberOfPoints_AndNamesTheText(string text)
    {
        var error = Assert.Throws<FormatException>(() => Points.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.False(Points.TryParse(text, out var points));
        Assert.Equal(Points.Zero, points);
    }

    [Fact]
    public void TryParse_OfNull_IsFalseAndZero()
    {
        Assert.False(Points.TryParse(null, out var points));
        Assert.Equal(Points.Zero, points);
    }

    [Fact]
    public void ToDecimal_IsExactForFiniteDecimals_AndRoundedOtherwise()
    {
        Assert.Equal(0.5m, Points.Half.ToDecimal());
        Assert.Equal(12.25m, Points.FromFraction(49, 4).ToDecimal());
        Assert.Equal(-3m, Points.FromInt64(-3).ToDecimal());
        Assert.Equal(0.3333333333333333333333333333m, Points.FromFraction(1, 3).ToDecimal()); // 28 significant digits
    }

    [Theory]
    [InlineData(25, 1, "25")]
    [InlineData(1, 2, "0.5")]
    [InlineData(-1, 2, "-0.5")]
    [InlineData(49, 4, "12.25")]
    [InlineData(176, 7, "25 1/7")]
    [InlineData(-176, 7, "-25 1/7")]
    [InlineData(1, 3, "1/3")]
    [InlineData(0, 1, "0")]
    public void ToString_IsExactAndInvariant(long numerator, long denominator, string expected)
    {
        var points = Points.FromFraction(numerator, denominator);

        Assert.Equal(expected, points.ToString());
        // A provider with a decimal comma and another minus sign (the test host runs in invariant-globalization mode, so it is
        // built by hand rather than taken from a named culture): the format and the provider are ignored.
        var comma = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        comma.NumberDecimalSeparator = ",";
        comma.NegativeSign = "~";
        Assert.Equal(expected, points.ToString("N2", comma));
        Assert.Equal(expected, string.Format(comma, "{0}", points));
    }

    // Through the non-generic interface, as a sort of object[] would call it.
    private static int CompareBoxed(Points value, object? other) => ((IComparable)value).CompareTo(other);
}
