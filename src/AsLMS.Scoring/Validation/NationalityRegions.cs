using System.Collections.Frozen;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// The default nationality-to-region table of validation: the countries of Asia (with the Middle East and the Caucasus, as UN M49
/// places them) and of Oceania, by ISO 3166-1 alpha-3 code. Other countries are unknown: none of them can count as Asian or Oceanian,
/// which is all the AsLMS rules ask (2013: one Asian driver; from 2014: one Asian or Oceanian driver).
/// </summary>
internal static class NationalityRegions
{
    private static readonly FrozenDictionary<string, WorldRegion> Table = Build();

    /// <summary>Gets the region of an ISO alpha-3 code, or null when it is not an Asian or Oceanian country.</summary>
    public static WorldRegion? AsiaAndOceania(string nationality)
        => nationality is not null && Table.TryGetValue(nationality.Trim(), out var region) ? region : null;

    private static FrozenDictionary<string, WorldRegion> Build()
    {
        // UN M49: Central, Eastern, South-eastern, Southern and Western Asia.
        string[] asia =
        [
            "KAZ", "KGZ", "TJK", "TKM", "UZB",
            "CHN", "HKG", "MAC", "PRK", "JPN", "MNG", "KOR", "TWN",
            "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM",
            "AFG", "BGD", "BTN", "IND", "IRN", "MDV", "NPL", "PAK", "LKA",
            "ARM", "AZE", "BHR", "CYP", "GEO", "IRQ", "ISR", "JOR", "KWT", "LBN", "OMN", "QAT", "SAU", "PSE", "SYR", "TUR", "ARE", "YEM",
        ];

        // UN M49: Australia and New Zealand, Melanesia, Micronesia, Polynesia.
        string[] oceania =
        [
            "AUS", "NZL", "NFK", "CXR", "CCK", "HMD",
            "FJI", "NCL", "PNG", "SLB", "VUT",
            "GUM", "KIR", "MHL", "FSM", "NRU", "MNP", "PLW", "UMI",
            "ASM", "COK", "PYF", "NIU", "PCN", "WSM", "TKL", "TON", "TUV", "WLF",
        ];

        var table = new Dictionary<string, WorldRegion>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in asia)
        {
            table.Add(code, WorldRegion.Asia);
        }

        foreach (var code in oceania)
        {
            table.Add(code, WorldRegion.Oceania);
        }

        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
