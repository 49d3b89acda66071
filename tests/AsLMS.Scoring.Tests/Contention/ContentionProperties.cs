using AsLMS.Scoring.Contention;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AsLMS.Scoring.Tests.Contention;

/// <summary>The invariants of contention and simulation, checked over generated seasons analysed after a random round.</summary>
public sealed class ContentionProperties
{
    private static readonly ContentionOptions EveryCarClassified = new() { Finishing = FinishingAssumption.EveryCarClassified, NodeBudget = 200_000 };
    private static readonly ContentionOptions AnyCarMayRetire = new() { NodeBudget = 200_000 };

    /// <summary>A season, a round after which to analyse it, one of its drivers' or cars' tables, and a seed.</summary>
    private static Gen<(GeneratedSeason Season, int AfterRound, TableId Table, int Seed)> Cases =>
        from season in SeasonGen.Seasons
        from after in Gen.Choose(0, season.Rules.Season.Races.Count)
        from table in Gen.Elements(season.Rules.Tables.Select(t => t.Id).ToArray())
        from seed in Gen.Choose(0, int.MaxValue)
        select (season, after, table, seed);

    [Fact]
    public void Simulation_EliminatedCompetitor_IsNeverChampionInAnySimulatedCompletion()
        => SeasonGen.Check(Cases, x =>
        {
            foreach (var (options, model) in new[] { (AnyCarMayRetire, (IFinishingOddsModel)SeasonFormOdds.Default), (EveryCarClassified, new NoRetirement()) })
            {
                var contention = ContentionCalculator.Calculate(x.Season.Rules, x.Season.Results, x.AfterRound, x.Table, options);
                var odds = ChampionshipSimulator.Simulate(x.Season.Rules, x.Season.Results, x.AfterRound, x.Table, new SimulationOptions { Simulations = 300, Seed = x.Seed, Model = model });
                foreach (var chance in contention.Title)
                {
                    var titles = odds.Competitors.Single(c => c.Competitor.Id == chance.Competitor.Id).Titles;
                    if ((chance.Verdict == ContentionVerdict.Eliminated && titles != 0) || (chance.Verdict == ContentionVerdict.Clinched && titles != 300))
                    {
                        return false;
                    }
                }
            }

            return true;
        }, tests: 40);

    [Fact]
    public void Simulation_RanksOfACompletion_AreTheStandingsCalculatorsRanks()
        => SeasonGen.Check(Cases, x =>
        {
            var options = new SimulationOptions { Seed = x.Seed };
            foreach (var completion in ChampionshipSimulator.Replay(x.Season.Rules, x.Season.Results, x.AfterRound, x.Table, options, 3).Where(c => c.Length > 0))
            {
                var scenario = completion[0].Scenario;
                var standings = StandingsCalculator.Calculate(x.Season.Rules, scenario.Complete(x.Season.Rules, x.Season.Results))[x.Table];
                foreach (var (_, competitor, rank) in completion)
                {
                    if ((standings.Find(competitor.Id)?.Rank ?? 0) != rank)
                    {
                        return false;
                    }
                }
            }

            return true;
        }, tests: 60);

    [Fact]
    public void Scenario_OfAPossibleVerdict_AchievesItWhenPlayedThroughTheCalculator()
        => SeasonGen.Check(Cases, x =>
        {
            foreach (var options in new[] { AnyCarMayRetire, EveryCarClassified })
            {
                var contention = ContentionCalculator.Calculate(x.Season.Rules, x.Season.Results, x.AfterRound, x.Table, options);
                foreach (var chance in contention.Title.Concat(contention.Invitations.SelectMany(i => i.Competitors)))
                {
                    if (chance.Verdict != ContentionVerdict.Possible || chance.Method == ContentionMethod.FinalStandings)
                    {
                        continue;
                    }

                    var completed = chance.Scenario!.Complete(x.Season.Rules, x.Season.Results);
                    var row = StandingsCalculator.Calculate(x.Season.Rules, completed)[x.Table].Find(chance.Competitor.Id);
                    if (row is null || row.Rank > chance.Position)
                    {
                        return false;
                    }
                }
            }

            return true;
        }, tests: 40);

    [Fact]
    public void SimpleBound_NeverSaysEliminated_WhenTheExactAnswerIsPossible()
        => SeasonGen.Check(Cases, x =>
        {
            var contention = ContentionCalculator.Calculate(x.Season.Rules, x.Season.Results, x.AfterRound, x.Table, AnyCarMayRetire);
            return contention.Title.All(c => c.Verdict is not (ContentionVerdict.Possible or ContentionVerdict.Clinched) || c.SimpleBoundSaysPossible);
        }, tests: 60);

    [Fact]
    public void EveryCarClassified_NeverAllowsWhatAnyCarMayRetireRulesOut()
        => SeasonGen.Check(Cases, x =>
        {
            var strict = ContentionCalculator.Calculate(x.Season.Rules, x.Season.Results, x.AfterRound, x.Table, EveryCarClassified);
            var loose = ContentionCalculator.Calculate(x.Season.Rules, x.Season.Results, x.AfterRound, x.Table, AnyCarMayRetire);
            return strict.Title.Zip(loose.Title).All(p => p.First.Verdict != ContentionVerdict.Possible || p.Second.Verdict != ContentionVerdict.Eliminated);
        }, tests: 40);

    [Fact]
    public void Simulation_AnyCoreCount_GivesTheSameCounts()
        => SeasonGen.Check(Cases, x =>
        {
            TableOdds Run(int cores) => ChampionshipSimulator.Simulate(x.Season.Rules, x.Season.Results, x.AfterRound, x.Table, new SimulationOptions { Simulations = 2100, Seed = x.Seed, MaxDegreeOfParallelism = cores });
            return Run(1) == Run(3);
        }, tests: 15);

    /// <summary>The default odds with every car classified: the simulations stay within "every car classified".</summary>
    private sealed class NoRetirement : IFinishingOddsModel
    {
        public EquatableArray<CarOdds> Estimate(OddsQuery query)
            => SeasonFormOdds.Default.Estimate(query).Select(o => o with { NotClassified = 0 }).ToEquatableArray();
    }
}
