using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;
using NodaTime;

namespace AsLMS.Scoring.Tests.RealData;

/// <summary>
/// Real-data acceptance: the whole 2025 FIA WEC season from the raw Al Kamel lap analyses (<c>../shared/realdata/WEC/2025</c>, never
/// copied here) through the lap-analysis reader, the derived classifications, the built-in rule set (<see cref="Seasons.OtherSeries.Wec2025"/>)
/// and the calculator, against the published results. The facts the files cannot show (the one-off entries, every class pole, the
/// #50's disqualification at Le Mans and the post-race penalties at COTA and Fuji) are the committed, sourced file
/// <c>RealData/Data/wec-2025-entry-data.json</c>. Every expected figure below is a published one, with its source; none was read
/// off the code.
/// </summary>
public sealed class Wec2025SeasonTests(Wec2025Season season) : IClassFixture<Wec2025Season>
{
    private const string Hypercar = "Hypercar Drivers";
    private const string Gt3Drivers = "LMGT3 Drivers";
    private const string Gt3Teams = "LMGT3 Teams";

    private const string Ferrari51 = "james-calado,antonio-giovinazzi,alessandro-pier-guidi";
    private const string Ferrari50 = "antonio-fuoco,miguel-molina,nicklas-nielsen";
    private const string Ferrari83 = "philip-hanson,robert-kubica,yifei-ye";
    private const string Porsche6 = "kevin-estre,laurens-vanthoor";
    private const string Manthey92 = "ryan-hardwick,richard-lietz,riccardo-pera";

    // The drivers who drove less than 45 minutes in a race, with their drive time (laps minus pit-lane time), read off the files
    // independently of the reader with a short Python csv script. Every car concerned is a full-season entry.
    private static readonly (string Race, string Car, string Driver, string Time)[] BelowMinimum =
    [
        ("R1", "87", "clemens-schmid", "0:21:01.218"),
        ("R1", "87", "petru-umbrarescu", "0:12:35.612"),
        ("R3", "95", "sean-gelael", "0:35:21.189"),
        ("R4", "60", "lorcan-hanafin", "0:44:47.391"),
        ("R4", "88", "giammarco-levorato", "0:07:56.218"),
        ("R4", "95", "sean-gelael", "0:39:51.918"),
        ("R5", "35", "ferdinand-habsburg", "0:38:13.429"),
        ("R5", "88", "giammarco-levorato", "0:30:57.609"),
        ("R6", "12", "norman-nato", "0:44:16.341"),
        ("R6", "20", "rene-rast", "0:39:37.017"),
        ("R6", "33", "daniel-juncadella", "0:23:22.985"),
        ("R6", "77", "benjamin-barker", "0:43:40.509"),
        ("R6", "99", "nicolas-pino", "0:43:08.723"),
        ("R8", "009", "roman-de-angelis", "0:43:52.096"),
    ];

