using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Tests.Support;
using NodaTime;

namespace AsLMS.Scoring.Tests.Seasons;

public sealed class AsianLeMansSeriesTests
{
    private static readonly string[] Labels = BuiltIn.AsLmsLabels;

    public static TheoryData<string> Seasons => new(Labels);

    public static TheoryData<string> EveryRuleSet => new(BuiltIn.Keys);

    [Fact]
    public void All_EverySeasonOnceInChronologicalOrder()
    {
        Assert.Equal(Labels, AsianLeMansSeries.All.Select(r => r.Label));
        Assert.All(AsianLeMansSeries.All, r => Assert.Equal("Asian Le Mans Series", r.Series));
        for (var i = 1; i < AsianLeMansSeries.All.Count; i++)
        {
            Assert.True(AsianLeMansSeries.All[i - 1].Season.LastDay < AsianLeMansSeries.All[i].Season.FirstDay, $"{AsianLeMansSeries.All[i].Label} overlaps the season before it.");
        }
    }

    [Fact]
    public void Properties_ReturnTheSameInstanceEveryTime()
    {
        Assert.Same(AsianLeMansSeries.Season2023To24, AsianLeMansSeries.Season2023To24);
        Assert.Same(AsianLeMansSeries.Season2023To24, AsianLeMansSeries.All[11]);
        Assert.Same(OtherSeries.Wec2025, OtherSeries.All[0]);
        Assert.Same(OtherSeries.Elms2024, OtherSeries.All[1]);
    }

    [Theory]
    [InlineData("2023-24")]
    [InlineData("2023/24")]
    [InlineData("2023\u201324")]
    [InlineData("2023\u201424")]
    [InlineData("2023-2024")]
    [InlineData("2023/2024")]
    [InlineData(" 2023 / 24 ")]
    public void Find_LabelWrittenAnyUsualWay_FindsTheSeason(string label)
        => Assert.Same(AsianLeMansSeries.Season2023To24, AsianLeMansSeries.Find(label));

    [Theory]
    [MemberData(nameof(Seasons))]
    public void Find_OwnLabel_FindsTheSeason(string label)
        => Assert.Equal(label, AsianLeMansSeries.Find(label)!.Label);

    [Theory]
    [InlineData("2021")]
    [InlineData("2009")]
    public void Find_SingleYearSeason_FindsIt(string label) => Assert.Equal(label, AsianLeMansSeries.Find(label)!.Label);

    [Theory]
    [InlineData("2010")]
    [InlineData("2020-21")]
    [InlineData("2023-25")]
    [InlineData("2023-2025")]
    [InlineData("23-24")]
    [InlineData("2023-24-25")]
    [InlineData("season 2023")]
    [InlineData("")]
    [InlineData(null)]
    public void Find_NoSuchSeasonOrNotALabel_IsNull(string? label) => Assert.Null(AsianLeMansSeries.Find(label));

    [Theory]
    [InlineData(2009, 10, 31, "2009")]
    [InlineData(2013, 8, 4, "2013")]
    [InlineData(2014, 11, 23, "2014")] // the cancelled Buriram date still lies inside the season
    [InlineData(2015, 12, 25, "2015-16")]
    [InlineData(2016, 1, 24, "2015-16")]
    [InlineData(2020, 1, 1, "2019-20")]
    [InlineData(2021, 2, 16, "2021")]
    [InlineData(2023, 2, 19, "2023")]
    [InlineData(2023, 12, 2, "2023-24")]
    [InlineData(2024, 1, 10, "2023-24")] // between Sepang and Dubai: inside the winter season
    [InlineData(2026, 2, 8, "2025-26")]
    [InlineData(2027, 1, 15, "2026-27")]
    public void Find_DateInASeason_FindsThatSeason(int year, int month, int day, string label)
        => Assert.Equal(label, AsianLeMansSeries.Find(new LocalDate(year, month, day))!.Label);

    [Theory]
    [InlineData(2008, 11, 1)]
    [InlineData(2011, 6, 1)]
    [InlineData(2013, 8, 3)]  // the day before the 2013 opener
    [InlineData(2020, 6, 1)]  // the summer between 2019-20 and 2021
    [InlineData(2023, 6, 10)] // between 2023 and 2023-24
    [InlineData(2024, 6, 15)]
    [InlineData(2027, 3, 1)]
    public void Find_DateBetweenSeasons_IsNull(int year, int month, int day)
        => Assert.Null(AsianLeMansSeries.Find(new LocalDate(year, month, day)));

    [Theory]
    [InlineData("2015-16")]
    [InlineData("2016-17")]
    [InlineData("2017-18")]
    [InlineData("2018-19")]
    [InlineData("2019-20")]
    [InlineData("2023-24")]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    [InlineData("2026-27")]
    public void Span_WinterSeason_RunsIntoTheNextYear(string label)
    {
        var season = AsianLeMansSeries.Find(label)!.Season;
        Assert.Equal(int.Parse(label[..4], System.Globalization.CultureInfo.InvariantCulture), season.FirstDay.Year);
        Assert.Equal(season.FirstDay.Year + 1, season.LastDay.Year);
    }

