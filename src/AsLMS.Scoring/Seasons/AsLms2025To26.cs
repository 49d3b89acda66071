using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2025-26: the last season with the three-class structure; third-generation LMP3 cars.</summary>
internal static class AsLms2025To26
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(Reported, "Six 4-hour races: Sepang 13-14 December 2025, Dubai 31 January-1 February 2026, Yas Marina 7-8 February 2026.", Sources.S49, Sources.Calendar2025To26);
        var fourHours = Duration.FromHours(4);
        var onePm = new LocalTime(13, 0);
        var season = new CalendarBuilder("2025-26")
            .Event(
                "4 Hours of Sepang",
                Circuits.Sepang,
                fourHours,
                Provenance.Of(Reported, "Saturday 13 and Sunday 14 December 2025, both races at 06:00 CET, 13:00 in Malaysia.", Sources.S49, Sources.Sepang2025Start),
                new RaceDay(new LocalDate(2025, 12, 13), onePm),
                new RaceDay(new LocalDate(2025, 12, 14), onePm))
            .Event("4 Hours of Dubai", Circuits.Dubai, fourHours, calendar, new RaceDay(new LocalDate(2026, 1, 31)), new RaceDay(new LocalDate(2026, 2, 1)))
            .Event("4 Hours of Abu Dhabi", Circuits.YasMarina, fourHours, calendar, new RaceDay(new LocalDate(2026, 2, 7)), new RaceDay(new LocalDate(2026, 2, 8)))
            .Build();

        var classSource = Provenance.Of(Reported, "2025-26 classes: LMP2, LMP3 (third-generation cars), GT3 (the history notes call it GT).", Sources.S49, Sources.S51, Sources.AsLmsHistory);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class("LMP3", "Le Mans Prototype 3, third-generation cars.", classSource),
            Class("GT", "GT3 cars; the Bronze driver sets the qualifying time.", classSource),
        ];

        var invitations = Provenance.Of(
            Reported,
            "LMP2 and GT champions invited to Le Mans 2026, stated generically [S52]; the ACO president: 'for the best in LMP2 and GT, the "
            + "ALMS opens the doors to Le Mans'. A team release speaks of every class winner (conflict; not kept).",
            Sources.S52,
            Sources.Calendar2025To26);

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
                    "Not found for 2025-26. Assumed as derived for 2023-24 and 2024-25: 25-18-15-12-10-8-6-4-2-1, 1 for class pole, "
                    + "nothing beyond 10th." + PoleAndTieBreakNote,
                    Sources.S43,
                    Sources.S46)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                BronzeRequired(Provenance.Of(
                    Reported,
                    "Sporting clarifications summary [S53]: LMP2 pro-am crews must include a Bronze, LMP3 at least one Bronze, the GT3 "
                    + "Bronze must qualify. Its wording 'a Bronze or a Silver depending on the sub-class' for LMP2 conflicts with the "
                    + "one-class LMP2 of 2025-26 [S49]: a Bronze in every class is kept.",
                    Sources.S53,
                    Sources.S49)),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations),
                Invitation("GT", 1, LeMansClasses.Lmgt3, invitations),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes, crew rules and invitations reported; points assumed.", Sources.S49, Sources.S53),
            Notes = "Category-specific minimum and maximum drive times (a Bronze minimum in pro-am crews) and LMP3 limits on Platinum and "
                + "Gold drivers exist [S53], but their figures were not found: not modelled.",
        };
    }
}
