// A club series written from scratch with the public API: the calendar (two weekends, NodaTime zoned start times), classes with
// a sub-classification, three teams' tables, a points scale with a pole point, best 3 of 4 results, a tie-break chain, crew rules,
// then four hand-written races, validation and the standings. The series, teams and drivers are invented.
// Usage: dotnet run --project samples/CustomSeries
//
// The standings, worked by hand (scale 20-15-12-10-8-6-4-3-2-1 by position in the table, 1 for the class pole, best 3 of 4 count;
// among equal race scores the earlier one is kept; brackets: dropped):
//   Proto Teams  #1  20 + (15+1) + (20+1) + [12]      = 57      GT Teams  #32 15 + 20 + [15] + 20          = 55
//                #2  (15+1) + 20 + [12] + 15          = 51                #31 20 + 15 + 20 + [15]          = 55
//                #3  12 + [12] + 15 + (20+1)          = 48                #34 10 + (12+1) + [10] + (12+1)  = 36
//   GT Am Teams  #34 15 + 20 + [15] + 20              = 55                #33 (12+1) + 10 + (12+1) + [0]   = 36
//                #33 20 + 15 + 20 + [0]               = 55
//   Ties: GT #32 and #31 have two wins and two 2nd places each, so countback is level and the latest result decides (round 4:
//   #32 1st, #31 2nd). GT #34 and #33 are level on wins, 2nd and 3rd places (0, 0, 2 each); #34 has two 4th places to one.
//   GT Am #34 and #33 have two wins each; #34 has two 2nd places to one.
using System.Text;
using AsLMS.Scoring;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;
using NodaTime;
using NodaTime.Text;

Console.OutputEncoding = Encoding.UTF8;
var rules = ClubSeries();
Console.WriteLine($"{rules.Series} {rules.Label}: a series defined in code (invented teams and results)");
var startPattern = ZonedDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm '('z')'", null);
foreach (var raceEvent in rules.Season.Events)
{
    foreach (var race in raceEvent.Races)
    {
        var start = race.Start!.Value;
        Console.WriteLine($"  R{race.Round} {race.Name} at {raceEvent.Circuit.Name}: {startPattern.Format(start)}, {InstantPattern.General.Format(start.ToInstant())}");
    }
}

// A rule set of one's own is validated on its own first, then the results against it.
Console.WriteLine($"Rule set: {SeasonValidation.Validate(rules)}");
var results = ClubResults();
var report = SeasonValidation.Validate(rules, results);
Console.WriteLine($"Results: errors {report.Errors.Count()}, warnings {report.Warnings.Count()}");
foreach (var failure in report.Failures)
{
    Console.WriteLine($"  {failure.Severity} {failure.ErrorCode}: {failure.ErrorMessage}");
}

report.ThrowIfInvalid();

var standings = StandingsCalculator.Calculate(rules, results);
foreach (var table in standings.Tables)
{
    Console.WriteLine();
    Console.WriteLine($"{table.Table.Name} (best 3 of 4; [dropped])");
    foreach (var row in table.Rows)
    {
        var races = string.Join(" ", row.Races.Select(r => r.Dropped ? $"[{r.Points}]" : r.Points.ToString()));
        Console.WriteLine($"{table.Table.Name}: {row.Rank}. {row.Competitor.Name} {row.Total}  ({races})");
        if (row.TieBreak is { Criterion: not null } tieBreak)
        {
            Console.WriteLine($"    {tieBreak.Explanation}");
        }
    }
}

