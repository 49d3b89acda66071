using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2015-16: the first winter season under the ACO; LMP3 arrives; invitations only for teams that contested every round.</summary>
internal static class AsLms2015To16
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(
            Reported,
            "Revised 2015-16 calendar: the planned Shanghai round was replaced by a second Sepang race; Fuji ran alongside the WEC.",
            Sources.S14,
            Sources.S13);
        var threeHours = Duration.FromHours(3);
        var season = new CalendarBuilder("2015-16")
            .Event("2 Hours of Fuji", Circuits.Fuji, Duration.FromHours(2), calendar, new RaceDay(new LocalDate(2015, 10, 10)))
            .Event("3 Hours of Sepang I", Circuits.Sepang, threeHours, calendar, new RaceDay(new LocalDate(2015, 11, 8)))
            .Event("3 Hours of Thailand", Circuits.Buriram, threeHours, calendar, new RaceDay(new LocalDate(2016, 1, 10)))
            .Event("3 Hours of Sepang II", Circuits.Sepang, threeHours, calendar, new RaceDay(new LocalDate(2016, 1, 24)))
            .Build();

        var classSource = Provenance.Of(Reported, "2015-16 classes: LMP2, LMP3 (new), CN, GT (GTE/GT3/GT300) and GT Am, split from GT.", Sources.S13, Sources.AsLmsHistory);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class("LMP3", "Le Mans Prototype 3 (new class).", classSource),
            Class("CN", "FIA CN2 prototypes.", classSource),
            Class("GT", "GTE, GT3 and GT300 cars.", classSource),
            Class("GT Am", "GT for gentleman drivers; a class of its own (split from GT).", classSource),
        ];

        var allRounds = Provenance.Of(
            Reported,
            "Le Mans 2016, only for teams that contested all rounds: LMP2 1st; GT 1st (in GTE); LMP3 1st (in LMP2) if the class had at "
            + "least 3 entries, otherwise the invitation goes to GT 2nd [S13][S16].",
            Sources.S13,
            Sources.S16);

        return new RuleSet
        {
            Series = SeriesName,
            Season = season,
            Classes = classes,
            Tables = TablesFor(classes),
            Scoring = AsLmsScoring(
                Points.Half,
                Provenance.Of(
                    Derived,
                    "25 for a class win and 1 for class pole derived: DC Racing scored '26 points' winning from pole at Buriram [S15]. "
                    + "The 25-18-15-12-10-8-6-4-2-1 scale with 0.5 for other classified cars is reported [S14]. No multiplier for the "
                    + "2-hour Fuji race was found (none applied, uncertain)." + PoleAndTieBreakNote,
                    Sources.S15,
                    Sources.S14)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                SilverOrBronzeRequired(Provenance.Of(Reported, "ACO statement for the WEC, ELMS and AsLMS: LMP2 crews need at least one Silver or Bronze [S17]; AsLMS class page [S21].", Sources.S17, Sources.S21), "LMP2"),
                BronzeRequired(Provenance.Of(Uncertain, "The AsLMS class page of about 2016-18 requires a Bronze in LMP3 [S21]; assumed from LMP3's first season.", Sources.S21), "LMP3"),
                AllAm(Provenance.Of(Uncertain, "GT Am is the gentleman drivers' class; its exact crew rule was not found. All-Am (no Gold or Platinum) assumed.", Sources.S13), "GT Am"),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, allRounds) with { MustContestFromRound = 1 },
                Invitation("GT", 1, LeMansClasses.LmgteAm, allRounds) with { MustContestFromRound = 1 },
                Invitation("LMP3", 1, LeMansClasses.Lmp2, allRounds) with
                {
                    MustContestFromRound = 1,
                    MinimumEntries = 3,
                    CountedEntries = EntryCountBasis.ClassEntries,
                    Fallback = FallbackTo("GT", 2, LeMansClasses.LmgteAm),
                },
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes and invitations reported; points derived.", Sources.S13, Sources.S14, Sources.S15),
            Notes = "The Asian/Oceanian driver rule of 2014 no longer applies (derived from the LMP2 champions' crew). The LMP3 invitation "
                + "needs at least 3 LMP3 entries, else it falls to GT 2nd. No multiplier for the 2-hour Fuji race (uncertain).",
        };
    }
}
