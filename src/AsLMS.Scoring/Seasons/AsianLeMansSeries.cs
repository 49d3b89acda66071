using AsLMS.Scoring.Rules;
using NodaTime;

namespace AsLMS.Scoring.Seasons;

/// <summary>
/// The built-in rule sets of every Asian Le Mans Series season, 2009 to the announced 2026-27, with the source and confidence of
/// each fact readable through <see cref="Provenance"/> on the rule set, its classes, tables, scoring, classification rule, crew
/// requirements, invitations and calendar events.
/// </summary>
/// <remarks>
/// <para>Where a fact is uncertain, the rule set takes the most likely value and says so in the provenance note and in the
/// property's documentation below. A provenance's confidence is that of its least certain fact; its note gives each fact's status.
/// The full per-season account is in <c>docs/seasons.md</c>.</para>
/// <para>Conventions shared by every season: a teams' table (per car, <c>"{class} Teams"</c>) and a drivers' table
/// (<c>"{class} Drivers"</c>) for each class and sub-classification; races identified <c>"R1"</c>, <c>"R2"</c>... in round order,
/// each race of a double-header being a round; a season spans from its first to its last race day; class pole points are kept
/// whatever the car does in the race (derived for 2023-24); ties are broken by countback (assumed: no AsLMS text was found);
/// 70 % of the class winner's distance to be classified (assumed); when a team declines an invitation it lapses (no pass-down rule
/// was found; the ACO's selection committee decides).</para>
/// <para>This type is stateless and thread-safe; every rule set is immutable and built once.</para>
/// </remarks>
public static class AsianLeMansSeries
{
    /// <summary>Gets the 2009 season: the 1000 km of Okayama, classes LMP1, LMP2, GT1 and GT2.</summary>
    /// <remarks>
    /// Reported: the calendar (two 500 km parts on 31 October and 1 November 2009, classified on aggregate, modelled as one race),
    /// the classes and the four class winners' invitations to Le Mans 2010. Uncertain: points (modern scale, only the order matters
    /// with one classification) and crew size (2-3).
    /// </remarks>
    public static RuleSet Season2009 => AsLms2009.Rules;

    /// <summary>Gets the 2013 season: four 3-hour races (Inje, Fuji, Zhuhai, Sepang); LMP2, LMPC, GTE, GTC, GTC Am.</summary>
    /// <remarks>
    /// Reported: dates, classes (GTE ran with one car although the regulations dropped it; GTC Am modelled as a class of its own),
    /// pro-am crews of 2-3 with one Silver/Bronze and one Gold/Platinum, one Asian driver per crew, invitations LMP2 1st and GTC 1st
    /// and 2nd (LMGTE Am). Uncertain: points (the ELMS scale of the time, 0.5 beyond 10th, class pole point).
    /// </remarks>
    public static RuleSet Season2013 => AsLms2013.Rules;

    /// <summary>Gets the 2014 season: four 3-hour races held of five planned; best 4 results count.</summary>
    /// <remarks>
    /// Reported: dates (Buriram cancelled), classes LMP2, CN, GT, GT Am, best 4 results (over the calendar: with four races held,
    /// all count), one Asian or Oceanian driver per crew, invitations LMP2 1st and GT 1st and 2nd for teams contesting every round
    /// from round 2. Derived: the scale and class pole point (CN title margin). Uncertain: 0.5 beyond 10th, pro-am kept from 2013.
    /// The Asian/Oceanian rule is applied to 2014 only (derived from 2015-16 crews).
    /// </remarks>
    public static RuleSet Season2014 => AsLms2014.Rules;

    /// <summary>Gets the 2015-16 season: four races (Fuji 2 h, Sepang, Buriram, Sepang 3 h); LMP3 arrives.</summary>
    /// <remarks>
    /// Reported: dates, classes LMP2, LMP3, CN, GT, GT Am, 0.5 beyond 10th, LMP2 at least one Silver or Bronze, invitations only
    /// for teams contesting all rounds: LMP2 1st, GT 1st, LMP3 1st if LMP3 had at least 3 entries (else GT 2nd). Derived: 25 for a
    /// win and 1 for pole. Uncertain: no multiplier for the 2-hour race, LMP3 Bronze rule, all-Am GT Am crews.
    /// </remarks>
    public static RuleSet Season2015To16 => AsLms2015To16.Rules;

