// Prints the 24 Hours of Le Mans invitations a season earns, with the reason for each and every team each rule looked at:
// 1. the generated demo season (its rule set invites the LMP2 and GT champions and passes a declined invitation down), as it
//    stands and with its LMP2 champion declining;
// 2. the built-in 2015-16 rules (invitations only for teams that contested every round; the LMP3 champion's falls back to GT 2nd
//    with fewer than 3 LMP3 entries; a declined invitation lapses) applied to a small constructed result set, NOT the real season.
// Usage: dotnet run --project samples/Invitations
using System.Text;
using AsLMS.Scoring;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Seasons;
using AsLMS.Scoring.Standings;

Console.OutputEncoding = Encoding.UTF8;

var demo = SeasonGenerator.Demo();
var demoStandings = StandingsCalculator.Calculate(demo.Rules, demo.Results);
Console.WriteLine($"{demo.Rules.Series}: {demo.Rules.Label}");
Console.WriteLine("GENERATED DEMO DATA: not a real season.");
Console.WriteLine();
var demoList = InvitationAllocator.Allocate(demo.Rules, demoStandings, demo.Results, InvitationInputs.None);
Print("Invitations", demoList);

var champion = demoList.Invitations[0];
var declining = new InvitationInputs { Declined = [TeamReference.ForCar(champion.Car)] };
Print($"Invitations if {champion.Team} declines", InvitationAllocator.Allocate(demo.Rules, demoStandings, demo.Results, declining));

var rules = AsianLeMansSeries.Season2015To16;
var constructed = Constructed2015To16();
var inputs = new InvitationInputs { Declined = [TeamReference.ForCar("31")] };
Console.WriteLine($"{rules.Series} {rules.Label}: the built-in rules on CONSTRUCTED RESULTS, NOT REAL RESULTS of the season.");
Console.WriteLine("LMP2 #1 has no result in round 2; LMP3 has 2 entries; GT champion #31 declines.");
Console.WriteLine();
Print("Invitations", InvitationAllocator.Allocate(rules, StandingsCalculator.Calculate(rules, constructed), constructed, inputs));

static void Print(string title, InvitationList list)
{
    Console.WriteLine(title);
    Console.WriteLine(new string('=', title.Length));
    foreach (var decision in list.Decisions)
    {
        var outcome = decision.Invitation is { } invitation
            ? $"{invitation.Team}, {Ordinal(invitation.Position)} in {invitation.Table} -> {invitation.LeMansClass} at Le Mans"
            : decision.Outcome.ToString().ToLowerInvariant();
        Console.WriteLine($"{decision.RuleId}: {outcome}");
        Console.WriteLine($"    {decision.Reason}");
        foreach (var considered in list.Considerations.Where(c => c.RuleId == decision.RuleId && c.Outcome != ConsiderationOutcome.Invited))
        {
            Console.WriteLine($"    - {considered.Team} ({Ordinal(considered.Rank)}): {considered.Reason}");
        }
    }

    Console.WriteLine();
}

static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

// Four rounds in the same order except round 2, which #1 misses: LMP2 #1 75 points, #2 72, #3 70; LMP3 #21 100, #22 72;
// GT #31 100, #32 72, #33 60.
static SeasonResults Constructed2015To16()
{
    Entry Car(string car, string carClass, string entrant) => new() { Car = car, Class = carClass, Entrant = entrant };
    Entry[] entries =
    [
        Car("1", "LMP2", "Sample Prototypes"), Car("2", "LMP2", "Example Racing"), Car("3", "LMP2", "Placeholder Motorsport"),
        Car("21", "LMP3", "Demo Team LMP3"), Car("22", "LMP3", "Fictional Racing"),
        Car("31", "GT", "Imaginary GT"), Car("32", "GT", "Made-Up Motorsport"), Car("33", "GT", "Test Car Racing"),
    ];
    RaceResult Race(string race, params string[] order) => new()
    {
        Race = race,
        Cars = order.Select((car, i) => new CarResult { Car = car, Position = i + 1, Status = ResultStatus.Classified, Laps = 90 - i }).ToEquatableArray(),
    };
    string[] full = ["1", "2", "3", "21", "22", "31", "32", "33"];
    return new SeasonResults
    {
        Drivers = default,
        Entries = entries.ToEquatableArray(),
        Races =
        [
            Race("R1", full),
            Race("R2", "3", "2", "21", "22", "31", "32", "33"),
            Race("R3", full),
            Race("R4", full),
        ],
    };
}
