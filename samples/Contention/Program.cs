// Prints the title contention of the generated demo season after each round, for every teams' table: the leader, who can still
// be champion (if any car may retire, and if every car must be classified), a scenario that makes the closest rival champion,
// what clinches the title in the next round, who can still earn the Le Mans invitation, and the odds from a seeded simulation.
// Usage: dotnet run --project samples/Contention [-- --seed N]
using System.Globalization;
using System.Text;
using AsLMS.Scoring.Contention;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Rules;

var seed = args.Length == 2 && args[0] == "--seed" ? long.Parse(args[1], CultureInfo.InvariantCulture) : GeneratorOptions.Demo.Seed;
var season = SeasonGenerator.Generate(GeneratorOptions.Demo with { Seed = seed });
var rules = season.Rules;
var results = season.Results;
var tables = rules.Tables.Where(t => t.Competitors == CompetitorKind.Car).ToList();
var strict = new ContentionOptions { Finishing = FinishingAssumption.EveryCarClassified };
var simulation = new SimulationOptions { Simulations = 4000, Seed = 1 };

Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine($"{rules.Series}: {rules.Label} (seed {seed}): title contention after each round");
Console.WriteLine("GENERATED DEMO DATA: not a real season. Points: 25-18-15-12-10-8-6-4-2-1, 0.5 beyond 10th, 1 for class pole.");
Console.WriteLine($"Odds: {simulation.Simulations} simulations of the remaining races (seed {simulation.Seed}), strengths from the season so far.");
Console.WriteLine();

foreach (var race in rules.Season.Races)
{
    var after = race.Round;
    var left = rules.Season.Races.Count - after;
    Console.WriteLine($"After round {after} ({race.Name}): {(left == 0 ? "final" : $"{left} race{(left == 1 ? string.Empty : "s")} left")}");
    foreach (var table in tables)
    {
        var contention = ContentionCalculator.Calculate(rules, results, after, table.Id);
        var strictContention = ContentionCalculator.Calculate(rules, results, after, table.Id, strict);
        var leader = contention.Title[0];
        Console.WriteLine($"  {table.Name}: leader {leader.Competitor.Name}, {leader.Total} points");
        if (left == 0)
        {
            Console.WriteLine($"    Champion: {string.Join(", ", contention.Contenders.Select(c => c.Competitor.Name))}");
            continue;
        }

        Console.WriteLine($"    Can still win if any car may retire: {Names(contention)}");
        Console.WriteLine($"    Can still win if every car is classified: {Names(strictContention)}");
        var onlyWithRetirements = contention.Contenders.Select(c => c.Competitor.Id).Except(strictContention.Contenders.Select(c => c.Competitor.Id)).ToList();
        if (onlyWithRetirements.Count > 0)
        {
            Console.WriteLine($"      {string.Join(", ", onlyWithRetirements.Select(id => "#" + id))}: out once rivals must finish somewhere (they cannot all finish behind)");
        }

        // The closest rival's scenario with every car classified (a full finishing order), else with retirements.
        var rival = strictContention.Title.Skip(1).FirstOrDefault(c => c.Verdict == ContentionVerdict.Possible)
            ?? contention.Title.Skip(1).FirstOrDefault(c => c.Verdict == ContentionVerdict.Possible);
        if (rival is not null)
        {
            Console.WriteLine($"    {rival.Competitor.Name} ({rival.Total}) is champion if, for example (decided by {rival.Method}):");
            foreach (var line in rival.Scenario!.Races)
            {
                Console.WriteLine($"      {Describe(line, rival.Competitor.Id, leader.Competitor.Id)}");
            }
        }

        Console.WriteLine($"    {Clinch(contention)}");
        foreach (var invitation in contention.Invitations)
        {
            Console.WriteLine($"    Le Mans invitation '{invitation.Rule.Id}' (P{invitation.Rule.Position}): {invitation.Contenders.Count()} can still earn it");
        }

        var odds = ChampionshipSimulator.Simulate(rules, results, after, table.Id, simulation);
        var favourites = odds.Competitors.Where(c => c.Titles > 0).OrderByDescending(c => c.Titles).Take(4)
            .Select(c => $"{c.Competitor.Name} {c.TitleProbability * 100:F1}%");
        Console.WriteLine($"    Odds of the title: {string.Join(", ", favourites)}");
    }

    Console.WriteLine();
}

// "Clinches in R6 with P1 to P2 whatever the others do; with P3 to P14 or not classified if #2, #75 finish low enough", from the options
// without the pole (ClinchAnalysis.Summary has every condition in full).
static string Clinch(TableContention contention)
{
    if (contention.Clinch is not { } clinch)
    {
        return "No leader yet.";
    }

    if (clinch.Clinched)
    {
        return clinch.Summary;
    }

    var options = clinch.Options.Where(o => !o.LeaderPole).ToList();
    var certain = options.Where(o => o.Outcome == ClinchOutcome.Clinches).Select(o => Position(o.LeaderPosition)).ToList();
    var conditional = options.Where(o => o.Outcome == ClinchOutcome.ClinchesIf).ToList();
    if (certain.Count == 0 && conditional.Count == 0)
    {
        return $"{clinch.Leader.Name} cannot clinch the title in {clinch.NextRace}.";
    }

    var text = certain.Count > 0
        ? $"{clinch.Leader.Name} clinches the title in {clinch.NextRace} with {Span(certain)} whatever the others do"
        : $"{clinch.Leader.Name} can clinch the title in {clinch.NextRace}";
    if (conditional.Count > 0)
    {
        var rivals = conditional.SelectMany(o => o.Conditions).Select(c => "#" + c.Rival.Id).Distinct();
        text += $"{(certain.Count > 0 ? ";" : ":")} with {Span(conditional.Select(o => Position(o.LeaderPosition)).ToList())} if {string.Join(", ", rivals)} finish low enough";
    }

    return text + ".";

    static string Position(int? position) => position is { } p ? "P" + p.ToString(CultureInfo.InvariantCulture) : "not classified";

    static string Span(List<string> positions)
    {
        var unclassified = positions.Remove("not classified");
        var text = positions.Count switch
        {
            0 => string.Empty,
            1 => positions[0],
            _ => $"{positions[0]} to {positions[^1]}",
        };
        return unclassified ? (text.Length == 0 ? "not classified" : text + " or not classified") : text;
    }
}

static string Names(TableContention contention)
{
    var contenders = contention.Contenders.Select(c => c.Competitor.Id).ToList();
    var undecided = contention.Title.Count(c => c.Verdict == ContentionVerdict.Undecided);
    return $"{contenders.Count} ({string.Join(", ", contenders.Select(id => "#" + id))})" + (undecided > 0 ? $", {undecided} undecided" : string.Empty);
}

// "R5: #2, #75, #43 ... leader #57 P9" — the first three, and where the two protagonists finish.
static string Describe(ScenarioRace race, string rival, string leader)
{
    var order = race.Classified.Select(c => c.Value).ToList();
    var text = $"{race.Race}: {string.Join(", ", order.Take(3).Select(c => "#" + c))}";
    foreach (var car in new[] { rival, leader }.Distinct())
    {
        var at = order.IndexOf(car);
        if (at >= 3)
        {
            text += $" ... #{car} P{at + 1}";
        }
        else if (at < 0)
        {
            text += $"; #{car} not classified";
        }
    }

    return text + (race.Poles.IsEmpty ? string.Empty : $"; pole #{race.Poles[0].Car}");
}
