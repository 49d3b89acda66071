using AsLMS.Scoring.Contention;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Results;
using static AsLMS.Scoring.Tests.Support.Fixture;

namespace AsLMS.Scoring.Tests.Contention;

public sealed class ChampionshipSimulatorTests
{
    [Fact]
    public void Simulate_FixedSeed_SameCountsOnEveryRunAndEveryCoreCount()
    {
        // 3,000 simulations are three blocks (1,024, 1,024 and 952): with one core they run in order, with more in any order.
        var demo = SeasonGenerator.Demo();
        TableOdds Run(int? cores) => ChampionshipSimulator.Simulate(demo.Rules, demo.Results, 4, "LMP2 Teams", new SimulationOptions { Simulations = 3000, Seed = 42, MaxDegreeOfParallelism = cores });

        var single = Run(1);

        Assert.Equal(single, Run(1));
        Assert.Equal(single, Run(2));
        Assert.Equal(single, Run(4));
        Assert.Equal(single, Run(null));
        Assert.NotEqual(single, ChampionshipSimulator.Simulate(demo.Rules, demo.Results, 4, "LMP2 Teams", new SimulationOptions { Simulations = 3000, Seed = 43 }));
    }

    [Fact]
    public void Simulate_CountsAddUp_EveryCompetitorFinishesSomewhereInEverySimulation()
    {
        var demo = SeasonGenerator.Demo();

        var odds = ChampionshipSimulator.Simulate(demo.Rules, demo.Results, 3, "GT Teams", new SimulationOptions { Simulations = 2000 });

        Assert.All(odds.Competitors, c => Assert.Equal(2000, c.Finishes.Sum()));
        Assert.True(odds.Competitors.Sum(c => c.Titles) >= 2000);
        Assert.Equal([1], odds.InvitationPositions);
        Assert.All(odds.Competitors, c => Assert.Equal(c.Titles, c.Invitations));
    }

    [Fact]
    public void Simulate_ClinchedLeader_IsChampionInEverySimulation()
    {
        // Five races; #1 wins R1-R4, #2 is second each time: after R4, #1 100 and #2 at most 72 + 25 = 97.
        var rules = TestRules(5);
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"), Race("R2", "1", "2"), Race("R3", "1", "2"), Race("R4", "1", "2"));

        var odds = ChampionshipSimulator.Simulate(rules, results, 4, "LMP2 Teams", new SimulationOptions { Simulations = 500 });

        Assert.Equal(500, odds.Competitors.Single(c => c.Competitor.Id == "1").Titles);
        Assert.Equal(1.0, odds.Competitors.Single(c => c.Competitor.Id == "1").TitleProbability);
        Assert.Equal(500, odds.Competitors.Single(c => c.Competitor.Id == "2").Finishes[1]);
    }

    [Fact]
    public void Simulate_PluggableModel_CertainOddsGiveTheOnlyOutcome()
    {
        // After R2: #1 42, #2 43, #3 33 (one point for pole). In R3 a model in which #1 and #2 are never classified:
        // #3 wins (58, or 59 with the pole) against 42 and 43 (44 at most with the pole): champion in every simulation.
        var rules = TestRules(3, Modern(pole: 1));
        var results = TestResults(
            [Car("1"), Car("2"), Car("3")],
            Race("R1", "1", "2", "3").Pole("LMP2", "1"),
            Race("R2", "2", "3", "1").Pole("LMP2", "1"));

        var odds = ChampionshipSimulator.Simulate(rules, results, 2, "LMP2 Teams", new SimulationOptions { Simulations = 700, Model = new OnlyFinisher("3") });

        Assert.Equal(700, odds.Competitors.Single(c => c.Competitor.Id == "3").Titles);
        Assert.Equal(0, odds.Competitors.Where(c => c.Competitor.Id != "3").Sum(c => c.Titles));
    }

    [Fact]
    public void Simulate_ModelWithoutOddsForACar_ThrowsNamingTheCar()
    {
        var rules = TestRules(2);
        var results = TestResults([Car("1"), Car("2")], Race("R1", "1", "2"));

        var error = Assert.Throws<InvalidOperationException>(() => ChampionshipSimulator.Simulate(rules, results, 1, "LMP2 Teams", new SimulationOptions { Model = new OnlyFor("1") }));

        Assert.Contains("#2", error.Message, StringComparison.Ordinal);
    }

    private sealed class OnlyFinisher(string car) : IFinishingOddsModel
    {
        public EquatableArray<CarOdds> Estimate(OddsQuery query)
            => query.Cars.Select(c => new CarOdds(c, 1, c.Value == car ? 0 : 1)).ToEquatableArray();
    }

    private sealed class OnlyFor(string car) : IFinishingOddsModel
    {
        public EquatableArray<CarOdds> Estimate(OddsQuery query)
            => query.Cars.Where(c => c.Value == car).Select(c => new CarOdds(c, 1, 0.1)).ToEquatableArray();
    }
}
