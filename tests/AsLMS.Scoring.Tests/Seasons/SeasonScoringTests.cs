using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;
using NodaTime;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Seasons;

// Each season's points, written down from regulations.md section 2 (AsLMS) and section 7 (WEC, ELMS).
// Notation per race category: "<category>: <scale> +<beyond> pole <pole>", then drops, shortened races and tie-breaks.
public sealed class SeasonScoringTests
{
    private const string Modern = "25-18-15-12-10-8-6-4-2-1";
    private const string Half = "half below 0.75 of the time";

    public static TheoryData<string, string> Expected => new()
    {
        { "2009", $"default: {Modern} +0 pole 0 | Countback" },
        { "2013", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
        { "2014", $"default: {Modern} +0.5 pole 1 | best 4 of R1-end | {Half} | Countback" },
        { "2015-16", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
        { "2016-17", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
        { "2017-18", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
        { "2018-19", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
        { "2019-20", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
        { "2021", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
        { "2022", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
        { "2023", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
        { "2023-24", $"default: {Modern} +0 pole 1 | {Half} | Countback" },
        { "2024-25", $"default: {Modern} +0 pole 1 | {Half} | Countback" },
        { "2025-26", $"default: {Modern} +0 pole 1 | {Half} | Countback" },
        { "2026-27", $"default: {Modern} +0 pole 1 | {Half} | Countback" },
        {
            // The 45-minute minimum is the 2025 regulations' (fiawec.com news 8114, 17 Oct 2024), not regulations.md's 2024 hour.
            "WEC 2025",
            $"default: {Modern} +0 pole 1 min 45m; 6h: {Modern} +0 pole 1 min 45m; 8h: 38-27-23-18-15-12-9-6-3-2 +0 pole 1 min 45m; "
            + "10h: 38-27-23-18-15-12-9-6-3-2 +0 pole 1 min 45m; Le Mans: 50-36-30-24-20-16-12-8-4-2 +1 pole 1 min 45m | "
            + $"{Half} | Countback"
        },
        { "ELMS 2024", $"default: {Modern} +0.5 pole 1 | {Half} | Countback" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Scoring_MatchesTheRegulationNotes(string key, string expected)
        => Assert.Equal(expected, Describe(BuiltIn.Get(key).Scoring));

    [Theory]
    [MemberData(nameof(Expected))]
    public void Scoring_EveryRaceCategoryHasAScale_AndPolePointsAreKeptOnRetirement(string key, string expected)
    {
        _ = expected;
        var rules = BuiltIn.Get(key);
        Assert.All(rules.Season.Races, race => Assert.False(rules.Scoring.For(race).Scale.IsEmpty));
        Assert.All(rules.Scoring.Races, scoring => Assert.Equal(PoleCondition.None, scoring.PoleCondition));
        Assert.All(rules.Tables, table => Assert.Null(table.Scoring));
    }

    [Fact]
    public void Wec2025_RaceCategories_QatarScoredAsTenHoursAndLeMansOnItsOwnScale()
    {
        var rules = OtherSeries.Wec2025;
        Assert.Equal(["10h", "6h", "6h", "Le Mans", "6h", "6h", "6h", "8h"], rules.Season.Races.Select(r => r.Category));
        Assert.Equal(Points.FromInt64(38), rules.Scoring.For(rules.Season.Races[0]).PointsFor(1));
        Assert.Equal(Points.FromInt64(50), rules.Scoring.For(rules.Season.Races[3]).PointsFor(1));
        Assert.Equal(Points.One, rules.Scoring.For(rules.Season.Races[3]).PointsFor(11));
        Assert.Equal(Points.Zero, rules.Scoring.For(rules.Season.Races[1]).PointsFor(11));
        Assert.All(rules.Tables, t => Assert.True(t.FullSeasonEntriesOnly));
    }

    [Fact]
    public void Calculate_2014AsHeld_BestFourOfFourDropsNothing()
    {
        // The 2014 calendar as held: Inje (R1), Fuji (R2), Shanghai (R3), Sepang (R4); best 4 results count.
        // #1:  R1 win + pole 26, R2 win + pole 26, R3 win 25, R4 2nd + pole 19 = 96, nothing dropped.
        // #27: R1 retired 0, R2 2nd 18, R3 2nd + pole 19, R4 win 25 = 62, nothing dropped.
        var rules = AsianLeMansSeries.Season2014;
        var results = TestResults(
            [Car("1"), Car("27")],
            Race("R1", "1").Out("27", ResultStatus.Retired).Pole("LMP2", "1"),
            Race("R2", "1", "27").Pole("LMP2", "1"),
            Race("R3", "1", "27").Pole("LMP2", "27"),
            Race("R4", "27", "1").Pole("LMP2", "1"));

        var table = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"];

        Assert.Equal(["1", "27"], table.Rows.Select(r => r.Competitor.Id));
        Assert.Equal("26 26 25 19", table.Find("1")!.Breakdown());
        Assert.Equal(Points.FromInt64(96), table.Find("1")!.Total);
        Assert.Equal("0 18 19 25", table.Find("27")!.Breakdown());
        Assert.Equal(Points.FromInt64(62), table.Find("27")!.Total);
    }

    [Fact]
    public void Calculate_2014AsPlanned_BestFourOfFiveDropsTheWorstResult()
    {
        // The calendar as planned, with Buriram (23 November) as R4 and Sepang as R5: the same rule set, best 4 of 5.
        // Buriram: #27 wins 25; #1 takes pole and retires: 1 (the pole point is kept).
        // #1:  26 26 25 (1) 19: five results 97, the worst (1) dropped: 96.
        // #27: (0) 18 19 25 25: five results 87, the worst (0) dropped: 87.
        var held = AsianLeMansSeries.Season2014;
        var rules = held with { Season = WithBuriram(held.Season) };
        var results = TestResults(
            [Car("1"), Car("27")],
            Race("R1", "1").Out("27", ResultStatus.Retired).Pole("LMP2", "1"),
            Race("R2", "1", "27").Pole("LMP2", "1"),
            Race("R3", "1", "27").Pole("LMP2", "27"),
            Race("R4", "27").Out("1", ResultStatus.Retired).Pole("LMP2", "1"),
            Race("R5", "27", "1").Pole("LMP2", "1"));

        var table = StandingsCalculator.Calculate(rules, results)["LMP2 Teams"];

        Assert.Equal("26 26 25 (1) 19", table.Find("1")!.Breakdown());
        Assert.Equal(Points.FromInt64(96), table.Find("1")!.Total);
        Assert.Equal("(0) 18 19 25 25", table.Find("27")!.Breakdown());
        Assert.Equal(Points.FromInt64(87), table.Find("27")!.Total);
    }

    [Fact]
    public void Calculate_2021AndThen2023To24_EleventhScoresHalfAPointOnlyIn2021()
    {
        // Eleven classified LMP2 cars, #12 retires from pole. 2021: 11th scores 0.5 [S33]; 2023-24: nothing beyond 10th (derived).
        // The retired pole sitter keeps 1 point in both.
        var cars = Enumerable.Range(1, 12).Select(i => Car(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var order = Enumerable.Range(1, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var results = TestResults(cars, Race("R1", order).Out("12", ResultStatus.Retired).Pole("LMP2", "12"));

        var in2021 = StandingsCalculator.Calculate(AsianLeMansSeries.Season2021, results)["LMP2 Teams"];
        var in2023To24 = StandingsCalculator.Calculate(AsianLeMansSeries.Season2023To24, results)["LMP2 Teams"];

        Assert.Equal(Points.Half, in2021.Find("11")!.Total);
        Assert.Equal(Points.Zero, in2023To24.Find("11")!.Total);
        Assert.Equal(Points.One, in2021.Find("12")!.Total);
        Assert.Equal(Points.One, in2023To24.Find("12")!.Total);
    }

    [Fact]
    public void Calculate_Wec2025LeMans_OneOffIsInvisibleAndClassifiedBeyondTenthScoresOne()
    {
        // Le Mans (R4), Hypercar: #311 (a one-off) first, then eleven full-season cars "1".."11"; #1 on pole.
        // Without the one-off: #1 is 1st: 50 + 1 pole = 51; "2" 2nd: 36; "11" is 11th: 1 (Le Mans scores every car beyond 10th).
        var cars = Enumerable.Range(1, 11).Select(i => Car(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Hypercar")).ToList();
        cars.Add(Car("311", "Hypercar", fullSeason: false));
        var order = new[] { "311" }.Concat(Enumerable.Range(1, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var results = TestResults(cars, Race("R4", order).Pole("Hypercar", "1"));

        var table = StandingsCalculator.Calculate(OtherSeries.Wec2025, results)["Hypercar Drivers"];

        Assert.Equal(Points.FromInt64(51), table.Find("1a")!.Total);
        Assert.Equal(Points.FromInt64(36), table.Find("2a")!.Total);
        Assert.Equal(Points.One, table.Find("11a")!.Total);
        Assert.True(table.Find("311a") is null || table.Find("311a")!.Total.IsZero);
    }

    private static Season WithBuriram(Season held)
    {
        var events = held.Events.ToList();
        var buriram = new RaceEvent
        {
            Name = "3 Hours of Buriram",
            Circuit = new Circuit { Name = "Chang International Circuit", Country = "THA", TimeZone = DateTimeZoneProviders.Tzdb["Asia/Bangkok"] },
            Races = [new Race { Id = "R4", Round = 4, Name = "3 Hours of Buriram", Date = new LocalDate(2014, 11, 23), ScheduledDuration = Duration.FromHours(3) }],
        };
        var sepang = events[3] with { Races = [events[3].Races[0] with { Id = "R5", Round = 5 }] };
        return held with { Events = [events[0], events[1], events[2], buriram, sepang] };
    }

    private static string Describe(ScoringRules scoring)
    {
        var parts = new List<string>
        {
            string.Join("; ", scoring.Races.Select(r =>
                $"{r.Category ?? "default"}: {string.Join("-", r.Scale)} +{r.BeyondScale} pole {r.Pole}"
                + (r.MinimumDriveTime is { } min ? $" min {min.TotalMinutes}m" : string.Empty))),
        };
        if (scoring.Drops is { } drops)
        {
            parts.Add(string.Join(", ", drops.Segments.Select(s => $"best {s.BestResults} of R{s.FirstRound}-{(s.LastRound is { } last ? $"R{last}" : "end")}")));
        }

        parts.AddRange(scoring.ShortenedRaces.Select(s => $"{(s.Factor == Ratio.Half ? "half" : s.Factor.ToString())} below {s.CompletedBelow} of the {s.Basis.ToString().ToLowerInvariant()}"));
        parts.Add(string.Join(", ", scoring.TieBreaks));
        return string.Join(" | ", parts);
    }
}
