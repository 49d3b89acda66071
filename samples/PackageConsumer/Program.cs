// An app that references the AsLMS.Scoring package (not the project) and uses its main public API: a built-in rule set looked
// up by label, results written in code, validation, standings and the Le Mans invitations, and a JSON round trip.
// The results are CONSTRUCTED, not the real 2024-25 season: two races, three LMP2 cars and two GT cars.
// Usage (see README.md, "Use the package"):
//   dotnet pack src/AsLMS.Scoring -c Release -o artifacts/packages -p:Version=0.1.0-local.1
//   dotnet run --project samples/PackageConsumer -p:AsLMSScoringVersion=0.1.0-local.1
using System.Reflection;
using System.Text;
using AsLMS.Scoring;
using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Validation;

Console.OutputEncoding = Encoding.UTF8;
var package = typeof(RuleSet).Assembly;
var version = package.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
Console.WriteLine($"AsLMS.Scoring {version.Split('+')[0]} (the package's informational version)");

// 1. A built-in rule set, by label.
var rules = AsianLeMansSeries.Find("2024-25") ?? throw new InvalidOperationException("2024-25 is not built in.");
var first = rules.Season.Races[0];
Console.WriteLine($"Rules: {rules.Series} {rules.Label}, {rules.Season.Races.Count} races from {first.Date:uuuu-MM-dd} ({first.Name}), "
    + $"classes {string.Join(", ", rules.Classes.Select(c => c.Id))}; points {string.Join("-", rules.Scoring.Races[0].Scale)}, "
    + $"pole {rules.Scoring.Races[0].Pole} ({rules.Scoring.Provenance?.Confidence})");

// 2. Results of the first two races, written in code.
var results = ConstructedResults();
Console.WriteLine("CONSTRUCTED RESULTS, not the real season: two races, LMP2 #8 #25 #20, GT #91 #77.");

// 3. Validation: every problem as a value; #77's crew has no Bronze driver, a warning the calculator scores through.
var report = SeasonValidation.Validate(rules, results);
Console.WriteLine($"Validation: errors {report.Errors.Count()}, warnings {report.Warnings.Count()}");
foreach (var failure in report.Failures)
{
    Console.WriteLine($"  {failure.Severity} {failure.ErrorCode} {failure.PropertyName}: {failure.ErrorMessage}");
}

report.ThrowIfInvalid();

// 4. Standings.
var standings = StandingsCalculator.Calculate(rules, results);
foreach (var table in new TableId[] { "LMP2 Teams", "GT Teams" })
{
    foreach (var row in standings[table].Rows)
    {
        Console.WriteLine($"{table}: {row.Rank}. {row.Competitor.Name} {row.Total} ({string.Join(" + ", row.Races.Select(r => r.Points))})");
    }
}

// 5. Le Mans invitations on the standings so far (provisional: four races are still to run).
var invitations = InvitationAllocator.Allocate(rules, standings, results, InvitationInputs.None);
foreach (var invitation in invitations.Invitations)
{
    Console.WriteLine($"Invitation {invitation.RuleId}: {invitation.Team} -> {invitation.LeMansClass}");
}

// 6. The results survive a JSON round trip unchanged (records with EquatableArray compare by value).
var roundTrip = ScoringJson.ParseSeasonResults(ScoringJson.ToJson(results));
Console.WriteLine($"JSON round trip: {(roundTrip == results ? "equal" : "DIFFERENT")}");
return roundTrip == results ? 0 : 1;

// Two races; positions are overall, a car's place in a table is its order among the table's cars. Worked by hand with the 2024-25
// scale (25-18-15-12-10-8-6-4-2-1) and 1 point for the class pole:
//   LMP2 Teams  #8  R1 2nd 18 + pole 1, R2 1st 25  = 44     GT Teams  #91 R1 1st 25, R2 1st 25 + pole 1  = 51
//               #25 R1 1st 25, R2 3rd 15 + pole 1  = 41               #77 R1 2nd 18 + pole 1, R2 retired  = 19
//               #20 R1 3rd 15, R2 2nd 18           = 33
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
            Pilot("a-bronze", "Ana Bronze", "MYS", DriverCategory.Bronze), Pilot("b-gold", "Ben Gold", "GBR", DriverCategory.Gold),
            Pilot("c-bronze", "Chen Bronze", "CHN", DriverCategory.Bronze), Pilot("d-silver", "Dev Silver", "IND", DriverCategory.Silver),
            Pilot("e-bronze", "Eli Bronze", "AUS", DriverCategory.Bronze), Pilot("f-platinum", "Fay Platinum", "FRA", DriverCategory.Platinum),
            Pilot("g-bronze", "Gus Bronze", "JPN", DriverCategory.Bronze), Pilot("h-gold", "Hana Gold", "JPN", DriverCategory.Gold),
            Pilot("i-silver", "Ivo Silver", "ITA", DriverCategory.Silver), Pilot("j-silver", "Jun Silver", "KOR", DriverCategory.Silver),
        ],
        Entries =
        [
            Car("8", "LMP2", "Example Prototypes", "a-bronze", "b-gold"),
            Car("25", "LMP2", "Sample Racing", "c-bronze", "d-silver"),
            Car("20", "LMP2", "Placeholder Motorsport", "e-bronze", "f-platinum"),
            Car("91", "GT", "Fictional GT", "g-bronze", "h-gold"),
            Car("77", "GT", "Made-Up Motorsport", "i-silver", "j-silver"),
        ],
        Races =
        [
            new RaceResult
            {
                Race = "R1",
                Cars = [Finish("25", 1, 120), Finish("8", 2, 120), Finish("20", 3, 119), Finish("91", 4, 110), Finish("77", 5, 109)],
                Poles = [new ClassPole("LMP2", "8"), new ClassPole("GT", "77")],
            },
            new RaceResult
            {
                Race = "R2",
                Cars =
                [
                    Finish("8", 1, 121), Finish("20", 2, 121), Finish("25", 3, 120), Finish("91", 4, 111),
                    new CarResult { Car = "77", Status = ResultStatus.Retired, Laps = 40 },
                ],
                Poles = [new ClassPole("LMP2", "25"), new ClassPole("GT", "91")],
            },
        ],
    };
}
