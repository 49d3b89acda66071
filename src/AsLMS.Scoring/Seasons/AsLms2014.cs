using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2014: five 3-hour rounds planned, four held; best 4 results; an Asian or Oceanian driver in every crew.</summary>
internal static class AsLms2014
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var threeHours = Duration.FromHours(3);
        var calendar = Provenance.Of(
            Reported,
            "Calendar as revised in 2014 [S10]; the Buriram round (23 November) was cancelled after Shanghai for lack of entries, "
            + "leaving four races [S8].",
            Sources.S8,
            Sources.S10,
            Sources.Buriram2014Cancelled);
        var season = new CalendarBuilder("2014")
            .Event("3 Hours of Inje", Circuits.Inje, threeHours, calendar, new RaceDay(new LocalDate(2014, 7, 20)))
            .Event("3 Hours of Fuji", Circuits.Fuji, threeHours, calendar, new RaceDay(new LocalDate(2014, 8, 31)))
            .Event(
                "3 Hours of Shanghai",
                Circuits.Shanghai,
                threeHours,
                Provenance.Of(Reported, "Raced on Saturday 11 October 2014 (the provisional calendar said the 12th).", Sources.Shanghai2014, Sources.S10),
                new RaceDay(new LocalDate(2014, 10, 11)))
            .Event("3 Hours of Sepang", Circuits.Sepang, threeHours, calendar, new RaceDay(new LocalDate(2014, 12, 7)))
            .Build();

        var classSource = Provenance.Of(Reported, "2014 class structure: LMP2, CN (replacing LMPC), GT (GTE, GT3 and GT300 under a BoP), GT Am (cup cars).", Sources.S9, Sources.S11);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class("CN", "FIA CN2 prototypes (new; replaced the entry-less LMPC).", classSource),
            Class("GT", "GTE, GT3 and JAF-GT300 cars together under a balance of performance.", classSource),
            Class("GT Am", "Cup cars and gentleman drivers; a class of its own.", classSource),
        ];

        var drops = new DropRule
        {
            Segments = [new DropSegment { FirstRound = 1, BestResults = 4 }],
            Provenance = Provenance.Of(
                Reported,
                "Best 4 results of the 5 planned rounds count, adopted after round 1 with the agreement of all teams [S12]. The rule "
                + "counts over the calendar: with Buriram cancelled only four races were held, so in effect every result counts [S8].",
                Sources.S12,
                Sources.S8),
        };

        var proAm = Provenance.Of(
            Uncertain,
            "The 2013 pro-am rule (at least one amateur and one professional) is assumed to continue: the announced 2014 changes [S9] do "
            + "not mention it, and S12 speaks of Platinum/Gold drivers in 3-driver crews.",
            Sources.S9,
            Sources.S12);
        var invitations = Provenance.Of(
            Reported,
            "Le Mans 2015: LMP2 1st; GT 1st and 2nd (to race GTE) [S9]. Only teams contesting all 4 remaining rounds (after round 1) are "
            + "eligible [S12]: from round 2.",
            Sources.S9,
            Sources.S12);

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
                    "Scale and class pole point derived: in CN, Kevin Tse won all four races and took the title by 50 points over Denis "
                    + "Lian's three second places [S8]; 4 x (25 + 1) - 3 x 18 = 50, assuming the four class poles went to the winning car. "
                    + "0.5 beyond 10th: not testable with these fields, assumed as the ELMS [S73]." + PoleAndTieBreakNote,
                    Sources.S8,
                    Sources.S73),
                drops: drops),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                CrewSize(Provenance.Of(Reported, "Crews of up to three drivers [S12]; two or three as in 2013 [S4].", Sources.S12, Sources.S4)),
                AmateurRequired(proAm),
                ProfessionalRequired(proAm),
                AsianOrOceanianDriver(Provenance.Of(
                    Reported,
                    "The 'Asian driver' now includes Oceania (Australia, New Zealand) [S9][S11]. The rule is applied to 2014 only: in "
                    + "2015-16 the LMP2 champions raced rounds 3-4 with Leutwiler (CHE) and Webb (GBR) [S14], a crew it would have "
                    + "refused, so it ended with the ACO's takeover (derived).",
                    Sources.S9,
                    Sources.S11,
                    Sources.S14)),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations) with { MustContestFromRound = 2 },
                Invitation("GT", 1, LeMansClasses.LmgteAm, invitations) with { MustContestFromRound = 2 },
                Invitation("GT", 2, LeMansClasses.LmgteAm, invitations) with { MustContestFromRound = 2 },
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes, best-4 rule, crew rule and invitations reported; scale derived.", Sources.S8, Sources.S9, Sources.S12),
            Notes = "Best 4 of 5 planned rounds; Buriram was cancelled, so all four results count. In a 3-driver crew a Platinum/Gold "
                + "driver could drive up to 90 minutes of a 3-hour race [S12]: a drive-time limit, not a crew composition rule, so not modelled.",
        };
    }
}