    /// <summary>
    /// Published standings, each (label with source, after round or null for the final table, table, drivers or car, points).
    /// Reports name crews together; where a crew's drivers differ by rule (a driver who missed a race, or drove too little), only
    /// the drivers the figure is true of are listed, and the others are asserted in their own tests below.
    /// </summary>
    public static TheoryData<string, int?, string, string, int> PublishedStandings => new()
    {
        // After Qatar (archiv.speedweek.com/fiawec/news/233208): 38 for the win, 27, and 24 for 3rd plus Giovinazzi's pole.
        { "R1 #50 38 (speedweek 233208)", 1, Hypercar, Ferrari50, 38 },
        { "R1 #83 27 (speedweek 233208)", 1, Hypercar, Ferrari83, 27 },
        { "R1 #51 24 (speedweek 233208)", 1, Hypercar, Ferrari51, 24 },
        { "R1 #15 18 (speedweek 233208)", 1, Hypercar, "kevin-magnussen,raffaele-marciello,dries-vanthoor", 18 },
        { "R1 #8 15 (speedweek 233208)", 1, Hypercar, "sebastien-buemi,brendon-hartley,ryo-hirakawa", 15 },

        // After Spa (speedweek.com/fiawec/news/235907): #51 with "zwei Pole-Positions" by then.
        { "R3 #51 75 (speedweek 235907)", 3, Hypercar, Ferrari51, 75 },
        { "R3 #50 57 (speedweek 235907)", 3, Hypercar, Ferrari50, 57 },
        { "R3 #83 39 (speedweek 235907)", 3, Hypercar, Ferrari83, 39 },
        { "R3 #8 37 (speedweek 235907)", 3, Hypercar, "sebastien-buemi,brendon-hartley,ryo-hirakawa", 37 },
        { "R3 #36 30 (speedweek 235907)", 3, Hypercar, "jules-gounon,frederic-makowiecki,mick-schumacher", 30 },
        { "R3 LMGT3 #33 44 (gpkingdom.it/60865)", 3, Gt3Drivers, "ben-keating,daniel-juncadella,jonny-edgar", 44 },
        { "R3 LMGT3 #21 40 (gpkingdom.it/60865)", 3, Gt3Drivers, "alessio-rovera,francois-heriau,simon-mann", 40 },

        // After Le Mans, the README's figures (speedweek.com/fiawec/news/237506; sportscar365.com no-50-ferrari-disqualified).
        // Campbell, named with the #6 crew at 42, missed Spa: the 42 is Estre's and Vanthoor's.
        { "R4 #51 105 (README; speedweek 237506)", 4, Hypercar, Ferrari51, 105 },
        { "R4 #83 89 (README; speedweek 237506)", 4, Hypercar, Ferrari83, 89 },
        { "R4 #50 57 (README; speedweek 237506)", 4, Hypercar, Ferrari50, 57 },
        { "R4 #7 44 (speedweek 237506)", 4, Hypercar, "mike-conway,kamui-kobayashi,nyck-de-vries", 44 },
        { "R4 #6 42 (speedweek 237506)", 4, Hypercar, Porsche6, 42 },
        { "R4 LMGT3 #92 81 (formulacritica.it wec-24-ore-di-le-mans-lmgt3)", 4, Gt3Drivers, Manthey92, 81 },

        // After São Paulo (speedweek.com/fiawec/news/238651: #12 "25 Punkte plus einen für die Pole-Position" to 68).
        { "R5 #51 105 (speedweek 238651)", 5, Hypercar, Ferrari51, 105 },
        { "R5 #83 93 (speedweek 238651)", 5, Hypercar, Ferrari83, 93 },
        { "R5 #12 68 (speedweek 238651)", 5, Hypercar, "alex-lynn,norman-nato,will-stevens", 68 },
        { "R5 #50 57 (speedweek 238651)", 5, Hypercar, Ferrari50, 57 },
        { "R5 #6 54 (speedweek 238651)", 5, Hypercar, Porsche6, 54 },

        // LMGT3 after São Paulo, per car (gpkingdom.it/72615): #27 "34 behind the leader after Le Mans, 42 now" with #92 on 81
        // then 89; #87 57, #81 56, #78 8 behind #81, #10 31, and the group #88 20, #46 22, #31 23, #77 25. (The same article puts
        // #21 on 75; fiawec.com news 8428 puts #92 13 ahead of #21, and #21's 94 after Fuji (below) is 76 + 0 + 18: the 75 is not
        // asserted.)
        { "R5 LMGT3 #92 89 (gpkingdom.it/72615)", 5, Gt3Teams, "92", 89 },
        { "R5 LMGT3 #21 76 (fiawec.com 8428: #92 13 clear)", 5, Gt3Teams, "21", 76 },
        { "R5 LMGT3 #87 57 (gpkingdom.it/72615)", 5, Gt3Teams, "87", 57 },
        { "R5 LMGT3 #81 56 (gpkingdom.it/72615)", 5, Gt3Teams, "81", 56 },
        { "R5 LMGT3 #78 48 (gpkingdom.it/72615)", 5, Gt3Teams, "78", 48 },
        { "R5 LMGT3 #27 47 (gpkingdom.it/72615)", 5, Gt3Teams, "27", 47 },
        { "R5 LMGT3 #10 31 (gpkingdom.it/72615)", 5, Gt3Teams, "10", 31 },
        { "R5 LMGT3 #77 25 (gpkingdom.it/72615)", 5, Gt3Teams, "77", 25 },
        { "R5 LMGT3 #31 23 (gpkingdom.it/72615)", 5, Gt3Teams, "31", 23 },
        { "R5 LMGT3 #46 22 (gpkingdom.it/72615)", 5, Gt3Teams, "46", 22 },
        { "R5 LMGT3 #88 20 (gpkingdom.it/72615)", 5, Gt3Teams, "88", 20 },

        // After Fuji (speedweek.com/fiawec/news/241711; automobilemagazine.com.tr/?p=92284 for LMGT3; fiawec.com news 8570:
        // #92 entered Bahrain 11 points clear).
        { "R7 #51 115 (speedweek 241711)", 7, Hypercar, Ferrari51, 115 },
        { "R7 #83 102 (speedweek 241711)", 7, Hypercar, Ferrari83, 102 },
        { "R7 #6 94 (speedweek 241711)", 7, Hypercar, Porsche6, 94 },
        { "R7 #12 81 (speedweek 241711)", 7, Hypercar, "alex-lynn,will-stevens", 81 },
        { "R7 #50 75 (speedweek 241711)", 7, Hypercar, Ferrari50, 75 },
        { "R7 LMGT3 #92 105 (automobilemagazine.com.tr)", 7, Gt3Drivers, Manthey92, 105 },
        { "R7 LMGT3 #21 94 (automobilemagazine.com.tr)", 7, Gt3Drivers, "alessio-rovera,francois-heriau,simon-mann", 94 },
        { "R7 LMGT3 #81 81 (automobilemagazine.com.tr)", 7, Gt3Drivers, "charlie-eastwood,rui-andrade,tom-van-rompuy", 81 },

        // Final: the README's three figures and the rest of the top five (speedweek.com/fiawec/news/243429).
        { "Final #51 133 (README; speedweek 243429)", null, Hypercar, Ferrari51, 133 },
        { "Final #83 117 (speedweek 243429)", null, Hypercar, Ferrari83, 117 },
        { "Final #50 98 (README; speedweek 243429)", null, Hypercar, Ferrari50, 98 },
        { "Final #6 94 (README; speedweek 243429)", null, Hypercar, Porsche6, 94 },
        { "Final #12 93 (speedweek 243429)", null, Hypercar, "alex-lynn,will-stevens", 93 },
    };

