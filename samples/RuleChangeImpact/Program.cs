// The same results under two rule sets: the built-in 2024-25 rules, and an edited copy that doubles the points of race 2 (a
// double-points race, as some series run) and adds the 2014 crew rule "at least one Asian or Oceanian driver". It prints the rule
// changes in plain words, then what they do: who moves, the titles and invitations that change hands, the entries that become
// invalid. The results are CONSTRUCTED, not the real 2024-25 season: the first two races, LMP2 #25 and #8, GT #91 and #77.
// Usage: dotnet run --project samples/RuleChangeImpact
//
// Worked by hand (scale 25-18-15..., 1 point for the class pole, never multiplied; race 2 doubled under the edited rules):
//   LMP2 Teams  #25 R1 1st 25 + pole 1, R2 2nd 18  = 44    edited: 26 + 2 x 18 = 62
//               #8  R1 2nd 18, R2 1st 25           = 43    edited: 18 + 2 x 25 = 68   -> the title and the LMP2 invitation
//                                                                                        pass from #25 to #8
//   GT Teams    #91 R1 1st 25, R2 1st 25           = 50    edited: 25 + 2 x 25 = 75
//               #77 R1 2nd 18 + pole 1, R2 2nd 18  = 37    edited: 19 + 2 x 18 = 55   (no change of rank)
//   #77's crew (Italy, France) has no Asian or Oceanian driver: a new warning under the edited rules.
using System.Text;
using AsLMS.Scoring;
using AsLMS.Scoring.Comparison;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;

Console.OutputEncoding = Encoding.UTF8;
var builtIn = AsianLeMansSeries.Find("2024-25")!;
var edited = builtIn with
{
    Season = builtIn.Season with
    {
        Events = builtIn.Season.Events
            .Select(e => e with { Races = e.Races.Select(r => r.Id == "R2" ? r with { Multiplier = Ratio.FromPercent(200) } : r).ToEquatableArray() })
            .ToEquatableArray(),
    },
    CrewRequirements = builtIn.CrewRequirements.Add(new CrewRequirement
    {
        Id = "asian-or-oceanian-driver",
        Description = "At least one Asian or Oceanian driver in every crew (the 2014 rule).",
        Regions = [WorldRegion.Asia, WorldRegion.Oceania],
        Minimum = 1,
    }),
};

Console.WriteLine($"{builtIn.Series} {builtIn.Label}, built in, against an edited copy. CONSTRUCTED RESULTS, not the real season.");
Console.WriteLine();
Console.WriteLine("Rule changes");
foreach (var change in RuleSetDiff.Compare(builtIn, edited).Changes)
{
    Console.WriteLine($"  {change.Area}: {change.Description}");
}

var impact = RuleChangeImpact.Assess(builtIn, edited, ConstructedResults());
Console.WriteLine();
Console.WriteLine("Impact");
foreach (var table in impact.Tables)
{
    Console.WriteLine($"  {table.Name}");
    if (table.Title is { } title)
    {
        Console.WriteLine($"    {title.Description}");
    }
    foreach (var change in table.Changes)
    {
        Console.WriteLine($"    {change.Competitor.Name}: rank {change.RankBefore} -> {change.RankAfter}, points {change.PointsBefore} -> {change.PointsAfter}");
    }
}

foreach (var invitation in impact.Invitations)
{
    Console.WriteLine($"  Invitation {invitation.Description}");
}

foreach (var failure in impact.NewFailures)
{
    Console.WriteLine($"  New: {failure}");
}

static SeasonResults ConstructedResults()
{
    Driver Pilot(string id, string name, string nationality, DriverCategory category)
        => new() { Id = id, Name = name, Nationality = nationality, Category = category };
    Entry Car(string car, string carClass, string entrant, params DriverId[] crew)
        => new() { Car = car, Class = carClass, Entrant = entrant, Crew = crew.ToEquatableArray() };
    CarResult Finish(string car, int position, int laps) => new() { Car = car, Position = position, Status = ResultStatus.Classified, Laps = laps };

    return new SeasonResults
    {
        Drivers =
        [
            Pilot("a-bronze", "Ana Bronze", "MYS", DriverCategory.Bronze), Pilot("b-gold", "Ben Gold", "AUS", DriverCategory.Gold),
            Pilot("c-bronze", "Chen Bronze", "CHN", DriverCategory.Bronze), Pilot("d-silver", "Dev Silver", "IND", DriverCategory.Silver),
            Pilot("g-bronze", "Gus Bronze", "JPN", DriverCategory.Bronze), Pilot("h-gold", "Hana Gold", "JPN", DriverCategory.Gold),
            Pilot("i-silver", "Ivo Silver", "ITA", DriverCategory.Silver), Pilot("j-bronze", "Jules Bronze", "FRA", DriverCategory.Bronze),
        ],
        Entries =
        [
            Car("25", "LMP2", "Sample Racing", "a-bronze", "b-gold"),
            Car("8", "LMP2", "Example Prototypes", "c-bronze", "d-silver"),
            Car("91", "GT", "Fictional GT", "g-bronze", "h-gold"),
            Car("77", "GT", "Made-Up Motorsport", "i-silver", "j-bronze"),
        ],
        Races =
        [
            new RaceResult
            {
                Race = "R1",
                Cars = [Finish("25", 1, 120), Finish("8", 2, 120), Finish("91", 3, 110), Finish("77", 4, 110)],
                Poles = [new ClassPole("LMP2", "25"), new ClassPole("GT", "77")],
            },
            new RaceResult
            {
                Race = "R2",
                Cars = [Finish("8", 1, 121), Finish("25", 2, 121), Finish("91", 3, 111), Finish("77", 4, 110)],
            },
        ],
    };
}
