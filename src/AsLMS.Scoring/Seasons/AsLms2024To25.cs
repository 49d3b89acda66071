using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2024-25: six 4-hour races, a double-header at each of Sepang, Dubai and Yas Marina.</summary>
internal static class AsLms2024To25
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(Reported, "Six 4-hour races: Sepang 7-8 December 2024, Dubai 8-9 February 2025, Yas Marina 15-16 February 2025.", Sources.S46);
        var fourHours = Duration.FromHours(4);
        var season = new CalendarBuilder("2024-25")
            .Event("4 Hours of Sepang", Circuits.Sepang, fourHours, calendar, new RaceDay(new LocalDate(2024, 12, 7)), new RaceDay(new LocalDate(2024, 12, 8)))
            .Event("4 Hours of Dubai", Circuits.Dubai, fourHours, calendar, new RaceDay(new LocalDate(2025, 2, 8)), new RaceDay(new LocalDate(2025, 2, 9)))
            .Event("4 Hours of Abu Dhabi", Circuits.YasMarina, fourHours, calendar, new RaceDay(new LocalDate(2025, 2, 15)), new RaceDay(new LocalDate(2025, 2, 16)))
            .Build();

        var classSource = Provenance.Of(Reported, "2024-25 classes: LMP2, LMP3, GT.", Sources.S46);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class("LMP3", "Le Mans Prototype 3.", classSource),
            Class("GT", "GT3 cars.", classSource),
        ];

        var invitations = Provenance.Of(
            Reported,
            "Two invitations to Le Mans 2025: the LMP2 champion (Algarve Pro Racing) and the GT champion (Manthey, in LMGT3) [S47][S48].",
            Sources.S47,
            Sources.S48);

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
                    "25-18-15-12-10-8-6-4-2-1 plus 1 for class pole derived from published totals (regulations.md section 2). Whether "
                    + "classified cars beyond 10th score could not be tested (small LMP2 and LMP3 fields): none, as derived for 2023-24. "
                    + "The red-flagged Sepang race 2 (about 80 % of its time) kept full points (derived)." + PoleAndTieBreakNote,
                    Sources.S46)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                BronzeInEveryClassSince2023,
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations),
                Invitation("GT", 1, LeMansClasses.Lmgt3, invitations),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes and invitations reported; scale and pole point derived.", Sources.S46, Sources.S47),
            Notes = "As 2023-24 with a second Dubai race. Whether the half point beyond 10th applies is unknown (assumed not, as 2023-24).",
        };
    }
}
