using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2023-24: back to a winter season with Sepang; five races; invitations for the LMP2 and GT champions only.</summary>
internal static class AsLms2023To24
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(Reported, "Five 4-hour races: Sepang 2 and 3 December 2023, Dubai 4 February 2024, Yas Marina 10 and 11 February 2024.", Sources.Season2023To24, Sources.S43);
        var fourHours = Duration.FromHours(4);
        var twoPm = new LocalTime(14, 0);
        var season = new CalendarBuilder("2023-24")
            .Event(
                "4 Hours of Sepang",
                Circuits.Sepang,
                fourHours,
                Provenance.Of(Reported, "Saturday 2 and Sunday 3 December 2023, both races at 2 p.m. local time.", Sources.Season2023To24, Sources.Sepang2023Start),
                new RaceDay(new LocalDate(2023, 12, 2), twoPm),
                new RaceDay(new LocalDate(2023, 12, 3), twoPm))
            .Event("4 Hours of Dubai", Circuits.Dubai, fourHours, calendar, new RaceDay(new LocalDate(2024, 2, 4)))
            .Event("4 Hours of Abu Dhabi", Circuits.YasMarina, fourHours, calendar, new RaceDay(new LocalDate(2024, 2, 10)), new RaceDay(new LocalDate(2024, 2, 11)))
            .Build();

        var classSource = Provenance.Of(Reported, "2023-24 classes: LMP2, LMP3, GT.", Sources.S43, Sources.S44);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class("LMP3", "Le Mans Prototype 3.", classSource),
            Class("GT", "GT3 cars.", classSource),
        ];

        var invitations = Provenance.Of(
            Reported,
            "Two invitations to Le Mans 2024: the LMP2 champion (LMP2) and the GT champion (LMGT3). The LMP3 champion no longer gets one "
            + "[S43][S45]; a reported Road to Le Mans priority for it is not an invitation and is not modelled.",
            Sources.S43,
            Sources.S45);

        return new RuleSet
        {
            Series = SeriesName,
            Season = season,
            Classes = classes,
            Tables = TablesFor(classes),
            Scoring = AsLmsScoring(
                Points.Zero,
                Provenance.Of(
                    Derived,
                    "Derived from published totals and race reports (regulations.md section 2): 25-18-15-12-10-8-6-4-2-1 plus 1 for "
                    + "class pole fits every car checked in LMP2, LMP3 and GT; no 0.5 beyond 10th (the #99 LMP2, 11th in the final race, "
                    + "has no half point); the pole point is kept when the car retires (#99, races 4 and 5). Ties: countback (assumed).",
                    Sources.S43)),
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
            Provenance = Provenance.Of(Reported, "Calendar, classes and invitations reported; points derived from published totals.", Sources.S43, Sources.Season2023To24),
            Notes = "Points derived: no half point beyond 10th, and the pole point is kept on retirement. No invitation for LMP3. "
                + "Published totals changed after post-race penalties: standings need final classifications.",
        };
    }
}