static RuleSet ClubSeries()
{
    var sepang = new Circuit { Name = "Sepang International Circuit", Country = "MYS", TimeZone = DateTimeZoneProviders.Tzdb["Asia/Kuala_Lumpur"] };
    var buriram = new Circuit { Name = "Chang International Circuit", Country = "THA", TimeZone = DateTimeZoneProviders.Tzdb["Asia/Bangkok"] };
    Race Race(int round, string name, Circuit circuit, LocalDateTime start) => new()
    {
        Id = $"R{round}",
        Round = round,
        Name = name,
        Date = start.Date,
        Start = start.InZoneStrictly(circuit.TimeZone),
        ScheduledDuration = Duration.FromHours(2),
    };

    var season = new Season
    {
        Label = "2025",
        FirstDay = new LocalDate(2025, 3, 8),
        LastDay = new LocalDate(2025, 5, 18),
        Events =
        [
            new RaceEvent
            {
                Name = "Sepang 2 Hours",
                Circuit = sepang,
                Races = [Race(1, "Sepang race 1", sepang, new LocalDateTime(2025, 3, 8, 14, 0)), Race(2, "Sepang race 2", sepang, new LocalDateTime(2025, 3, 9, 10, 30))],
            },
            new RaceEvent
            {
                Name = "Buriram 2 Hours",
                Circuit = buriram,
                Races = [Race(3, "Buriram race 1", buriram, new LocalDateTime(2025, 5, 17, 15, 0)), Race(4, "Buriram race 2", buriram, new LocalDateTime(2025, 5, 18, 11, 0))],
            },
        ],
    };

    ChampionshipTable Teams(string classId) => new() { Id = $"{classId} Teams", Name = $"{classId} Teams", Competitors = CompetitorKind.Car, Classes = [classId] };
    return new RuleSet
    {
        Series = "Example Club Endurance Cup",
        Season = season,
        Classes =
        [
            new ClassDefinition { Id = "Proto", Name = "Proto", Description = "Club prototypes." },
            new ClassDefinition { Id = "GT", Name = "GT", Description = "GT3 cars." },
            new ClassDefinition { Id = "GT Am", Name = "GT Am", Parent = "GT", Description = "GT cars with all-amateur crews." },
        ],
        Tables = [Teams("Proto"), Teams("GT"), Teams("GT Am")],
        Scoring = new ScoringRules
        {
            Races = [new RaceScoring { Scale = [20, 15, 12, 10, 8, 6, 4, 3, 2, 1], Pole = 1, PoleCondition = PoleCondition.Started }],
            Drops = new DropRule { Segments = [new DropSegment { BestResults = 3 }] },
            TieBreaks = [TieBreak.Countback, TieBreak.LatestResult],
        },
        CrewRequirements =
        [
            new CrewRequirement { Id = "crew-size", Description = "One or two drivers per car.", Minimum = 1, Maximum = 2 },
            new CrewRequirement
            {
                Id = "all-am",
                Description = "GT Am crews: no Gold or Platinum driver.",
                Classes = ["GT Am"],
                Categories = [DriverCategory.Gold, DriverCategory.Platinum],
                Maximum = 0,
            },
        ],
        Provenance = Provenance.Of(Confidence.Confirmed, "Invented for this sample.", "samples/CustomSeries/Program.cs"),
    };
}

static SeasonResults ClubResults()
{
    Driver Pilot(string id, string name, string nationality, DriverCategory category)
        => new() { Id = id, Name = name, Nationality = nationality, Category = category };
    Entry Car(string car, string carClass, string entrant, ClassId? subClass, params DriverId[] crew)
        => new() { Car = car, Class = carClass, SubClass = subClass, Entrant = entrant, Crew = crew.ToEquatableArray() };

    // Overall order; a car's position in a table is its order among the table's cars.
    RaceResult Race(string race, string[] order, int laps, ClassPole[] poles, string? retired = null) => new()
    {
        Race = race,
        Cars = order.Select((car, i) => new CarResult { Car = car, Position = i + 1, Status = ResultStatus.Classified, Laps = laps - (i / 3) })
            .Concat(retired is null ? [] : [new CarResult { Car = retired, Status = ResultStatus.Retired, Laps = 12 }])
            .ToEquatableArray(),
        Poles = poles.ToEquatableArray(),
    };

    return new SeasonResults
    {
        Drivers =
        [
            Pilot("amir", "Amir Rahman", "MYS", DriverCategory.Gold), Pilot("bea", "Bea Santos", "PHL", DriverCategory.Bronze),
            Pilot("chai", "Chai Wattana", "THA", DriverCategory.Silver), Pilot("dana", "Dana Lim", "SGP", DriverCategory.Bronze),
            Pilot("eko", "Eko Pratama", "IDN", DriverCategory.Silver), Pilot("fumi", "Fumi Sato", "JPN", DriverCategory.Bronze),
            Pilot("gao", "Gao Ming", "CHN", DriverCategory.Gold), Pilot("hiro", "Hiro Ito", "JPN", DriverCategory.Bronze),
            Pilot("ines", "Ines Moreau", "FRA", DriverCategory.Silver), Pilot("jae", "Jae Park", "KOR", DriverCategory.Bronze),
            Pilot("kiri", "Kiri Walker", "NZL", DriverCategory.Bronze), Pilot("lars", "Lars Berg", "SWE", DriverCategory.Gold),
            Pilot("mei", "Mei Chen", "TWN", DriverCategory.Bronze),
        ],
        Entries =
        [
            Car("1", "Proto", "Red Kite Racing", null, "amir", "bea"),
            Car("2", "Proto", "Blue Heron Motorsport", null, "chai", "dana"),
            Car("3", "Proto", "Green Owl Team", null, "eko", "fumi"),
            Car("31", "GT", "Silver Fox GT", null, "gao", "hiro"),
            Car("32", "GT", "Amber Hawk GT", null, "ines", "jae"),
            Car("33", "GT", "Copper Crow Racing", "GT Am", "kiri"),
            Car("34", "GT", "Jade Swift Racing", "GT Am", "lars", "mei"),   // a Gold driver in a GT Am crew: a validation warning
        ],
        Races =
        [
            Race("R1", ["1", "2", "3", "31", "32", "33", "34"], 62, [new("Proto", "2"), new("GT", "33")]),
            Race("R2", ["2", "1", "3", "32", "31", "34", "33"], 63, [new("Proto", "1"), new("GT", "34")]),
            Race("R3", ["1", "3", "2", "31", "32", "33", "34"], 61, [new("Proto", "1"), new("GT", "33")]),
            Race("R4", ["3", "2", "1", "32", "31", "34"], 62, [new("Proto", "3"), new("GT", "34")], retired: "33"),
        ],
    };
}
