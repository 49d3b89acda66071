using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2021: four 4-hour races in the UAE within eight days; 0.5 points beyond 10th; six invitations.</summary>
internal static class AsLms2021
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(
            Reported,
            "Calendar of 13 January 2021: two races at Dubai Autodrome (Saturday 13 and Sunday 14 February), two at Yas Marina "
            + "(Friday 19 and Saturday 20 February).",
            Sources.S33,
            Sources.Calendar2021);
        var fourHours = Duration.FromHours(4);
        var season = new CalendarBuilder("2021")
            .Event("4 Hours of Dubai", Circuits.Dubai, fourHours, calendar, new RaceDay(new LocalDate(2021, 2, 13)), new RaceDay(new LocalDate(2021, 2, 14)))
            .Event("4 Hours of Abu Dhabi", Circuits.YasMarina, fourHours, calendar, new RaceDay(new LocalDate(2021, 2, 19)), new RaceDay(new LocalDate(2021, 2, 20)))
            .Build();

        var classSource = Provenance.Of(Reported, "2021 classes: LMP2 with an LMP2 Am sub-class, LMP3, GT with a GT Am sub-class.", Sources.S33, Sources.AsLmsHistory);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class("LMP2 Am", "Amateur sub-classification of LMP2.", classSource, parent: "LMP2"),
            Class("LMP3", "Le Mans Prototype 3 (2020-generation cars admitted).", classSource),
            Class("GT", "GT3 cars.", classSource),
            Class("GT Am", "Amateur sub-classification of GT.", classSource, parent: "GT"),
        ];

        var invitations = Provenance.Of(
            Reported,
            "Six invitations to Le Mans 2021: LMP2 and LMP3 champions (both in LMP2), the first four of the GT championship [S34]. "
            + "A later report says the LMP2 count could rise with more than 17 entries [S35]; not modelled.",
            Sources.S34,
            Sources.S35);

        return new RuleSet
        {
            Series = SeriesName,
            Season = season,
            Classes = classes,
            Tables = TablesFor(classes),
            Scoring = AsLmsScoring(
                Points.Half,
                Provenance.Of(
                    Reported,
                    "25-18-15-12-10-8-6-4-2-1, 0.5 for every other classified car, 1 for class pole [S33]; consistent with 52 points "
                    + "= 2 x (25 + 1) after two wins from pole [S34]." + PoleAndTieBreakNote,
                    Sources.S33,
                    Sources.S34)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                AssumedLmp2SilverOrBronze,
                AssumedLmp3Bronze,
                AllAm(Provenance.Of(Uncertain, "The Am sub-classifications are for amateur crews; the exact rule was not found. No Gold or Platinum assumed.", Sources.S33), "LMP2 Am", "GT Am"),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations),
                Invitation("LMP3", 1, LeMansClasses.Lmp2, invitations),
                Invitation("GT", 1, LeMansClasses.LmgteAm, invitations),
                Invitation("GT", 2, LeMansClasses.LmgteAm, invitations),
                Invitation("GT", 3, LeMansClasses.LmgteAm, invitations),
                Invitation("GT", 4, LeMansClasses.LmgteAm, invitations),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes, points and invitations reported.", Sources.S33, Sources.S34),
            Notes = "The first single-year season, all in the UAE (COVID-19). GT top 4 invited. The Am sub-classifications score inside their classes too.",
        };
    }
}
