using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2019-20: current-generation LMP2 cars admitted; LMP2 Am becomes the class of the previous-generation cars; The Bend.</summary>
internal static class AsLms2019To20
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(Reported, "2019-20 calendar, announced 21 February 2019: four 4-hour races, the first outside Asia at The Bend.", Sources.S30);
        var fourHours = Duration.FromHours(4);
        var season = new CalendarBuilder("2019-20")
            .Event("4 Hours of Shanghai", Circuits.Shanghai, fourHours, calendar, new RaceDay(new LocalDate(2019, 11, 24)))
            .Event("4 Hours of The Bend", Circuits.TheBend, fourHours, calendar, new RaceDay(new LocalDate(2020, 1, 12)))
            .Event("4 Hours of Sepang", Circuits.Sepang, fourHours, Provenance.Of(Reported, "Saturday 15 February 2020, finishing after sunset.", Sources.S30), new RaceDay(new LocalDate(2020, 2, 15)))
            .Event("4 Hours of Buriram", Circuits.Buriram, fourHours, calendar, new RaceDay(new LocalDate(2020, 2, 23)))
            .Build();

        var classSource = Provenance.Of(Reported, "2019-20 classes: LMP2 (current-generation cars allowed), LMP2 Am (previous-generation cars only), LMP3, GT, GT Am.", Sources.S29, Sources.S31, Sources.AsLmsHistory);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2; current-generation (2017) cars admitted.", Provenance.Of(Confirmed, "Latest-generation LMP2 cars eligible from 2019-20 (official news) [S29].", Sources.S29)),
            Class(
                "LMP2 Am",
                "The previous-generation LMP2 cars, for gentleman (Bronze) crews: a class of its own, defined by the car.",
                Provenance.Of(Reported, "Older LMP2 cars run in LMP2 Am while new cars run in the 'Pro' category [S29][S31]; a separate class since eligibility differs by car (assumed).", Sources.S29, Sources.S31)),
            Class("LMP3", "Le Mans Prototype 3.", classSource),
            Class("GT", "GT3 cars.", classSource),
            Class("GT Am", "Amateur sub-classification of GT.", Provenance.Of(Uncertain, "GT Am listed [S31] and in the history notes; modelled as a sub-classification of GT as in 2017-19 (assumed).", Sources.S31, Sources.AsLmsHistory), parent: "GT"),
        ];

        var invitations = Provenance.Of(
            Reported,
            "Four invitations to Le Mans 2020: the LMP2, LMP2 Am, LMP3 and GT champions [S29][S31][S32]; LMP3 to race LMP2, GT to race LMGTE Am.",
            Sources.S29,
            Sources.S31,
            Sources.S32);

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
                    "Not found for 2019-20. Assumed as the seasons around it: the modern scale and class pole point (derived for 2015-16 "
                    + "[S15] and 2017-18 [S24]), 0.5 for other classified cars (reported for 2015-16 [S14] and 2021 [S33])." + PoleAndTieBreakNote,
                    Sources.S24,
                    Sources.S33)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                AssumedLmp2SilverOrBronze,
                AssumedLmp3Bronze,
                AllAm(Provenance.Of(Reported, "The older LMP2 cars were to form a Gentleman Trophy for Bronze drivers from 2019-20 [S23]; read as no Gold or Platinum.", Sources.S23), "LMP2 Am"),
                AllAm(Provenance.Of(Uncertain, "GT Am crew rule not found; all-Am assumed as in 2017-18 [S23].", Sources.S23), "GT Am"),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations),
                Invitation("LMP2 Am", 1, LeMansClasses.Lmp2, invitations),
                Invitation("LMP3", 1, LeMansClasses.Lmp2, invitations),
                Invitation("GT", 1, LeMansClasses.LmgteAm, invitations),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes and invitations reported; LMP2 eligibility confirmed; points not found.", Sources.S29, Sources.S30, Sources.S31),
            Notes = "LMP2 Am is modelled as a class of its own (previous-generation cars), not a sub-classification of LMP2. Points as the "
                + "seasons around it (not found).",
        };
    }
}