    [SharedDataTheory(Wec2025Season.Folder)]
    [MemberData(nameof(PublishedStandings))]
    public void Standings_PublishedFigure_IsReproduced(string label, int? afterRound, string table, string competitors, int points)
    {
        var standings = afterRound is { } round ? season.After(round) : season.Final;
        foreach (var competitor in competitors.Split(','))
        {
            var row = standings[table].Find(competitor);
            Assert.True(row is not null, $"{label}: {competitor} is not in {table}.");
            Assert.True(Points.FromInt64(points) == row.Total, $"{label}: {competitor} has {row.Total}.");
        }
    }

    [SharedDataFact(Wec2025Season.Folder)]
    public void Winners_EveryRound_AreThePublishedHypercarWinners()
    {
        // README: #50, #51, #51, #83, #12, #6, #35, #7 (Qatar to Bahrain).
        var table = season.Final[Hypercar];
        var winners = table.Races.Select((race, r) => table.Rows.Where(row => row.Races[r].Position == 1).SelectMany(row => row.Competitor.Cars).Distinct().Single().Value);

        Assert.Equal(["50", "51", "51", "83", "12", "6", "35", "7"], winners);
    }

    [SharedDataFact(Wec2025Season.Folder)]
    public void Final_Lmgt3_MantheyCrewAreChampionsAndBahrainWentToThe87()
    {
        var drivers = season.Final[Gt3Drivers];
        var teams = season.Final[Gt3Teams];

        // README: #92 Manthey 1st Phorm (Hardwick, Lietz, Pera) champions; the Bahrain LMGT3 winner was #87.
        Assert.All(Manthey92.Split(','), id => Assert.Equal(1, drivers.Find(id)!.Rank));
        Assert.Equal(3, drivers.Rows.Count(row => row.Rank == 1));
        Assert.Equal("92", teams.Rows[0].Competitor.Id);
        Assert.Equal("87", teams.Rows.Single(row => row.Races[^1].Position == 1).Competitor.Id);

        // Champions "with a 14-point lead" over the #21 (manthey-racing.com, Bahrain release; dive-bomb.com).
        Assert.Equal(Points.FromInt64(14), teams.Find("92")!.Total - teams.Find("21")!.Total);
        Assert.Equal("21", teams.Rows[1].Competitor.Id);
    }

