using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2023: a Bronze driver mandatory in every class, so the Am sub-classes go; the last single-year season.</summary>
internal static class AsLms2023
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(Reported, "Dubai Autodrome on 11 and 12 February 2023, Yas Marina on 18 and 19 February.", Sources.Season2023, Sources.S41);
        var fourHours = Duration.FromHours(4);
        var season = new CalendarBuilder("2023")
            .Event("4 Hours of Dubai", Circuits.Dubai, fourHours, calendar, new RaceDay(new LocalDate(2023, 2, 11)), new RaceDay(new LocalDate(2023, 2, 12)))
            .Event("4 Hours of Abu Dhabi", Circuits.YasMarina, fourHours, calendar, new RaceDay(new LocalDate(2023, 2, 18)), new RaceDay(new LocalDate(2023, 2, 19)))
            .Build();

        var classSource = Provenance.Of(Reported, "2023 classes: LMP2, LMP3, GT; the Am sub-classes were dropped with the mandatory Bronze.", Sources.S41, Sources.Season2023);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class("LMP3", "Le Mans Prototype 3.", classSource),
            Class("GT", "GT3 cars.", classSource),
        ];

        var invitations = Provenance.Of(
            Reported,
            "Le Mans 2023: LMP2, LMP3 (in LMP2) and GT (in LMGTE Am) champions, 'subject to other criteria' [S41][S42].",
            Sources.S41,
            Sources.S42);

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
                    "Not found for 2023. Assumed as 2021, the same single-year UAE format: 25-18-15-12-10-8-6-4-2-1, 0.5 for other "
                    + "classified cars, 1 for class pole [S33]; 2023-24 is derived without the half point, so the half point here is the "
                    + "least certain fact. Ties: countback reported: the LMP3 title, tied on 73 points, went to Graff on more second places."
                    + " The pole point is kept when the car does not score race points (derived from 2023-24 totals, assumed here).",
                    Sources.S33,
                    Sources.Countback2023)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                BronzeRequired(Provenance.Of(Reported, "For the first time a Bronze-rated driver is mandatory in each class, and only Bronze drivers qualify.", Sources.Season2023)),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations) with { SubjectToOtherCriteria = true },
                Invitation("LMP3", 1, LeMansClasses.Lmp2, invitations) with { SubjectToOtherCriteria = true },
                Invitation("GT", 1, LeMansClasses.LmgteAm, invitations) with { SubjectToOtherCriteria = true },
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes, Bronze rule, tie-break and invitations reported; points assumed as 2021.", Sources.S41, Sources.Season2023),
            Notes = "A Bronze driver is mandatory in every class (and sets the qualifying time), so there are no Am sub-classes. "
                + "Whether the 0.5 point beyond 10th still applied is not known (assumed yes, as 2021).",
        };
    }
}