    [Theory]
    [InlineData("2009")]
    [InlineData("2013")]
    [InlineData("2014")]
    [InlineData("2021")]
    [InlineData("2022")]
    [InlineData("2023")]
    public void Span_SingleYearSeason_StaysInItsYear(string label)
    {
        var season = AsianLeMansSeries.Find(label)!.Season;
        Assert.Equal(int.Parse(label, System.Globalization.CultureInfo.InvariantCulture), season.FirstDay.Year);
        Assert.Equal(season.FirstDay.Year, season.LastDay.Year);
    }

    [Theory]
    [MemberData(nameof(EveryRuleSet))]
    public void Calendar_RoundsIdsDatesAndStartsAreConsistent(string key)
    {
        var season = BuiltIn.Get(key).Season;
        var races = season.Races;
        Assert.Equal(Enumerable.Range(1, races.Count), races.Select(r => r.Round));
        Assert.Equal(races.Select(r => $"R{r.Round}"), races.Select(r => r.Id.Value));
        Assert.Equal(races.Select(r => r.Date).Order(), races.Select(r => r.Date));
        Assert.All(races, race =>
        {
            Assert.True(season.Contains(race.Date), $"{race.Name} ({race.Date}) is outside {season.FirstDay}..{season.LastDay}.");
            Assert.True(race.ScheduledDuration is not null || race.ScheduledLaps is not null, $"{race.Name} has neither a duration nor a distance.");
            var circuit = season.FindEvent(race.Id)!.Circuit;
            if (race.Start is { } start)
            {
                Assert.Equal(race.Date, start.Date);
                Assert.Equal(circuit.TimeZone, start.Zone);
            }
        });
        if (!races.IsEmpty)
        {
            // A season runs from its first racing day to its last (2009's first day is the first part of its aggregate race).
            Assert.Equal(races[^1].Date, season.LastDay);
            Assert.InRange(Period.Between(season.FirstDay, races[0].Date, PeriodUnits.Days).Days, 0, 1);
        }
    }

    [Fact]
    public void Calendar_DoubleHeadersCountEachRaceAsARound()
    {
        var season = AsianLeMansSeries.Season2023To24.Season;
        Assert.Equal(5, season.Races.Count);
        Assert.Equal([2, 1, 2], season.Events.Select(e => e.Races.Count));
        Assert.Equal("4 Hours of Sepang, race 2", season.Races[1].Name);
        Assert.Equal(new LocalDate(2023, 12, 3), season.Races[1].Date);
        Assert.Equal("4 Hours of Dubai", season.Races[2].Name);
        Assert.Equal(3, season.Races[2].Round);
    }

    [Fact]
    public void Calendar_KnownStart_IsZonedAtTheCircuit()
    {
        // Sepang 2023-24, race 1: 2 p.m. in Kuala Lumpur (UTC+8) is 06:00 UTC.
        var start = AsianLeMansSeries.Season2023To24.Season.Races[0].Start!.Value;
        Assert.Equal("Asia/Kuala_Lumpur", start.Zone.Id);
        Assert.Equal(Instant.FromUtc(2023, 12, 2, 6, 0), start.ToInstant());
    }

    [Fact]
    public void ReadmeExample_LabelAndDateFindTheSameSeason()
    {
        var rules = AsianLeMansSeries.Find("2023/24")!;
        Assert.Same(rules, AsianLeMansSeries.Find(new LocalDate(2024, 2, 4)));
        Assert.Equal(Confidence.Derived, rules.Scoring.Provenance!.Confidence);
        Assert.Equal(["LMP2 Teams #1 -> LMP2", "GT Teams #1 -> LMGT3"], rules.Invitations.Select(i => $"{i.Table} #{i.Position} -> {i.LeMansClass}"));
    }

    [Fact]
    public void Calendar_2026To27_NotAnnouncedSoNoRaces()
    {
        var season = AsianLeMansSeries.Season2026To27.Season;
        Assert.True(season.Races.IsEmpty);
        Assert.Equal(new LocalDate(2026, 12, 1), season.FirstDay);
        Assert.Equal(new LocalDate(2027, 2, 28), season.LastDay);
    }

    [Fact]
    public void Calendar_2009_OneAggregateRaceOf272Laps()
    {
        var race = Assert.Single(AsianLeMansSeries.Season2009.Season.Races);
        Assert.Equal(272, race.ScheduledLaps);
        Assert.Equal(new LocalDate(2009, 11, 1), race.Date);
        Assert.Equal(new LocalDate(2009, 10, 31), AsianLeMansSeries.Season2009.Season.FirstDay);
    }

    [Fact]
    public void Calendar_2017To18_BuriramIsASixHourRace()
    {
        var durations = AsianLeMansSeries.Season2017To18.Season.Races.Select(r => r.ScheduledDuration!.Value.TotalHours);
        Assert.Equal([4d, 4, 6, 4], durations);
    }
}