    [SharedDataFact(Wec2025Season.Folder)]
    public void Decisions_PostRace_GiveThePublishedClassPlaces()
    {
        var standings = StandingsCalculator.Calculate(WithHypercarCars(), season.Results);
        int? Place(string table, string car, int round) => standings[table].Find(car)!.Races[round - 1].Position;

        // Le Mans: the #50 excluded from 4th, "promoting the No. 12 ... to fourth", the #7 to fifth (sportscar365.com).
        Assert.Equal(new int?[] { 4, 5 }, new[] { "12", "7" }.Select(car => Place("Hypercar Cars", car, 4)));
        Assert.Equal(ResultStatus.Excluded, standings["Hypercar Cars"].Find("50")!.Races[3].Status);

        // COTA LMGT3: #95, #46, #54 (fiawec.com news 8462), #77 6th and #88 8th (same), #92 7th (manthey-racing.com), #31 9th and
        // #10 11th (motorsport.uol.com.br).
        Assert.Equal(
            new int?[] { 1, 2, 3, 6, 7, 8, 9, 11 },
            new[] { "95", "46", "54", "77", "92", "88", "31", "10" }.Select(car => Place(Gt3Teams, car, 6)));

        // Fuji Hypercar: #009 5th, #12 6th, #83 9th, #94 10th (endurancelive.fr; sportscar365.com); LMGT3: #81, #21, #31
        // (1000cuorimotori.it), #33 11th (endurancelive.fr).
        Assert.Equal(new int?[] { 5, 6, 9, 10 }, new[] { "009", "12", "83", "94" }.Select(car => Place("Hypercar Cars", car, 7)));
        Assert.Equal(new int?[] { 1, 2, 3, 11 }, new[] { "81", "21", "31", "33" }.Select(car => Place(Gt3Teams, car, 7)));
    }

    [SharedDataFact(Wec2025Season.Folder)]
    public void Decisions_Without_LapOrderKeepsTheCarsWhereTheyCrossedTheLine()
    {
        // Plain lap order (most laps, then least elapsed time) gives the order across the line, as reported before the decisions:
        // the #50 4th at Le Mans; at COTA the #54 first across the line (fiawec.com news 8462) and the #31 4th (racermedia.com.br);
        // at Fuji the #94 "initially fifth", the #83 a place lower, the #33 "eighth on track" (endurancelive.fr) and the #21 first
        // (fiawec.com news 8499).
        var plain = season.Results with { Races = season.Results.Races.Select(r => r with { Adjustments = default }).ToEquatableArray() };
        var standings = StandingsCalculator.Calculate(WithHypercarCars(), plain);
        int? Place(string table, string car, int round) => standings[table].Find(car)!.Races[round - 1].Position;

        Assert.Equal(4, Place("Hypercar Cars", "50", 4));
        Assert.Equal(new int?[] { 1, 2, 3, 4 }, new[] { "54", "95", "46", "31" }.Select(car => Place(Gt3Teams, car, 6)));
        Assert.Equal(new int?[] { 5, 10 }, new[] { "94", "83" }.Select(car => Place("Hypercar Cars", car, 7)));
        Assert.Equal(new int?[] { 1, 2, 8 }, new[] { "21", "81", "33" }.Select(car => Place(Gt3Teams, car, 7)));
    }

