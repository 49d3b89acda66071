using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2022: the UAE format again; the LMP2 runner-up invited only with more than 10 full-season LMP2 entries.</summary>
internal static class AsLms2022
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(
            Reported,
            "Dubai Autodrome on 12 and 13 February 2022 (race 1 at 4.30 pm), Yas Marina on 19 and 20 February [Gulf News]. The "
            + "calendar announced in 2021 said 11-12 February for Dubai [S36].",
            Sources.Calendar2022,
            Sources.S36);
        var fourHours = Duration.FromHours(4);
        var season = new CalendarBuilder("2022")
            .Event("4 Hours of Dubai", Circuits.Dubai, fourHours, calendar, new RaceDay(new LocalDate(2022, 2, 12), new LocalTime(16, 30)), new RaceDay(new LocalDate(2022, 2, 13)))
            .Event("4 Hours of Abu Dhabi", Circuits.YasMarina, fourHours, calendar, new RaceDay(new LocalDate(2022, 2, 19)), new RaceDay(new LocalDate(2022, 2, 20)))
            .Build();

        var classSource = Provenance.Of(Reported, "2022 classes: LMP2 with an Am sub-category, LMP3, GT [S37][S38]; the history notes also give GT Am champions.", Sources.S37, Sources.S38, Sources.AsLmsHistory);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class(
                "LMP2 Am",
                "Amateur sub-classification of LMP2, mainly Bronze drivers with at most one Silver.",
                Provenance.Of(Reported, "LMP2 Am inside LMP2 [S38]: Graff Racing was second in LMP2 and LMP2 Am champion from the same results.", Sources.S38, Sources.AsLmsHistory),
                parent: "LMP2"),
            Class("LMP3", "Le Mans Prototype 3.", classSource),
            Class("GT", "GT3 cars.", classSource),
            Class("GT Am", "Amateur sub-classification of GT.", Provenance.Of(Reported, "GT Am champions (SPS Automotive) in the history notes; not in the regulation notes' class list.", Sources.AsLmsHistory), parent: "GT"),
        ];

        var conditional = "Invitations were conditional on criteria outside the standings, e.g. a future full season in an ACO series [S40].";
        return new RuleSet
        {
            Series = SeriesName,
            Season = season,
            Classes = classes,
            Tables = TablesFor(classes),
            Scoring = AsLmsScoring(
                Points.Half,
                Provenance.Of(
                    Uncertain,
                    "Not found for 2022; assumed as reported for 2021: 25-18-15-12-10-8-6-4-2-1, 0.5 for other classified cars, 1 for "
                    + "class pole [S33]." + PoleAndTieBreakNote,
                    Sources.S33)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                AssumedLmp2SilverOrBronze,
                AssumedLmp3Bronze,
                AllAm(Provenance.Of(Reported, "LMP2 Am is 'mainly for Bronze drivers, with one Silver allowed per crew' [S38] (undated page, read as 2022): no Gold or Platinum.", Sources.S38), "LMP2 Am"),
                SilverLimit(Provenance.Of(Reported, "At most one Silver per LMP2 Am crew [S38] (undated page, read as 2022).", Sources.S38), "LMP2 Am"),
                AllAm(Provenance.Of(Uncertain, "GT Am crew rule not found; all-Am assumed.", Sources.AsLmsHistory), "GT Am"),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, Provenance.Of(Reported, "LMP2 champion invited to Le Mans 2022 [S35][S39]. " + conditional, Sources.S35, Sources.S39, Sources.S40)) with { SubjectToOtherCriteria = true },
                Invitation(
                    "LMP2",
                    2,
                    LeMansClasses.Lmp2,
                    Provenance.Of(Reported, "The LMP2 runner-up is invited only if LMP2 has more than 10 full-season entries [S35]. " + conditional, Sources.S35, Sources.S40)) with
                {
                    MinimumEntries = 11,
                    CountedEntries = EntryCountBasis.FullSeasonEntries,
                    SubjectToOtherCriteria = true,
                },
                Invitation("LMP3", 1, LeMansClasses.Lmp2, Provenance.Of(Reported, "LMP3 champion invited, to race LMP2 [S35][S39]. " + conditional, Sources.S35, Sources.S39, Sources.S40)) with { SubjectToOtherCriteria = true },
                Invitation(
                    "GT",
                    1,
                    LeMansClasses.LmgteAm,
                    Provenance.Of(Reported, "GT champion only, to race LMGTE Am [S35][S39]; an early report said GT top 3 [S37] (conflict, the later reports kept). " + conditional, Sources.S35, Sources.S39, Sources.S37, Sources.S40)) with { SubjectToOtherCriteria = true },
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes and invitations reported; points assumed as 2021.", Sources.S35, Sources.S36, Sources.S38),
            Notes = "The LMP2 runner-up invitation needs more than 10 full-season LMP2 entries (none lapses to another class). "
                + "Actual recipients: Nielsen (LMP2), CD Sport (LMP3), Inception (GT) [S40].",
        };
    }
}
