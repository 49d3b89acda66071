using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2018-19: an LMP2 Am trophy for all-gentleman crews inside LMP2; GT Cup for Am crews only.</summary>
internal static class AsLms2018To19
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(Reported, "2018-19 calendar, four 4-hour races at FIA Grade 1 circuits.", Sources.S26, Sources.S25);
        var fourHours = Duration.FromHours(4);
        var season = new CalendarBuilder("2018-19")
            .Event("4 Hours of Shanghai", Circuits.Shanghai, fourHours, calendar, new RaceDay(new LocalDate(2018, 11, 25)))
            .Event("4 Hours of Fuji", Circuits.Fuji, fourHours, calendar, new RaceDay(new LocalDate(2018, 12, 9)))
            .Event("4 Hours of Buriram", Circuits.Buriram, fourHours, calendar, new RaceDay(new LocalDate(2019, 1, 12)))
            .Event("4 Hours of Sepang", Circuits.Sepang, fourHours, calendar, new RaceDay(new LocalDate(2019, 2, 24)))
            .Build();

        var classSource = Provenance.Of(Reported, "2018-19 classes: LMP2 (pro-am) with an LMP2 Am trophy, LMP3, GT, GT Cup (now with GT4, Am crews only).", Sources.S27, Sources.S21, Sources.AsLmsHistory);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2, pro-am crews.", classSource),
            Class("LMP2 Am", "Trophy inside LMP2 for all-gentleman crews.", Provenance.Of(Reported, "LMP2 Am trophy for all-gentleman crews [S27]; its winner invited to Le Mans [S29].", Sources.S27, Sources.S29), parent: "LMP2"),
            Class("LMP3", "Le Mans Prototype 3.", classSource),
            Class("GT", "GT3 cars (a separate GTE class only with at least 4 GTE entries, which did not happen).", classSource),
            Class(
                "GT Am",
                "Amateur sub-classification of GT.",
                Provenance.Of(Uncertain, "Not in the 2018-19 regulation notes, but the history notes name GT Am champions (Tianshi Racing Team); modelled as in 2017-18.", Sources.AsLmsHistory),
                parent: "GT"),
            Class(
                "GT Cup",
                "GT Cup and GT4 cars, Am crews only.",
                Provenance.Of(Reported, "GT Cup now with GT4, Am crews only [S27]; its champion (Modena Motorsports) is in the history notes' teams table.", Sources.S27, Sources.AsLmsHistory)),
        ];

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
                    "Not found for 2018-19. Assumed as the seasons around it: the modern scale and class pole point (derived for 2015-16 "
                    + "[S15] and 2017-18 [S24]), 0.5 for other classified cars (reported for 2015-16 [S14] and 2021 [S33])." + PoleAndTieBreakNote,
                    Sources.S24,
                    Sources.S33)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                SilverOrBronzeRequired(Provenance.Of(Reported, "LMP2 is pro-am [S27]: at least one Silver or Bronze as on the class page [S21][S17].", Sources.S27, Sources.S21, Sources.S17), "LMP2"),
                AssumedLmp3Bronze,
                AllAm(Provenance.Of(Reported, "LMP2 Am is for all-gentleman crews [S27]; read as no Gold or Platinum (assumed).", Sources.S27), "LMP2 Am"),
                AllAm(Provenance.Of(Reported, "GT Cup: Am crews only [S27].", Sources.S27), "GT Cup"),
                AllAm(Provenance.Of(Uncertain, "GT Am crew rule not found; all-Am assumed as in 2017-18 [S23].", Sources.S23), "GT Am"),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, Provenance.Of(Confirmed, "LMP2 champion invited to Le Mans 2019 (official news) [S29][S27].", Sources.S29, Sources.S27)),
                Invitation("LMP2 Am", 1, LeMansClasses.Lmp2, Provenance.Of(Confirmed, "LMP2 Am champion invited to Le Mans 2019 (official news) [S29][S27].", Sources.S29, Sources.S27)),
                Invitation("LMP3", 1, LeMansClasses.Lmp2, Provenance.Of(Reported, "LMP3 champion invited, to race LMP2 [S27][S28]. An older plan (Feb 2018) gave GT 1st and 2nd instead [S25].", Sources.S27, Sources.S28, Sources.S25)),
                Invitation("GT", 1, LeMansClasses.LmgteAm, Provenance.Of(Reported, "GT champion invited, to race LMGTE Am [S27][S28].", Sources.S27, Sources.S28)),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes and invitations reported (LMP2 and LMP2 Am invitations confirmed); points not found.", Sources.S26, Sources.S27, Sources.S29),
            Notes = "LMP2 Am is a trophy inside LMP2 (an LMP2 Am car scores in both). GT Am is modelled from the history notes' champions. "
                + "Points as the seasons around it (not found).",
        };
    }
}