    [SharedDataFact(Wec2025Season.Folder)]
    public void DriveTimes_FromTheLapFiles_OnlyTheListedDriversAreBelowFortyFiveMinutes()
    {
        var minimum = Duration.FromMinutes(45);
        var below = season.Results.Races
            .SelectMany(race => race.Cars.SelectMany(car => car.Drivers.Where(d => d.Time < minimum).Select(d => (race.Race.Value, car.Car.Value, d.Driver.Value, Format(d.Time!.Value)))))
            .OrderBy(x => x.Item1, StringComparer.Ordinal).ThenBy(x => x.Item2, StringComparer.Ordinal).ThenBy(x => x.Item3, StringComparer.Ordinal)
            .ToList();

        Assert.All(Wec2025Season.Rules.Season.Races, race => Assert.Equal(minimum, Wec2025Season.Rules.Scoring.For(race).MinimumDriveTime));
        Assert.Equal(BelowMinimum.OrderBy(x => x.Race, StringComparer.Ordinal).ThenBy(x => x.Car, StringComparer.Ordinal).ThenBy(x => x.Driver, StringComparer.Ordinal), below);
        Assert.All(BelowMinimum, x => Assert.True(season.Results.FindEntry(x.Car)!.FullSeason));
    }

    [SharedDataFact(Wec2025Season.Folder)]
    public void DriveTimes_BelowTheMinimum_DriverScoresNothingInThatRaceWhileTheCrewScores()
    {
        // Every (race, driver) the tables mark below the minimum is one of the listed drives, and each listed drive is marked.
        var marked = new[] { Hypercar, Gt3Drivers }
            .SelectMany(table => season.Final[table].Rows.SelectMany(row => row.Races.Where(r => r.BelowMinimumDriveTime).Select(r => (Race: r.Race.Value, Driver: row.Competitor.Id, r.Points))))
            .ToList();
        Assert.Equal(BelowMinimum.Select(x => (x.Race, x.Driver)).ToHashSet(), marked.Select(m => (m.Race, m.Driver)).ToHashSet());
        Assert.All(marked, m => Assert.True(m.Points.IsZero, $"{m.Driver} scores {m.Points} in {m.Race}."));

        // Where the car scored: COTA #12 8th, 4 points (Lynn 4, Nato 0); COTA #77 6th in LMGT3, 8 points (Tuck 8, Barker 0);
        // Bahrain #009 7th, 9 points (Sørensen 9, De Angelis 0).
        Assert.Equal((Points.FromInt64(4), Points.Zero), (RaceOf(Hypercar, "alex-lynn", "R6")!.Value.Points, RaceOf(Hypercar, "norman-nato", "R6")!.Value.Points));
        Assert.Equal((Points.FromInt64(8), Points.Zero), (RaceOf(Gt3Drivers, "ben-tuck", "R6")!.Value.Points, RaceOf(Gt3Drivers, "benjamin-barker", "R6")!.Value.Points));
        Assert.Equal((Points.FromInt64(9), Points.Zero), (RaceOf(Hypercar, "marco-sorensen", "R8")!.Value.Points, RaceOf(Hypercar, "roman-de-angelis", "R8")!.Value.Points));
    }

