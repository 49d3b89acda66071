using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>Every built-in rule set by a key a theory can carry: the AsLMS label, or "WEC 2025" / "ELMS 2024".</summary>
internal static class BuiltIn
{
    public static readonly string[] AsLmsLabels =
    [
        "2009", "2013", "2014", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20",
        "2021", "2022", "2023", "2023-24", "2024-25", "2025-26", "2026-27",
    ];

    public static IEnumerable<string> Keys => AsLmsLabels.Append("WEC 2025").Append("ELMS 2024");

    public static RuleSet Get(string key) => key switch
    {
        "WEC 2025" => OtherSeries.Wec2025,
        "ELMS 2024" => OtherSeries.Elms2024,
        _ => AsianLeMansSeries.Find(key) ?? throw new ArgumentException($"No built-in season '{key}'.", nameof(key)),
    };

    public static IEnumerable<RuleSet> All => Keys.Select(Get);
}
