using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using NodaTime;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>
/// Compact builders for hand-written cases: a calendar of N races, a rule set with LMP2 (and its LMP2 Am sub-class) and GT,
/// and results written as finishing orders. Every figure a test expects is computed by hand in the test itself.
/// </summary>
internal static class Fixture
{
    public static readonly EquatableArray<Points> ModernScale = [25, 18, 15, 12, 10, 8, 6, 4, 2, 1];

    public static Season Calendar(int races, Duration? duration = null, int? scheduledLaps = null)
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Dubai"];
        var list = new List<Race>();
        for (var i = 1; i <= races; i++)
        {
            var date = new LocalDate(2024, 1, 10).PlusDays(i);
            list.Add(new Race
            {
                Id = $"R{i}",
                Round = i,
                Name = $"Race {i}",
                Date = date,
                Start = date.At(new LocalTime(12, 0)).InZoneStrictly(zone),
                ScheduledDuration = duration ?? Duration.FromHours(4),
                ScheduledLaps = scheduledLaps,
            });
        }

        return new Season
        {
            Label = "Test",
            FirstDay = list[0].Date,
            LastDay = list[^1].Date,
            Events = [new RaceEvent { Name = "Test event", Circuit = new Circuit { Name = "Yas Marina Circuit", Country = "ARE", TimeZone = zone }, Races = list.ToEquatableArray() }],
        };
    }

    public static RaceScoring Modern(Points? beyond = null, Points? pole = null) => new()
    {
        Scale = ModernScale,
        BeyondScale = beyond ?? Points.Zero,
        Pole = pole ?? Points.Zero,
    };

    /// <summary>A rule set with classes LMP2, LMP2 Am (inside LMP2) and GT, and a teams' and drivers' table for each.</summary>
    public static RuleSet TestRules(int races, RaceScoring? scoring = null, ScoringRules? rules = null, Season? season = null)
    {
        var tables = new List<ChampionshipTable>();
        foreach (var c in new[] { "LMP2", "LMP2 Am", "GT" })
        {
            tables.Add(new ChampionshipTable { Id = $"{c} Teams", Name = $"{c} Teams", Competitors = CompetitorKind.Car, Classes = [c] });
            tables.Add(new ChampionshipTable { Id = $"{c} Drivers", Name = $"{c} Drivers", Competitors = CompetitorKind.Driver, Classes = [c] });
        }

        return new RuleSet
        {
            Series = "Test series",
            Season = season ?? Calendar(races),
            Classes =
            [
                new ClassDefinition { Id = "LMP2", Name = "LMP2" },
                new ClassDefinition { Id = "LMP2 Am", Name = "LMP2 Am", Parent = "LMP2" },
                new ClassDefinition { Id = "GT", Name = "GT" },
            ],
            Tables = tables.ToEquatableArray(),
            Scoring = rules ?? new ScoringRules { Races = [scoring ?? Modern()] },
        };
    }

    /// <summary>An entry whose drivers are "{car}a", "{car}b"... and whose entrant is "Team {car}".</summary>
    public static Entry Car(string number, string carClass = "LMP2", string? subClass = null, int drivers = 2, string? entrant = null, bool fullSeason = true)
        => new()
        {
            Car = number,
            Entrant = entrant ?? $"Team {number}",
            Class = carClass,
            SubClass = subClass is null ? (ClassId?)null : new ClassId(subClass),
            Crew = Enumerable.Range(0, drivers).Select(i => new DriverId($"{number}{(char)('a' + i)}")).ToEquatableArray(),
            FullSeason = fullSeason,
        };

    public static SeasonResults TestResults(IEnumerable<Entry> entries, params RaceResult[] races)
    {
        var list = entries.ToList();
        return new SeasonResults
        {
            Drivers = list.SelectMany(e => e.Crew).Distinct().Select(d => new Driver { Id = d, Name = $"Driver {d}" }).ToEquatableArray(),
            Entries = list.ToEquatableArray(),
            Races = races.ToEquatableArray(),
        };
    }

    /// <summary>A race in which the named cars are classified in that order; other cars may be added with <see cref="Out"/>.</summary>
    public static RaceResult Race(string race, params string[] finishingOrder)
        => new()
        {
            Race = race,
            Cars = finishingOrder.Select((car, i) => new CarResult { Car = car, Position = i + 1, Status = ResultStatus.Classified, Laps = 100 - i }).ToEquatableArray(),
        };

    public static RaceResult Out(this RaceResult race, string car, ResultStatus status)
        => race with { Cars = race.Cars.Add(new CarResult { Car = car, Status = status, Laps = 10 }) };

    public static RaceResult Pole(this RaceResult race, string carClass, string car)
        => race with { Poles = race.Poles.Add(new ClassPole(carClass, car)) };

    public static RaceResult With(this RaceResult race, Adjustment adjustment)
        => race with { Adjustments = race.Adjustments.Add(adjustment) };

    public static RaceResult Crew(this RaceResult race, string car, params (string Driver, int Minutes)[] crew)
        => race with
        {
            Cars = race.Cars.Select(c => c.Car.Value == car
                ? c with { Drivers = crew.Select(d => new DriveTime(d.Driver, Duration.FromMinutes(d.Minutes))).ToEquatableArray() }
                : c).ToEquatableArray(),
        };

    /// <summary>Every race's points of a competitor, as "25 18 (10) ..." with dropped results in brackets and '-' for no result.</summary>
    public static string Breakdown(this AsLMS.Scoring.Standings.StandingsRow row)
        => string.Join(" ", row.Races.Select(r => !r.TookPart ? "-" : r.Dropped ? $"({r.Points})" : r.Points.ToString()));
}