    /// <summary>
    /// Known difference: reports name the #12 crew together (Lynn, Nato and Stevens 81 after Fuji, 93 at the end: speedweek.com
    /// 241711 and 243429), but by the COTA lap file Nato drove 44:16 (laps 101 to 120, less 1:35 in the pit lane), under the
    /// 45-minute minimum, so he scores nothing for the #12's 8th place there: 4 points fewer, 89. No per-driver official table was
    /// found to tell whether the press grouped the crew or the timing differs; this test fails if either figure changes.
    /// </summary>
    [SharedDataFact(Wec2025Season.Folder)]
    public void KnownDifference_NatoMissedTheMinimumAtCota_FourPointsBelowHisCrew()
    {
        var table = season.Final[Hypercar];

        Assert.Equal(Points.FromInt64(93), table.Find("alex-lynn")!.Total);
        Assert.Equal(Points.FromInt64(89), table.Find("norman-nato")!.Total); // 93 - 4 (COTA, 8th)
    }

    [SharedDataFact(Wec2025Season.Folder)]
    public void RuleSet_TheOldHourMinimum_WouldCostYeTheImolaPointsThePublishedTotalsInclude()
    {
        // Ye drove 57:26 at Imola: under the hour of 2024, over the 45 minutes of 2025. The published 89 after Le Mans is the
        // whole crew's (speedweek 237506: "Hanson/Kubica/Ye nun auf 89 Punkte"); an hour would take his 12 Imola points: 77.
        var scorings = Wec2025Season.Rules.Scoring.Races.Select(r => r with { MinimumDriveTime = Duration.FromHours(1) }).ToEquatableArray();
        var rules = Wec2025Season.Rules with { Scoring = Wec2025Season.Rules.Scoring with { Races = scorings } };

        var table = StandingsCalculator.Calculate(rules, season.Results, afterRound: 4)[Hypercar];

        Assert.Equal(Points.FromInt64(77), table.Find("yifei-ye")!.Total);
        Assert.Equal(Points.FromInt64(89), season.After(4)[Hypercar].Find("yifei-ye")!.Total);
    }

    [SharedDataFact(Wec2025Season.Folder)]
    public void RuleSet_PointsBeyondTenthInLongRaces_WouldGiveThe6TheReadmesPlainNinetySix()
    {
        // The README's plain derivation gave #6 96 against the published 94: the #6 was 11th in Qatar and 13th in Bahrain, and a
        // point for each place beyond 10th in the 8- and 10-hour races (the 2024 summary's table) makes 94 + 1 + 1 = 96. The
        // official points page lists no such points (only Le Mans has them), and the published 94 agrees.
        var scorings = Wec2025Season.Rules.Scoring.Races.Select(r => r.Category is "8h" or "10h" ? r with { BeyondScale = Points.One } : r).ToEquatableArray();
        var rules = Wec2025Season.Rules with { Scoring = Wec2025Season.Rules.Scoring with { Races = scorings } };

        var table = StandingsCalculator.Calculate(rules, season.Results)[Hypercar];

        Assert.Equal(Points.FromInt64(96), table.Find("kevin-estre")!.Total);
        Assert.Equal(Points.FromInt64(94), season.Final[Hypercar].Find("kevin-estre")!.Total);
    }

    /// <summary>The rule set with a cars' table of Hypercars beside its own tables, to read each car's class place.</summary>
    private static RuleSet WithHypercarCars() => Wec2025Season.Rules with
    {
        Tables = Wec2025Season.Rules.Tables.Add(new ChampionshipTable { Id = "Hypercar Cars", Name = "Hypercar cars", Competitors = CompetitorKind.Car, Classes = ["Hypercar"], FullSeasonEntriesOnly = true }),
    };

    private RaceScore? RaceOf(string table, string driver, string race)
    {
        var standings = season.Final[table];
        var row = standings.Find(driver);
        var index = standings.Races.AsSpan().IndexOf(race);
        return row is null || index < 0 ? null : row.Races[index];
    }

    private static string Format(Duration time) => time.ToString("H:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);
}
