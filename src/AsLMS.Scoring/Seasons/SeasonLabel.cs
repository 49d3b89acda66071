using System.Globalization;

namespace AsLMS.Scoring.Seasons;

/// <summary>
/// Reads the ways people write a season: <c>"2023-24"</c>, <c>"2023/24"</c>, <c>"2023–24"</c> (en dash), <c>"2023—24"</c>,
/// <c>"2023-2024"</c>, <c>"2023 / 2024"</c>, or a single year (<c>"2021"</c>), and writes them the catalog's way (<c>"2023-24"</c>).
/// </summary>
internal static class SeasonLabel
{
    private static readonly char[] Separators = ['-', '/', '\u2013', '\u2014', '\u2012', '\u2212'];

    /// <summary>Normalises a label, or returns null when it is not a season label (the second year must follow the first).</summary>
    public static string? Normalize(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var parts = label.Split(Separators, StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            return Year(parts[0]) is { } year ? year.ToString("D4", CultureInfo.InvariantCulture) : null;
        }

        if (parts.Length != 2 || Year(parts[0]) is not { } first)
        {
            return null;
        }

        var second = parts[1];
        var follows = second.Length switch
        {
            2 => int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var yy) && yy == (first + 1) % 100,
            4 => Year(second) == first + 1,
            _ => false,
        };
        return follows ? $"{first:D4}-{(first + 1) % 100:D2}" : null;
    }

    private static int? Year(string text)
        => text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
}
