using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Seasons;

/// <summary>Built-in rule sets of other ACO series, as examples of what the model expresses beyond the AsLMS.</summary>
/// <remarks>This type is stateless and thread-safe; every rule set is immutable and built once.</remarks>
public static class OtherSeries
{
    /// <summary>Gets the 2025 FIA World Endurance Championship: eight rounds, Hypercar and LMGT3.</summary>
    /// <remarks>
    /// Confirmed (fiawec.com): the scales by race length (6 h: 25-18-15-12-10-8-6-4-2-1; 8 h and 10 h, including the Qatar
    /// 1812 km scored as a 10-hour race: 38-27-23-18-15-12-9-6-3-2; Le Mans: 50-36-30-24-20-16-12-8-4-2 and 1 point for each car
    /// beyond 10th), 1 point for class pole, only full-season entries score, 70 % of the overall winner's distance to be classified,
    /// and a driver who drove less than 45 minutes in a race scores nothing in it (the 2025 regulations; 1 hour until 2024).
    /// Reported: the calendar, half points below 75 % of the time, ties on wins. Uncertain: crew rules. Not modelled: the manufacturers' championship and the cup for independent teams.
    /// Races carry the categories <c>"6h"</c>, <c>"8h"</c>, <c>"10h"</c> and <c>"Le Mans"</c>.
    /// </remarks>
    public static RuleSet Wec2025 => Seasons.Wec2025.Rules;

    /// <summary>Gets the 2024 European Le Mans Series: six 4-hour races; LMP2, LMP2 Pro-Am, LMP3, LMGT3.</summary>
    /// <remarks>
    /// Reported: calendar, classes (LMP2 Pro-Am as a class of its own), 25-18-15-12-10-8-6-4-2-1 with 0.5 beyond 10th and 1 for
    /// pole (stated for 2015), only full-season entries score (from 2019), five invitations (LMP2 1st and 2nd, LMP2 Pro-Am 1st,
    /// LMP3 1st in LMP2, LMGT3 1st). Uncertain: classification distance, shortened races, crew rules other than Pro-Am's Bronze.
    /// </remarks>
    public static RuleSet Elms2024 => Seasons.Elms2024.Rules;

    /// <summary>Gets every rule set of this catalog.</summary>
    public static EquatableArray<RuleSet> All { get; } = [Wec2025, Elms2024];
}
