using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using FormulaOneHistory;
using NodaTime;

namespace AsLMS.Scoring.Tests.FormulaOne;

// The catalog covers every season 1950-2025, whether or not its data is at hand; these cases need no shared data.
public sealed class FormulaOneCatalogTests
{
    [Fact]
    public void RuleSet_EverySeason1950To2025_HasDriversAndFrom1958ConstructorsWithSources()
    {
        var years = FormulaOneCatalog.Years.ToList();
        Assert.Equal(76, years.Count);
        foreach (var year in years)
        {
            var rules = FormulaOneCatalog.RuleSet(year, Calendar(year), []);
            Assert.NotNull(rules.FindTable(FormulaOneCatalog.Drivers));
            Assert.Equal(year >= 1958, rules.FindTable(FormulaOneCatalog.Constructors) is not null);
            Assert.NotEmpty(rules.Scoring.Provenance!.Sources);
            Assert.False(rules.Scoring.TieBreaks.IsEmpty);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => FormulaOneCatalog.RuleSet(1949, Calendar(1949), []));
        Assert.Throws<ArgumentOutOfRangeException>(() => FormulaOneCatalog.RuleSet(2026, Calendar(2026), []));
    }

    [Fact]
    public void RuleSet_ElementsOfEachEra_AreThoseOfTheRegulations()
    {
        // Scales: 1950 8-6-4-3-2 with a fastest-lap point; 1961 the manufacturers kept 8 for a win; 2014 double points at the end;
        // 2021 sprint 3-2-1; 2019-2024 a fastest-lap point for the top ten; 2025 none.
        var r1950 = FormulaOneCatalog.RuleSet(1950, Calendar(1950), []);
        Assert.Equal([8, 6, 4, 3, 2], r1950.Scoring.Races[0].Scale.Select(p => (int)p.Numerator));
        Assert.Equal(Points.One, r1950.Scoring.Races[0].FastestLap!.Points);
        Assert.Equal(SharedDrivePolicy.SplitEqually, r1950.Scoring.SharedDrives);

        var r1961 = FormulaOneCatalog.RuleSet(1961, Calendar(1961), []);
        Assert.Equal(9, r1961.Scoring.Races[0].Scale[0].Numerator);
        Assert.Equal(8, r1961.FindTable(FormulaOneCatalog.Constructors)!.Scoring!.Races[0].Scale[0].Numerator);
        Assert.Equal(1, r1961.FindTable(FormulaOneCatalog.Constructors)!.CarsCountedPerRace);

        Assert.Equal(Ratio.FromInt64(2), FormulaOneCatalog.FinalRoundMultiplier(2014));
        Assert.Equal([3, 2, 1], FormulaOneCatalog.SprintScale(2021)!.Value.Select(p => (int)p.Numerator));
        Assert.Equal(10, FormulaOneCatalog.RuleSet(2019, Calendar(2019), []).Scoring.Races[0].FastestLap!.MustFinishInTop);
        Assert.Null(FormulaOneCatalog.RuleSet(2025, Calendar(2025), []).Scoring.Races[0].FastestLap);
        Assert.Null(FormulaOneCatalog.RuleSet(1979, Calendar(1979), []).FindTable(FormulaOneCatalog.Constructors)!.Scoring!.Drops);
        Assert.Equal([(1, (int?)7, 4), (8, null, 4)], FormulaOneCatalog.BestResults(1979));
    }

    [Fact]
    public void Build_SharedCarsAndANonStarter_ScoreAsThe1956Rules()
    {
        // One 1956 race (8-6-4-3-2, fastest lap 1, shared cars split, a driver scores from his best car only).
        // 1st #10 A: 8. 2nd #26 B and F: 6 / 2 = 3 each. 3rd #5 D: 4 (E, listed as not starting #5, is left out).
        // 4th #20 C and F: 3 / 2 = 1.5 each, but F keeps only his better share (3). F sets the fastest lap: + 1.
        // F 3 + 1 = 4, D 4: level; countback of scoring places: F has a 2nd, D a 3rd, so F is 2nd. B 3 is 4th, C 1.5 5th.
        const string json = """
        {
          "season": 1956,
          "races": [{
            "round": 1, "date": "1956-01-22", "grandPrixId": "argentina", "scheduledLaps": 100, "laps": 100,
            "results": [
              { "position": 1, "driverNumber": 10, "driverId": "a", "constructorId": "ferrari", "laps": 100, "points": 8 },
              { "position": 2, "driverNumber": 26, "driverId": "b", "constructorId": "ferrari", "laps": 100, "points": 3 },
              { "position": 2, "driverNumber": 26, "driverId": "f", "constructorId": "ferrari", "laps": null, "points": 4 },
              { "position": 3, "driverNumber": 5, "driverId": "d", "constructorId": "maserati", "laps": 99, "points": 4 },
              { "position": 4, "driverNumber": 20, "driverId": "c", "constructorId": "ferrari", "laps": 98, "points": 1.5 },
              { "position": 4, "driverNumber": 20, "driverId": "f", "constructorId": "ferrari", "laps": null, "points": null },
              { "position": "DNS", "driverNumber": 5, "driverId": "e", "constructorId": "maserati", "laps": null, "points": null },
              { "position": "DNQ", "driverNumber": 7, "driverId": "g", "constructorId": "maserati", "laps": null, "points": null }
            ],
            "sprintResults": [],
            "fastestLaps": [{ "position": 1, "driverId": "f" }]
          }],
          "driverStandings": [],
          "constructorStandings": []
        }
        """;
        var season = FormulaOneSeason.Build(F1dbSeason.Parse(json));
        var table = StandingsCalculator.Calculate(season.Rules, season.Results)[FormulaOneCatalog.Drivers];

        Assert.Equal(["a", "f", "d", "b", "c"], table.Rows.Select(r => r.Competitor.Id));
        Assert.Equal([Points.FromInt64(8), 4, 4, 3, Points.FromFraction(3, 2)], table.Rows.Select(r => r.Total));
        Assert.Equal([1, 2, 3, 4, 5], table.Rows.Select(r => r.Rank));
        Assert.Equal(TieBreak.CountbackOfScoringPlaces, table.Find("d")!.TieBreak!.Criterion);
        Assert.Null(table.Find("e"));
        Assert.Null(table.Find("g"));

        // The published points of the rows (f: 4 in the 2nd-place row, none in the 4th) are matched as a second check.
        Assert.Empty(PublishedTables.Compare(season, StandingsCalculator.Calculate(season.Rules, season.Results)).ResultDifferences);
    }

    private static Season Calendar(int year)
    {
        var date = new LocalDate(year, 5, 1);
        return new Season
        {
            Label = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FirstDay = date,
            LastDay = date,
            Events = [new RaceEvent { Name = "Test", Circuit = new Circuit { Name = "Test", Country = "XXX", TimeZone = DateTimeZone.Utc }, Races = [new Race { Id = "R01", Round = 1, Name = "Test", Date = date }] }],
        };
    }
}
