using AsLMS.Scoring.Rules;
using NodaTime;
using static AsLMS.Scoring.Rules.Confidence;
using static AsLMS.Scoring.Seasons.Catalog;

namespace AsLMS.Scoring.Seasons;

/// <summary>The 2025 FIA World Endurance Championship: scales by race length, the Le Mans scale, only full-season entries score.</summary>
internal static class Wec2025
{
    public static RuleSet Rules { get; } = Build();

    private static RuleSet Build()
    {
        // Locals, not static fields: a field declared after Rules would still be empty while Rules is being built.
        EquatableArray<Points> longRaceScale = [38, 27, 23, 18, 15, 12, 9, 6, 3, 2];
        EquatableArray<Points> leMansScale = [50, 36, 30, 24, 20, 16, 12, 8, 4, 2];
        var calendar = Provenance.Of(Reported, "2025 calendar approved by the FIA World Motor Sport Council, announced at Le Mans in June 2024.", Sources.Wec2025Calendar);
        var sixHours = Duration.FromHours(6);
        var season = new CalendarBuilder("2025")
            .Event(
                "Qatar 1812 km",
                Circuits.Lusail,
                Duration.FromHours(10),
                scheduledLaps: null,
                category: "10h",
                Provenance.Of(Reported, "28 February 2025; a 10-hour race, scored on the 8- and 10-hour scale [S65].", Sources.Wec2025Calendar, Sources.S65),
                new RaceDay(new LocalDate(2025, 2, 28)))
            .Event("6 Hours of Imola", Circuits.Imola, sixHours, null, "6h", calendar, new RaceDay(new LocalDate(2025, 4, 20)))
            .Event("6 Hours of Spa-Francorchamps", Circuits.Spa, sixHours, null, "6h", calendar, new RaceDay(new LocalDate(2025, 5, 10)))
            .Event("24 Hours of Le Mans", Circuits.LeMans, Duration.FromHours(24), null, "Le Mans", Provenance.Of(Reported, "14-15 June 2025; the race is dated by its start on Saturday 14 June.", Sources.Wec2025Calendar), new RaceDay(new LocalDate(2025, 6, 14)))
            .Event("6 Hours of São Paulo", Circuits.Interlagos, sixHours, null, "6h", calendar, new RaceDay(new LocalDate(2025, 7, 13)))
            .Event("Lone Star Le Mans", Circuits.Cota, sixHours, null, "6h", calendar, new RaceDay(new LocalDate(2025, 9, 7)))
            .Event("6 Hours of Fuji", Circuits.Fuji, sixHours, null, "6h", calendar, new RaceDay(new LocalDate(2025, 9, 28)))
            .Event("8 Hours of Bahrain", Circuits.Bahrain, Duration.FromHours(8), null, "8h", calendar, new RaceDay(new LocalDate(2025, 11, 8)))
            .Build();

        EquatableArray<ClassDefinition> classes =
        [
            Class("Hypercar", "LMH and LMDh prototypes.", Provenance.Of(Reported, "The 2025 WEC runs Hypercar and LMGT3.", Sources.Wec2025Calendar, Sources.S65)),
            Class("LMGT3", "GT3-based cars with Bronze-rated crews.", Provenance.Of(Reported, "The 2025 WEC runs Hypercar and LMGT3.", Sources.Wec2025Calendar, Sources.S65)),
            Class(
                "LMP2",
                "Le Mans only: LMP2 cars race the 24 Hours but are not WEC entries, so they score no WEC points and have no table.",
                Provenance.Of(Reported, "LMP2 left the WEC in 2024 and remains at Le Mans; only full-season entries score [S65].", Sources.WecClasses, Sources.S65)),
        ];

        var fullSeason = Provenance.Of(
            Confirmed,
            "Only full-season entrants score for the titles and trophies; other cars are classified but invisible for points [S65].",
            Sources.S65,
            Sources.WecRegulations2023);
        EquatableArray<ChampionshipTable> tables =
        [
            new() { Id = "Hypercar Drivers", Name = "Hypercar World Endurance Drivers' Championship", Competitors = CompetitorKind.Driver, Classes = ["Hypercar"], FullSeasonEntriesOnly = true, Provenance = fullSeason },
            new() { Id = "LMGT3 Drivers", Name = "LMGT3 Drivers", Competitors = CompetitorKind.Driver, Classes = ["LMGT3"], FullSeasonEntriesOnly = true, Provenance = fullSeason },
            new() { Id = "LMGT3 Teams", Name = "LMGT3 Teams", Competitors = CompetitorKind.Car, Classes = ["LMGT3"], FullSeasonEntriesOnly = true, Provenance = fullSeason },
        ];

        // 45 minutes from 2025 (60 before): the regulations approved by the World Motor Sport Council on 17 October 2024.
        var minimumDriveTime = Duration.FromMinutes(45);
        RaceScoring Scoring(string? category, EquatableArray<Points> scale, Points beyond) => new()
        {
            Category = category,
            Scale = scale,
            BeyondScale = beyond,
            Pole = Points.One,
            PoleCondition = PoleCondition.None,
            MinimumDriveTime = minimumDriveTime,
        };

        return new RuleSet
        {
            Series = "FIA World Endurance Championship",
            Season = season,
            Classes = classes,
            Tables = tables,
            Scoring = new ScoringRules
            {
                Races =
                [
                    Scoring(null, ModernScale, Points.Zero),
                    Scoring("6h", ModernScale, Points.Zero),
                    Scoring("8h", longRaceScale, Points.Zero),
                    Scoring("10h", longRaceScale, Points.Zero),
                    Scoring("Le Mans", leMansScale, Points.One),
                ],
                SharedDrives = SharedDrivePolicy.FullPointsToEachDriver,
                ShortenedRaces =
                [
                    new ShortenedRaceRule
                    {
                        Basis = ShortenedRaceBasis.Time,
                        CompletedBelow = Ratio.FromPercent(75),
                        Factor = Ratio.Half,
                        Provenance = Provenance.Of(
                            Reported,
                            "Half points if the race ran less than 75 % of its scheduled time [S61][S62]. 'No points if the leader "
                            + "completed fewer than 2 green laps' is not modelled (green laps are not in the results model).",
                            Sources.S61,
                            Sources.S62),
                    },
                ],
                TieBreaks = [TieBreak.Countback],
                Provenance = Provenance.Of(
                    Reported,
                    "Official points page [S65]: 6-hour races 25-18-15-12-10-8-6-4-2-1; 8- and 10-hour races 38-27-23-18-15-12-9-6-3-2; "
                    + "Le Mans 50-36-30-24-20-16-12-8-4-2 plus 1 point for each car beyond 10th; 1 point for pole in each category "
                    + "(confirmed); nothing beyond 10th in the other races (the official page lists none, and the published 2025 totals "
                    + "give none: the #6's 11th place in Qatar and 13th in Bahrain scored nothing). A driver who drove less than 45 minutes "
                    + "in a race scores nothing in it (confirmed: the 2025 regulations cut the 2024 figure of 1 hour [S62] to 45 minutes; "
                    + "the FIA WEC measures driving time without pit stops). Ties: number of wins [S62], then countback (assumed).",
                    Sources.S65,
                    Sources.WecRegulations2025,
                    Sources.WecRegulations2025Report,
                    Sources.S62),
            },
            Classification = new ClassificationRule
            {
                MinimumShare = Ratio.FromPercent(70),
                Reference = ClassificationReference.OverallWinner,
                Provenance = Provenance.Of(Confirmed, "At least 70 % of the overall winner's distance [S77].", Sources.S77),
            },
            CrewRequirements =
            [
                CrewSize(Provenance.Of(Uncertain, "Not checked for 2025: two or three drivers per car assumed (three at Le Mans).", Sources.S62)),
                BronzeRequired(Provenance.Of(Uncertain, "LMGT3 crews are pro-am with a Bronze, as GTE Am before them; the 2025 text was not checked.", Sources.S62), "LMGT3"),
            ],
            Invitations = default,
            Provenance = Provenance.Of(Reported, "Points, full-season rule and the 45-minute minimum drive time confirmed [S65]; calendar reported.", Sources.S65, Sources.WecRegulations2025, Sources.Wec2025Calendar),
            Notes = "An example of another ACO series. Only full-season entries score: Le Mans one-offs (and the LMP2 class) neither score "
                + "nor displace others. Not modelled: the manufacturers' championship (two best cars of each manufacturer; the model "
                + "groups by entrant, not manufacturer) and the World Cup for Hypercar Teams (independent teams only). No invitations: "
                + "WEC entries race at Le Mans by right.",
        };
    }
}
