using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>The 2024 European Le Mans Series: six 4-hour races, LMP2 and LMP2 Pro-Am, LMP3, LMGT3.</summary>
internal static class Elms2024
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        var calendar = Provenance.Of(Reported, "2024 calendar announced on 12 September 2023: six 4-hour races.", Sources.Elms2024Calendar, Sources.Elms2024Season);
        var fourHours = Duration.FromHours(4);
        var season = new CalendarBuilder("2024")
            .Event("4 Hours of Barcelona", Circuits.Barcelona, fourHours, calendar, new RaceDay(new LocalDate(2024, 4, 14)))
            .Event("4 Hours of Le Castellet", Circuits.PaulRicard, fourHours, calendar, new RaceDay(new LocalDate(2024, 5, 5)))
            .Event("4 Hours of Imola", Circuits.Imola, fourHours, calendar, new RaceDay(new LocalDate(2024, 7, 7)))
            .Event("4 Hours of Spa-Francorchamps", Circuits.Spa, fourHours, calendar, new RaceDay(new LocalDate(2024, 8, 25)))
            .Event("4 Hours of Mugello", Circuits.Mugello, fourHours, calendar, new RaceDay(new LocalDate(2024, 9, 29)))
            .Event("4 Hours of Portimão", Circuits.Portimao, fourHours, Provenance.Of(Reported, "Saturday 19 October 2024, the first ELMS night race.", Sources.Elms2024Calendar, Sources.Elms2024Season), new RaceDay(new LocalDate(2024, 10, 19)))
            .Build();

        var classSource = Provenance.Of(Reported, "2024 ELMS classes: LMP2, LMP2 Pro-Am, LMP3 and the new LMGT3 (replacing LMGTE).", Sources.Elms2024Season);
        EquatableArray<ClassDefinition> classes =
        [
            Class("LMP2", "Le Mans Prototype 2.", classSource),
            Class("LMP2 Pro-Am", "LMP2 for line-ups with a Bronze driver; a class of its own with its own classification.", classSource),
            Class("LMP3", "Le Mans Prototype 3.", classSource),
            Class("LMGT3", "GT3-based cars (new in 2024).", classSource),
        ];

        var invitations = Provenance.Of(
            Reported,
            "Five invitations to Le Mans 2025: LMP2 1st and 2nd, LMP2 Pro-Am 1st, LMP3 1st (to race LMP2), LMGT3 1st [S48][S74].",
            Sources.S48,
            Sources.S74);

        return new RuleSet
        {
            Series = "European Le Mans Series",
            Season = season,
            Classes = classes,
            Tables = TablesFor(
                classes,
                fullSeasonEntriesOnly: true,
                provenance: Provenance.Of(
                    Reported,
                    "Teams' and drivers' titles per class; cars entered race by race are classified but score no points (from 2019) [S63][S64].",
                    Sources.S63,
                    Sources.S64)),
            Scoring = new ScoringRules
            {
                Races =
                [
                    new RaceScoring { Scale = ModernScale, BeyondScale = Points.Half, Pole = Points.One, PoleCondition = PoleCondition.None },
                ],
                ShortenedRaces =
                [
                    HalfPointsBelowThreeQuartersOfTime with
                    {
                        Provenance = Provenance.Of(Uncertain, "Not found for the ELMS; the WEC rule (half points below 75 % of the time) [S61][S62] is assumed.", Sources.S61, Sources.S62),
                    },
                ],
                TieBreaks = [TieBreak.Countback],
                Provenance = Provenance.Of(
                    Reported,
                    "25-18-15-12-10-8-6-4-2-1, 1 for pole, 0.5 for every classified car outside the top 10, the same for every class "
                    + "(reported for 2015 [S60], assumed unchanged in 2024). Ties: countback (assumed).",
                    Sources.S60),
            },
            Classification = ClassificationRule.Default with
            {
                Provenance = Provenance.Of(Uncertain, "70 % of the class winner's distance is widely reported for the ELMS; not found in the sources.", Sources.S60),
            },
            CrewRequirements =
            [
                CrewSize(Provenance.Of(Uncertain, "Two or three drivers per car assumed.", Sources.S66)),
                SilverOrBronzeRequired(Provenance.Of(Uncertain, "The ACO's LMP2 rule of at least one Silver or Bronze [S17], assumed for 2024.", Sources.S17), "LMP2"),
                BronzeRequired(Provenance.Of(Reported, "LMP2 Pro-Am is for line-ups with a Bronze-rated driver.", Sources.Elms2024Season), "LMP2 Pro-Am"),
                BronzeRequired(Provenance.Of(Uncertain, "LMP3 crews include a Bronze (a Bronze minimum drive time in 2017 [S67]); assumed for 2024.", Sources.S67), "LMP3"),
                BronzeRequired(Provenance.Of(Uncertain, "LMGT3 crews include a Bronze as in the other ACO GT3 classes; not checked for 2024.", Sources.Elms2024Season), "LMGT3"),
            ],
            Invitations =
            [
                Invitation("LMP2", 1, LeMansClasses.Lmp2, invitations),
                Invitation("LMP2", 2, LeMansClasses.Lmp2, invitations),
                Invitation("LMP2 Pro-Am", 1, LeMansClasses.Lmp2, invitations),
                Invitation("LMP3", 1, LeMansClasses.Lmp2, invitations),
                Invitation("LMGT3", 1, LeMansClasses.Lmgt3, invitations),
            ],
            Provenance = Provenance.Of(Reported, "Calendar, classes, points and invitations reported.", Sources.Elms2024Season, Sources.S60, Sources.S74),
            Notes = "An example of another ACO series. LMP2 Pro-Am is modelled as a class of its own (its cars do not score in LMP2). "
                + "Only full-season entries score.",
        };
    }
}
