using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>2017-18: a 6-hour Buriram race on the normal scale; GT Am returns as a sub-classification of GT.</summary>
internal static class AsLms2017To18
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(Reported, "2017-18 calendar (the planned Zhejiang round was removed in June 2017).", Sources.S22, Sources.S23);
        var fourHours = Duration.FromHours(4);
        var season = new CalendarBuilder("2017-18")
            .Event("4 Hours of Zhuhai", Circuits.Zhuhai, fourHours, calendar, new RaceDay(new LocalDate(2017, 10, 29)))
            .Event("4 Hours of Fuji", Circuits.Fuji, fourHours, calendar, new RaceDay(new LocalDate(2017, 12, 3)))
            .Event(
                "6 Hours of Buriram",
                Circuits.Buriram,
                Duration.FromHours(6),
                Provenance.Of(Reported, "A 6-hour race on Thailand's National Children's Day, 13 January 2018.", Sources.S22, Sources.S23),
                new RaceDay(new LocalDate(2018, 1, 13)))
            .Event("4 Hours of Sepang", Circuits.Sepang, fourHours, calendar, new RaceDay(new LocalDate(2018, 2, 4)))
            .Build();

        var classSource = Provenance.Of(Reported, "2017-18 classes: LMP2 (pre-2017 cars only), LMP3, GT, GT Cup; CN dropped.", Sources.S21, Sources.S22, Sources.AsLmsHistory);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2, pre-2017 cars only.", classSource),
            Class("LMP3", "Le Mans Prototype 3.", classSource),
            Class("GT", "GT3 cars.", classSource),
            Class("GT Am", "Amateur sub-classification of GT for gentleman drivers.", Provenance.Of(Reported, "'The GT-Am subclass will have a return' [S23]; champions in the history notes.", Sources.S23, Sources.AsLmsHistory), parent: "GT"),
            Class("GT Cup", "One-make cup cars.", classSource),
        ];

        var invitations = Provenance.Of(
            Reported,
            "Le Mans 2018: LMP2 and LMP3 champions (both in LMP2), GT champion (GTE), and the GT Am winner if the sub-class has enough "
            + "entries, otherwise GT 2nd [S23]. A later report lists GT 1st and 2nd [S25], which is what the fallback gives when GT Am "
            + "had too few entries; the minimum (3) is assumed as in 2016-17 [S19].",
            Sources.S23,
            Sources.S25,
            Sources.S19);

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
                    "Scale and class pole point derived, and no multiplier for the 6-hour race: before the final the #8 car had "
                    + "70 = 25 + 25 + 18 + 2 poles, with 26 points left [S24]. 0.5 for other classified cars assumed as reported for "
                    + "2015-16 [S14] and 2021 [S33]." + PoleAndTieBreakNote,
                    Sources.S24,
                    Sources.S14)),
            Classification = AsLmsClassification,
            CrewRequirements =
            [
                AssumedCrewSize,
                ClassPageLmp2SilverOrBronze,
                ClassPageLmp3Bronze,
                AllAm(Provenance.Of(Reported, "GT Am is a championship for gentleman drivers [S23]; read as no Gold or Platinum (assumed).", Sources.S23), "GT Am"),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations),
                Invitation("LMP3", 1, LeMansClasses.Lmp2, invitations),
                Invitation("GT", 1, LeMansClasses.LmgteAm, invitations),
                GtAmInvitationElseGtSecond(invitations),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes and invitations reported; scale, pole point and no-multiplier derived.", Sources.S22, Sources.S23, Sources.S24),
            Notes = "The 6-hour Buriram race used the normal scale (derived). The GT Am invitation falls to GT 2nd without enough GT Am "
                + "entries. A 'LMP2 Bronze Cup' trophy appears in one race report; it is not in the history notes and is not modelled.",
        };
    }
}
