using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2026-27 (announced): a privateer pro-am Hypercar class; calendar and invitations not yet announced.</summary>
internal static class AsLms2026To27
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var season = new CalendarBuilder("2026-27").Build(firstDay: new LocalDate(2026, 12, 1), lastDay: new LocalDate(2027, 2, 28));

        var classPage = Provenance.Of(Confirmed, "On the official 2026-27 class page, which lists only Hypercar, LMP2 and GT3 [S54].", Sources.S54, Sources.S55);
        EquatableArray<ClassDefinition> classes =
        [
            Class(
                "Hypercar",
                "Privateer LMH and LMDh Hypercars only, with no manufacturer backing; pro-am crews with at least one Bronze. The privateer "
                + "condition concerns the entry, not the crew: it is not a crew requirement.",
                Provenance.Of(Confirmed, "New class for 2026-27 [S54][S55][S56].", Sources.S54, Sources.S55, Sources.S56, Sources.Hypercar2026)),
            Class("LMP2", "Le Mans Prototype 2, at least one Bronze.", classPage),
            Class("GT", "GT3 cars.", classPage),
        ];

        return new RuleSet
        {
            Series = SeriesName,
            Season = season,
            Classes = classes,
            Tables = TablesFor(
                classes,
                provenance: Provenance.Of(Uncertain, "Not announced; teams' (per car) and drivers' titles per class assumed as in every AsLMS season.", Sources.AsLmsHistory)),
            Scoring = AsLmsScoring(
                Points.Zero,
                Provenance.Of(
                    Uncertain,
                    "Not announced. Assumed as derived for 2023-24 and 2024-25: 25-18-15-12-10-8-6-4-2-1, 1 for class pole, nothing "
                    + "beyond 10th." + PoleAndTieBreakNote,
                    Sources.S43,
                    Sources.S46)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                CrewSize(Provenance.Of(Uncertain, "Not announced; two or three drivers assumed as in every AsLMS season.", Sources.S4)),
                BronzeRequired(Provenance.Of(Confirmed, "Hypercar (pro-am) and LMP2: at least one Bronze [S54].", Sources.S54, Sources.S55), "Hypercar", "LMP2"),
                BronzeRequired(Provenance.Of(Uncertain, "Not stated for GT3 on the class page [S54]; a Bronze assumed as in 2023-2026 [S53].", Sources.S54, Sources.S53), "GT"),
            ],
            Invitations = default,
            Provenance = Provenance.Of(Uncertain, "Announced: classes confirmed [S54]; calendar, points and invitations not announced.", Sources.S54, Sources.S55),
            Notes = "Calendar not announced: the season's span (1 December 2026 to 28 February 2027) is assumed from the recent winter "
                + "seasons and it has no race yet. Whether LMP3 continues is uncertain: the official class page lists only Hypercar, "
                + "LMP2 and GT3 [S54], while an early report listed LMP3 too [S51]. Invitations are not announced (whether Hypercar earns "
                + "one is open [S55]): the rule set lists none.",
        };
    }
}
