using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2009: the inaugural event, the 1000 km of Okayama, run as two 500 km parts and classified on aggregate.</summary>
internal static class AsLms2009
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var season = new CalendarBuilder("2009")
            .Event(
                "1000 km of Okayama",
                Circuits.Okayama,
                duration: null,
                scheduledLaps: 272,
                category: null,
                Provenance.Of(
                    Reported,
                    "The only event of 2009: two 500 km parts (136 laps, 3 h maximum each) on Saturday 31 October (start 12:30) and "
                    + "Sunday 1 November, classified on aggregate, the class winners of the aggregate being the champions. The rule set "
                    + "holds one race (272 laps, dated 1 November) whose results are that aggregate classification. A second event at "
                    + "Shanghai on 7-8 November was cancelled.",
                    Sources.S1,
                    Sources.S3,
                    Sources.Okayama2009De,
                    Sources.Okayama2009Lola),
                new RaceDay(new LocalDate(2009, 11, 1)))
            .Build(firstDay: new LocalDate(2009, 10, 31));

        var classesSource = Provenance.Of(Reported, "The four ACO categories of 2009.", Sources.S1, Sources.S3);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP1", "Le Mans Prototype 1.", classesSource),
            Class("LMP2", "Le Mans Prototype 2.", classesSource),
            Class("GT1", "LM GT1 grand tourers.", classesSource),
            Class("GT2", "LM GT2 grand tourers.", classesSource),
        ];

        var invitationSource = Provenance.Of(
            Reported,
            "The winning team of each of the four categories was invited to the 2010 24 Hours of Le Mans, in its own category.",
            Sources.S1,
            Sources.S3);

        return new RuleSet
        {
            Series = SeriesName,
            Season = season,
            Classes = classes,
            Tables = TablesFor(classes),
            Scoring = AsLmsScoring(
                Points.Zero,
                Provenance.Of(
                    Uncertain,
                    "No 2009 points system was found. The season was one aggregate classification whose class winners were the "
                    + "champions, so any decreasing scale ranks the same way: the modern scale is used, with no pole point, nothing "
                    + "beyond 10th and no shortened-race rule." + PoleAndTieBreakNote,
                    Sources.Okayama2009De),
                pole: Points.Zero,
                halfPoints: false),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                CrewSize(Provenance.Of(
                    Uncertain,
                    "Not found for 2009. Two or three drivers, as in every published 2009 crew (the LMP2 champions were three) and as "
                    + "the 2013 rules stated [S4].",
                    Sources.AsLmsHistory)),
            ],
            Invitations =
            [
                Invitation("LMP1", 1, LeMansClasses.Lmp1, invitationSource),
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitationSource),
                Invitation("GT1", 1, LeMansClasses.Lmgt1, invitationSource),
                Invitation("GT2", 1, LeMansClasses.Lmgt2, invitationSource),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes and invitations reported; points and crew rules not found.", Sources.S1, Sources.S3),
            Notes = "One event (Okayama), two 500 km parts classified on aggregate: modelled as one race whose result is the aggregate "
                + "classification. Points and crew rules were not found; the class winners were the champions and earned Le Mans 2010 "
                + "invitations.",
        };
    }
}
