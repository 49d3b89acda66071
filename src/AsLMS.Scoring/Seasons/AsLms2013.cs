using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2013: the relaunch, four 3-hour races, pro-am crews with an Asian driver.</summary>
internal static class AsLms2013
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var threeHours = Duration.FromHours(3);
        var season = new CalendarBuilder("2013")
            .Event("3 Hours of Inje", Circuits.Inje, threeHours, Provenance.Of(Reported, "Season opener on 4 August 2013; 3-hour races [S4][S5].", Sources.S4, Sources.S5), new RaceDay(new LocalDate(2013, 8, 4)))
            .Event("3 Hours of Fuji", Circuits.Fuji, threeHours, Provenance.Of(Reported, "22 September 2013, with a guest Super GT300 (SGT) class that scored in Super GT only.", Sources.S4, Sources.Fuji2013), new RaceDay(new LocalDate(2013, 9, 22)))
            .Event("3 Hours of Zhuhai", Circuits.Zhuhai, threeHours, Provenance.Of(Reported, "Race on Sunday 13 October 2013 (qualifying on the 12th).", Sources.Zhuhai2013), new RaceDay(new LocalDate(2013, 10, 13)))
            .Event("3 Hours of Sepang", Circuits.Sepang, threeHours, Provenance.Of(Reported, "Season finale on 8 December 2013.", Sources.S4, Sources.Calendar2013), new RaceDay(new LocalDate(2013, 12, 8)))
            .Build();

        var regulations = Provenance.Of(Reported, "One of the four categories of the 2013 regulations.", Sources.S4, Sources.S2);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", regulations),
            Class("LMPC", "Le Mans Prototype Challenge (spec Oreca FLM09); it drew no entry.", Provenance.Of(Reported, "In the regulations [S4]; no car entered it (replaced by CN in 2014).", Sources.S4, Sources.AsLmsHistory)),
            Class(
                "GTE",
                "LM GTE cars. Dropped from the regulations in April 2013, yet one Ferrari 458 GTE (Team Taisan Ken Endless) raced in a GTE class all season.",
                Provenance.Of(
                    Reported,
                    "Sources conflict: the April 2013 regulations removed LM GTE [S2][S4], but race results show a GTE class and the "
                    + "history notes give it a champion (Team Taisan Ken Endless); the class is kept so that its results can be scored.",
                    Sources.S2,
                    Sources.Fuji2013,
                    Sources.Zhuhai2013,
                    Sources.AsLmsHistory)),
            Class("GTC", "GT Challenge: FIA GT3, one-make series and JAF-GT300 cars.", regulations),
            Class(
                "GTC Am",
                "GT Challenge Amateur, for gentleman drivers' teams (one-make cup cars). Modelled as a class of its own.",
                Provenance.Of(
                    Reported,
                    "Introduced on 20 April 2013: 'the GT category now consists of GTC and GTC Am' [S2][S6]. Whether a GTC Am car also "
                    + "scored in GTC is not known (uncertain); the four categories of [S4] read as separate classes.",
                    Sources.S2,
                    Sources.S6,
                    Sources.S4)),
        ];

        var proAm = Provenance.Of(
            Reported,
            "'All four categories require at least one amateur driver and one professional driver' [S4]; amateur and professional are read "
            + "as the FIA categories Silver/Bronze and Gold/Platinum [S69] (assumed).",
            Sources.S4,
            Sources.S69);
        var invitations = Provenance.Of(
            Reported,
            "Final 2013 regulations: LMP2 1st, GTC 1st and 2nd (to race GTE Am at Le Mans 2014) [S2][S6]. The LMPC winner got the Le Mans "
            + "Test Day only, which is not an invitation. The October 2012 plan (LMP2 and GTE winners) was superseded [S7].",
            Sources.S2,
            Sources.S6,
            Sources.S7);

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
                    "No 2013 points system was found. Assumed: the ELMS scale of the time, 25-18-15-12-10-8-6-4-2-1 and 0.5 for other "
                    + "classified cars [S73], with 1 point for class pole as derived for 2014 [S8]." + PoleAndTieBreakNote,
                    Sources.S73,
                    Sources.S8)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                CrewSize(Provenance.Of(Reported, "A maximum of three drivers per car [S4]; crews of two or three, always with an amateur and a professional (the 2012 plan).", Sources.S4, Sources.Plan2013)),
                AmateurRequired(proAm),
                ProfessionalRequired(proAm),
                AsianDriver(Provenance.Of(Reported, "Every car must have at least one driver of Asian nationality [S4]; region per the library's country table (UN M49).", Sources.S4)),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations),
                Invitation("GTC", 1, LeMansClasses.LmgteAm, invitations),
                Invitation("GTC", 2, LeMansClasses.LmgteAm, invitations),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes, crew rules and invitations reported; points assumed.", Sources.S4, Sources.S2),
            Notes = "Points not found (ELMS scale assumed). A GTE class ran with one car although the regulations had dropped it. "
                + "The guest SGT class at Fuji is not part of the championship. The LMPC winner's Le Mans Test Day place is not an invitation.",
        };
    }
}