    /// <summary>Gets the 2016-17 season: four 4-hour races; GT Am is a sub-classification of GT; GT Cup.</summary>
    /// <remarks>
    /// Reported: dates and start times (Zhuhai 13:00, Fuji 12:15), classes, LMP2 Silver/Bronze and LMP3 Bronze rules, all-Am GT Am,
    /// invitations LMP2, LMP3 (in LMP2) and GT champions plus the GT Am winner if it had about 3 entries (3 assumed), else GT 2nd.
    /// Derived: 25 for a win. Uncertain: pole point and 0.5 beyond 10th. Not modelled: the Michelin Asia GT Challenge invitation.
    /// </remarks>
    public static RuleSet Season2016To17 => AsLms2016To17.Rules;

    /// <summary>Gets the 2017-18 season: a 6-hour Buriram race on the normal scale; GT Am returns inside GT.</summary>
    /// <remarks>
    /// Reported: dates, classes LMP2, LMP3, GT, GT Am (sub-class), GT Cup, crew rules, invitations as 2016-17 (the GT Am one falls
    /// to GT 2nd without enough entries). Derived: scale, class pole point, no multiplier for the 6-hour race. Uncertain: 0.5 beyond 10th.
    /// </remarks>
    public static RuleSet Season2017To18 => AsLms2017To18.Rules;

    /// <summary>Gets the 2018-19 season: LMP2 with an LMP2 Am trophy inside it; GT Cup for Am crews.</summary>
    /// <remarks>
    /// Confirmed: the LMP2 and LMP2 Am invitations. Reported: dates, classes, all-gentleman LMP2 Am and Am-only GT Cup crews, the
    /// LMP3 (in LMP2) and GT (LMGTE Am) invitations. Uncertain: points (as the seasons around it), GT Am (from the history notes).
    /// </remarks>
    public static RuleSet Season2018To19 => AsLms2018To19.Rules;

    /// <summary>Gets the 2019-20 season: current LMP2 cars admitted, LMP2 Am a class of the previous-generation cars; The Bend.</summary>
    /// <remarks>
    /// Confirmed: LMP2 car eligibility. Reported: dates, classes, four invitations (LMP2, LMP2 Am, LMP3 in LMP2; GT in LMGTE Am).
    /// Uncertain: points (as the seasons around it), crew rules other than the LMP2 Am gentleman trophy, GT Am as a sub-class.
    /// </remarks>
    public static RuleSet Season2019To20 => AsLms2019To20.Rules;

    /// <summary>Gets the 2021 season: four 4-hour races in the UAE in February 2021.</summary>
    /// <remarks>
    /// Reported: dates, classes with LMP2 Am and GT Am sub-classes, points (25-18-15-12-10-8-6-4-2-1, 0.5 for other classified
    /// cars, 1 for pole), six invitations (LMP2 and LMP3 champions in LMP2, GT top 4 in LMGTE Am). Uncertain: crew rules.
    /// </remarks>
    public static RuleSet Season2021 => AsLms2021.Rules;

    /// <summary>Gets the 2022 season: the UAE format again; the LMP2 runner-up invited only with more than 10 full-season entries.</summary>
    /// <remarks>
    /// Reported: dates (race 1 at 16:30), classes with Am sub-classes, LMP2 Am crews (no Gold/Platinum, at most one Silver),
    /// invitations LMP2 champion, LMP2 runner-up with more than 10 full-season LMP2 entries, LMP3 champion (in LMP2), GT champion
    /// (LMGTE Am), all subject to other criteria. Uncertain: points (as 2021).
    /// </remarks>
    public static RuleSet Season2022 => AsLms2022.Rules;

