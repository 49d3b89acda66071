using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2016-17: 4-hour races; a GT Am sub-classification inside GT with its own invitation when it has enough entries.</summary>
internal static class AsLms2016To17
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(Reported, "2016-17 calendar, four 4-hour races.", Sources.S18);
        var fourHours = Duration.FromHours(4);
        var season = new CalendarBuilder("2016-17")
            .Event(
                "4 Hours of Zhuhai",
                Circuits.Zhuhai,
                fourHours,
                Provenance.Of(Confirmed, "30 October 2016, start at 13:00 (official race report).", Sources.Zhuhai2016Start, Sources.S18),
                new RaceDay(new LocalDate(2016, 10, 30), new LocalTime(13, 0)))
            .Event(
                "4 Hours of Fuji",
                Circuits.Fuji,
                fourHours,
                Provenance.Of(Confirmed, "Sunday 4 December 2016, green flag at 12:15 (official race report).", Sources.Fuji2016Start, Sources.S18),
                new RaceDay(new LocalDate(2016, 12, 4), new LocalTime(12, 15)))
            .Event("4 Hours of Buriram", Circuits.Buriram, fourHours, calendar, new RaceDay(new LocalDate(2017, 1, 8)))
            .Event("4 Hours of Sepang", Circuits.Sepang, fourHours, calendar, new RaceDay(new LocalDate(2017, 1, 22)))
            .Build();

        var classSource = Provenance.Of(Reported, "2016-17 classes: LMP2, LMP3, CN, GT, GT Cup (replacing GT Am as a class).", Sources.S18, Sources.AsLmsHistory);
        var gtAm = Provenance.Of(
            Reported,
            "An amateur classification inside GT for all-privateer crews, with a Le Mans invitation if it has enough entries [S19]. "
            + "Not in the history's champions table. The year of S19 is inferred (uncertain).",
            Sources.S19);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class("LMP3", "Le Mans Prototype 3.", classSource),
            Class("CN", "FIA CN2 prototypes.", classSource),
            Class("GT", "GT3 and other GT cars.", classSource),
            Class("GT Am", "Amateur sub-classification of GT: all-privateer, all-Am crews.", gtAm, parent: "GT"),
            Class("GT Cup", "One-make cup cars (e.g. Porsche 911 GT3 Cup).", classSource),
        ];

        var invitations = Provenance.Of(
            Reported,
            "Le Mans 2017: LMP2 and LMP3 champions (both in LMP2), GT champion (GTE), and the GT Am winner if the sub-class had enough "
            + "entries ('>= 3 ?'), otherwise GT 2nd [S19]. The year of S19 is inferred (uncertain).",
            Sources.S19);

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
                    "25 for a win derived: Jackie Chan DC Racing had 43 = 25 + 18 after two rounds [S20]. Class pole point assumed as "
                    + "derived for 2015-16 [S15] and 2017-18 [S24]; 0.5 for other classified cars assumed as reported for 2015-16 [S14] "
                    + "and 2021 [S33]." + PoleAndTieBreakNote,
                    Sources.S20,
                    Sources.S15,
                    Sources.S24,
                    Sources.S14)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                ClassPageLmp2SilverOrBronze,
                ClassPageLmp3Bronze,
                AllAm(Provenance.Of(Reported, "GT Am: 'reine Privatiersbesatzungen', all-amateur crews [S19]; read as no Gold or Platinum (assumed).", Sources.S19), "GT Am"),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations),
                Invitation("LMP3", 1, LeMansClasses.Lmp2, invitations),
                Invitation("GT", 1, LeMansClasses.LmgteAm, invitations),
                GtAmInvitationElseGtSecond(invitations),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes, crew rules and invitations reported; points partly derived.", Sources.S18, Sources.S19, Sources.S21),
            Notes = "GT Am is a sub-classification inside GT (a GT Am car scores in GT and GT Am). Its invitation needs about 3 entries "
                + "(3 assumed), else it goes to GT 2nd. The Michelin Asia GT Challenge invitation (Le Mans 2018, LMGTE Am) came from a "
                + "combined AsLMS 2016-17 GT3 and GT Asia 2017 classification [S71]; it needs GT Asia results, so it is not modelled.",
        };
    }
}
