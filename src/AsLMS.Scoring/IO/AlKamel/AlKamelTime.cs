using NodaTime;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>
/// Reads the times Al Kamel writes: <c>59.123</c>, <c>1:23.456</c>, <c>1'51.631</c>, <c>1:05:26.775</c>, <c>24:02:53.332</c>,
/// <c>4:00'29.711</c>. The separators <c>:</c> and <c>'</c> are interchangeable; the first component is unbounded (hours or
/// minutes), the others are minutes or seconds below 60; the fraction has up to nine digits. Exact to the nanosecond.
/// </summary>
internal static class AlKamelTime
{
    private const int MaxComponents = 3;

    public static bool TryParse(ReadOnlySpan<char> text, out Duration duration)
    {
        duration = Duration.Zero;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        // The fraction belongs to the last component (seconds).
        long nanoseconds = 0;
        var dot = text.IndexOf('.');
        if (dot >= 0)
        {
            var fraction = text[(dot + 1)..];
            if (fraction.IsEmpty || fraction.Length > 9 || !AllDigits(fraction))
            {
                return false;
            }

            foreach (var digit in fraction)
            {
                nanoseconds = (nanoseconds * 10) + (digit - '0');
            }

            for (var i = fraction.Length; i < 9; i++)
            {
                nanoseconds *= 10;
            }

            text = text[..dot];
        }

        long seconds = 0;
        var components = 0;
        while (true)
        {
            var separator = text.IndexOfAny(':', '\'');
            var part = separator < 0 ? text : text[..separator];
            components++;
            var first = components == 1;
            var last = separator < 0;
            if (part.IsEmpty || components > MaxComponents || !AllDigits(part) || part.Length > (first ? 6 : 2))
            {
                return false;
            }

            var value = 0;
            foreach (var digit in part)
            {
                value = (value * 10) + (digit - '0');
            }

            if (!first && value >= 60)
            {
                return false;
            }

            seconds = (seconds * 60) + value;
            if (last)
            {
                break;
            }

            text = text[(separator + 1)..];
        }

        duration = Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanoseconds);
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