    /// <summary>Gets the 2023 season: a Bronze mandatory in every class; LMP2, LMP3, GT.</summary>
    /// <remarks>
    /// Reported: dates, classes, the Bronze rule, countback (the LMP3 title was decided on second places), invitations LMP2, LMP3
    /// (in LMP2) and GT (LMGTE Am) champions subject to other criteria. Uncertain: points (as 2021, including the 0.5 beyond 10th).
    /// </remarks>
    public static RuleSet Season2023 => AsLms2023.Rules;

    /// <summary>Gets the 2023-24 season: Sepang returns; five races; LMP2 and GT champions invited.</summary>
    /// <remarks>
    /// Reported: dates (Sepang races at 14:00), classes, Bronze rule, invitations LMP2 (LMP2) and GT (LMGT3) champions only.
    /// Derived: 25-18-15-12-10-8-6-4-2-1 plus 1 for pole, nothing beyond 10th, pole point kept on retirement.
    /// </remarks>
    public static RuleSet Season2023To24 => AsLms2023To24.Rules;

    /// <summary>Gets the 2024-25 season: six 4-hour races, a double-header at each venue.</summary>
    /// <remarks>
    /// Reported: dates, classes, Bronze rule, invitations LMP2 and GT (LMGT3) champions. Derived: scale and pole point.
    /// Uncertain: nothing beyond 10th (not testable; as 2023-24).
    /// </remarks>
    public static RuleSet Season2024To25 => AsLms2024To25.Rules;

    /// <summary>Gets the 2025-26 season: six races; LMP2, LMP3 (third-generation cars), GT3.</summary>
    /// <remarks>
    /// Reported: dates (Sepang races at 13:00), classes, a Bronze in every class, invitations LMP2 and GT (LMGT3) champions.
    /// Uncertain: points (as 2023-24). Not modelled: category drive-time limits (figures not found).
    /// </remarks>
    public static RuleSet Season2025To26 => AsLms2025To26.Rules;

    /// <summary>Gets the announced 2026-27 season: Hypercar (privateer, pro-am, a Bronze), LMP2 and GT3.</summary>
    /// <remarks>
    /// Confirmed: the three classes and the Bronze rule for Hypercar and LMP2 (official class page). Uncertain: everything else.
    /// The calendar is not announced (no races; span assumed 1 December 2026 to 28 February 2027), LMP3 is not on the class page,
    /// points are assumed as 2023-24, the GT Bronze rule is assumed, and no invitation is listed because none is announced.
    /// </remarks>
    public static RuleSet Season2026To27 => AsLms2026To27.Rules;

    /// <summary>Gets every season in chronological order.</summary>
    public static EquatableArray<RuleSet> All { get; } =
    [
        Season2009, Season2013, Season2014, Season2015To16, Season2016To17, Season2017To18, Season2018To19, Season2019To20,
        Season2021, Season2022, Season2023, Season2023To24, Season2024To25, Season2025To26, Season2026To27,
    ];

    /// <summary>
    /// Finds a season by its label, written in any usual way: <c>"2023-24"</c>, <c>"2023/24"</c>, <c>"2023–24"</c> (en dash),
    /// <c>"2023-2024"</c>; a single year for 2009, 2013, 2014, 2021, 2022 and 2023.
    /// </summary>
    /// <param name="label">The label.</param>
    /// <returns>The season's rule set, or null when no season has that label.</returns>
    public static RuleSet? Find(string? label)
    {
        var normalized = SeasonLabel.Normalize(label);
        if (normalized is null)
        {
            return null;
        }

        foreach (var rules in All)
        {
            if (rules.Label == normalized)
            {
                return rules;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the season a date falls in (from its first to its last race day, both included). Seasons never overlap, so at most
    /// one matches; a date between seasons (an AsLMS summer, or 2010-2012) falls in none.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The season's rule set, or null when the date falls in no season.</returns>
    public static RuleSet? Find(LocalDate date)
    {
        foreach (var rules in All)
        {
            if (rules.Season.Contains(date))
            {
                return rules;
            }
        }

        return null;
    }
}
