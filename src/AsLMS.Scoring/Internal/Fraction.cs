namespace AsLMS.Scoring.Internal;

/// <summary>
/// Exact arithmetic on normalised fractions (positive denominator, lowest terms), shared by <see cref="Points"/> and <see cref="Ratio"/>.
/// Overflow is checked (the project builds with overflow checks on), so a result is exact or the operation throws.
/// </summary>
internal static class Fraction
{
    public static (long Numerator, long Denominator) Normalize(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException("A fraction cannot have a zero denominator.");
        }

        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        if (denominator == 1 || numerator == 0)
        {
            return (numerator, numerator == 0 ? 1 : denominator);
        }

        var gcd = Gcd(numerator, denominator);
        return gcd == 1 ? (numerator, denominator) : (numerator / gcd, denominator / gcd);
    }

    public static (long Numerator, long Denominator) Add(long n1, long d1, long n2, long d2)
    {
        if (d1 == d2)
        {
            return d1 == 1 ? (n1 + n2, 1) : Normalize(n1 + n2, d1);
        }

        var gcd = Gcd(d1, d2);
        var f1 = d2 / gcd;
        var f2 = d1 / gcd;
        return Normalize((n1 * f1) + (n2 * f2), d1 * f1);
    }

    public static (long Numerator, long Denominator) Multiply(long n1, long d1, long n2, long d2)
    {
        if (d1 == 1 && d2 == 1)
        {
            return (n1 * n2, 1);
        }

        // Cross-reduce first so intermediate products stay small.
        var g1 = Gcd(n1, d2);
        var g2 = Gcd(n2, d1);
        return Normalize((n1 / g1) * (n2 / g2), (d1 / g2) * (d2 / g1));
    }

    public static int Compare(long n1, long d1, long n2, long d2)
    {
        if (d1 == d2)
        {
            return n1.CompareTo(n2);
        }

        // 128-bit products cannot overflow for 64-bit operands.
        return ((Int128)n1 * d2).CompareTo((Int128)n2 * d1);
    }

    public static long Gcd(long a, long b)
    {
        a = Math.Abs(a);
        b = Math.Abs(b);
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a == 0 ? 1 : a;
    }

    /// <summary>True when the denominator has no prime factor but 2 and 5, so the value has a finite decimal expansion.</summary>
    public static bool IsDecimal(long denominator)
    {
        while (denominator % 2 == 0)
        {
            denominator /= 2;
        }

        while (denominator % 5 == 0)
        {
            denominator /= 5;
        }

        return denominator == 1;
    }

    public static string Format(long numerator, long denominator)
    {
        if (denominator == 1)
        {
            return numerator.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (IsDecimal(denominator))
        {
            var value = (decimal)numerator / denominator;
            return value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);
        }

        var sign = numerator < 0 ? "-" : string.Empty;
        var abs = Math.Abs(numerator);
        var whole = abs / denominator;
        var rest = abs % denominator;
        return whole == 0
            ? $"{sign}{rest}/{denominator}"
            : $"{sign}{whole} {rest}/{denominator}";
    }

    /// <summary>Parses "25", "-1.5", "0.25", "1/7" or "25 1/7" (invariant culture).</summary>
    public static bool TryParse(string? text, out long numerator, out long denominator)
    {
        numerator = 0;
        denominator = 1;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();
        var negative = s.StartsWith('-');
        if (negative)
        {
            s = s[1..].TrimStart();
        }

        long whole = 0;
        long n;
        long d;
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        var slash = s.IndexOf('/', StringComparison.Ordinal);
        try
        {
            if (slash >= 0)
            {
                var fractionPart = s;
                if (space >= 0)
                {
                    if (!long.TryParse(s[..space], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out whole))
                    {
                        return false;
                    }

                    fractionPart = s[(space + 1)..].Trim();
                    slash = fractionPart.IndexOf('/', StringComparison.Ordinal);
                    if (slash < 0)
                    {
                        return false;
                    }
                }

                if (!long.TryParse(fractionPart[..slash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n)
                    || !long.TryParse(fractionPart[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out d)
                    || d == 0)
                {
                    return false;
                }

                n += whole * d;
            }
            else
            {
                if (!decimal.TryParse(s, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    return false;
                }

                d = 1;
                while (value != decimal.Truncate(value))
                {
                    value *= 10;
                    d *= 10;
                }

                n = (long)value;
            }

            (numerator, denominator) = Normalize(negative ? -n : n, d);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}
