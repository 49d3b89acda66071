namespace AsLMS.Scoring.Internal;

internal static class Identifier
{
    /// <summary>Orders car numbers as people read them: numerically where both are numbers ("7" before "51"), ordinally otherwise.</summary>
    public static int CompareNumbers(string a, string b)
    {
        var aNumeric = int.TryParse(a, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var x);
        var bNumeric = int.TryParse(b, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y);
        if (aNumeric && bNumeric && x != y)
        {
            return x.CompareTo(y);
        }

        return string.CompareOrdinal(a, b);
    }
}
