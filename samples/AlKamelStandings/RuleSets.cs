using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using NodaTime;

namespace AlKamelStandings;

/// <summary>Finds the rule set the <c>--rules</c> option names: a JSON file, or a built-in season by series and label.</summary>
internal static class RuleSets
{
    public static RuleSet Resolve(string? option)
    {
        if (option is null)
        {
            var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            return AsianLeMansSeries.All.Where(r => r.Season.FirstDay <= today).MaxBy(r => r.Season.FirstDay) ?? AsianLeMansSeries.All[0];
        }

        if (File.Exists(option))
        {
            return ScoringJson.LoadRuleSet(option);
        }

        // "wec-2025", "WEC 2025", "elms-2024", "aslms-2024-25" or an AsLMS label alone ("2024-25", "2023").
        var separator = option.IndexOfAny([' ', '-']);
        var prefix = separator > 0 ? option[..separator] : string.Empty;
        var label = separator > 0 ? option[(separator + 1)..] : option;
        var found = prefix.ToUpperInvariant() switch
        {
            "WEC" => OtherSeries.All.FirstOrDefault(r => r.Series == OtherSeries.Wec2025.Series && r.Label == label),
            "ELMS" => OtherSeries.All.FirstOrDefault(r => r.Series == OtherSeries.Elms2024.Series && r.Label == label),
            "ASLMS" => AsianLeMansSeries.Find(label),
            _ => AsianLeMansSeries.Find(option),
        };
        return found ?? throw new ArgumentException(
            $"No rule set '{option}': give a rule-set JSON file, an AsLMS season (2009 to 2026-27, e.g. 2024-25), wec-2025 or elms-2024.");
    }
}
