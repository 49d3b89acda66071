using AsLMS.Scoring.Contention;
using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;
using AsLMS.Scoring.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace AsLMS.Scoring.Tests.Contention;

/// <summary>
/// Exactness, checked the slow way: on tables small enough to enumerate every outcome of the remaining races (every finishing
/// order, every set of cars not classified, every pole sitter), each verdict must match what the enumeration finds. The
/// enumeration scores completions with the same season model as the simulation, which
/// <see cref="ContentionProperties.Simulation_RanksOfACompletion_AreTheStandingsCalculatorsRanks"/> checks against the calculator.
/// </summary>
public sealed class ExhaustiveEnumerationProperties
{
    private static readonly EquatableArray<TieBreak>[] Chains =
    [
        [TieBreak.Countback, TieBreak.LatestResult],
        [TieBreak.Countback],
        [TieBreak.LatestResult],
        [TieBreak.EarliestResult],
        [TieBreak.CountbackOfCountedResults, TieBreak.LatestResult],
        [],
    ];

    /// <summary>One class of 2-5 cars, 2-4 races with one to three left, random drops, tie-break chain and a double-points finale.</summary>
    private static Gen<(GeneratedSeason Season, int AfterRound, TableId Table, FinishingAssumption Finishing, string Case)> SmallCases =>
        from seed in Gen.Choose(0, int.MaxValue)
        from races in Gen.Choose(2, 4)
        from left in Gen.Choose(1, Math.Min(3, races))
        from finishing in Gen.Elements(FinishingAssumption.AnyCarMayRetire, FinishingAssumption.EveryCarClassified)
        from extras in Gen.Choose(0, 7)
        from cars in Gen.Choose(2, Math.Max(2, MostCars(left, finishing) - (extras == 0 ? 0 : 1)))
        from best in Gen.Choose(0, races)
        from chain in Gen.Elements(Chains)
        from beyond in Gen.Elements(Points.Zero, Points.Half)
        from doubleFinale in Gen.Elements(false, true)
        from drivers in Gen.Elements(false, true)
        select (Build(seed, races, cars, best, chain, beyond, doubleFinale, extras), races - left, new TableId(drivers ? "LMP2 Drivers" : "LMP2 Teams"), finishing,
            $"seed {seed}, {races} races, {left} left, {cars} cars, best {best}, chain [{string.Join(", ", chain)}], beyond {beyond}, double finale {doubleFinale}, drivers {drivers}, {finishing}, extras {extras}");

    /// <summary>As many cars as keep the enumeration to some ten thousand completions (one fewer with a fastest lap or two poles).</summary>
    private static int MostCars(int left, FinishingAssumption finishing) => (left, finishing) switch
    {
        (1, _) => 5,
        (2, FinishingAssumption.EveryCarClassified) => 4,
        (2, _) => 3,
        (_, FinishingAssumption.EveryCarClassified) => 3,
        _ => 2,
    };

    [Fact]
    public void Verdicts_MatchExhaustiveEnumeration()
        => SeasonGen.Check(SmallCases, x =>
        {
            try
            {
                return Verify(x.Season, x.AfterRound, x.Table, x.Finishing);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"{x.Case}: {e.Message}", e);
            }
        }, tests: 60);

    internal static bool Verify(GeneratedSeason season, int afterRound, TableId table, FinishingAssumption finishing)
    {
        var x = (Season: season, AfterRound: afterRound, Table: table, Finishing: finishing);
        {
            var rules = x.Season.Rules;
            var results = x.Season.Results;
            var options = new ContentionOptions { Finishing = x.Finishing };
            var contention = ContentionCalculator.Calculate(rules, results, x.AfterRound, x.Table, options);
            var enumeration = Enumeration.Run(rules, results, x.AfterRound, x.Table, x.Finishing);
            if (enumeration is null)
            {
                return true;
            }

            foreach (var chance in contention.Title)
            {
                var c = enumeration.IndexOf(chance.Competitor.Id);
                var ok = chance.Verdict switch
                {
                    ContentionVerdict.Possible => enumeration.CanFinish(c, 1),
                    ContentionVerdict.Clinched => enumeration.AlwaysFirst(c),
                    ContentionVerdict.Eliminated => !enumeration.CanFinish(c, 1),
                    _ => chance.Reason.Contains("countback of counted results", StringComparison.Ordinal),
                };
                if (!ok)
                {
                    throw new InvalidOperationException($"{chance.Competitor.Id}: {chance.Verdict} ({chance.Reason}), but the enumeration says it can win: {enumeration.CanFinish(c, 1)}, always: {enumeration.AlwaysFirst(c)}.");
                }
            }

            foreach (var chance in contention.Invitations.Single().Competitors)
            {
                var c = enumeration.IndexOf(chance.Competitor.Id);
                var ok = chance.Verdict switch
                {
                    ContentionVerdict.Possible => enumeration.CanFinish(c, 2),
                    ContentionVerdict.Eliminated => !enumeration.CanFinish(c, 2),
                    _ => chance.Reason.Contains("countback of counted results", StringComparison.Ordinal),
                };
                if (!ok)
                {
                    throw new InvalidOperationException($"{chance.Competitor.Id} for 2nd: {chance.Verdict}, but the enumeration says {enumeration.CanFinish(c, 2)}.");
                }
            }

            if (contention.Clinch is { Clinched: false } clinch && !contention.RemainingRaces.IsEmpty)
            {
                enumeration.CheckClinch(clinch);
            }
            else if (contention.Clinch is { Clinched: true } clinched && !contention.RemainingRaces.IsEmpty)
            {
                if (!enumeration.AlwaysFirst(enumeration.IndexOf(clinched.Leader.Id)))
                {
                    throw new InvalidOperationException($"{clinched.Leader.Id} is reported clinched but can be beaten.");
                }
            }

            return true;
        }
    }

    /// <summary>A generated one-class season with the rules varied; <paramref name="extras"/> bit 1 adds a fastest-lap point (bit 2: only
    /// for a top-2 finisher), bit 4 makes pole points conditional on being classified and scores LMP2 Am's pole in the LMP2 tables.</summary>
    internal static GeneratedSeason Build(int seed, int races, int cars, int best, EquatableArray<TieBreak> chain, Points beyond, bool doubleFinale, int extras = 0)
    {
        var season = SeasonGenerator.Generate(new GeneratorOptions { Seed = seed, Races = races, Cars = cars, Classes = ["LMP2"], BeyondScale = beyond, AmSubClasses = (extras & 4) != 0 });
        var rules = season.Rules;
        var race = rules.Scoring.Races[0] with
        {
            FastestLap = (extras & 1) == 0 ? null : new FastestLapRule { Points = 1, MustFinishInTop = (extras & 2) == 0 ? null : 2 },
            PoleCondition = (extras & 4) == 0 ? PoleCondition.None : PoleCondition.Classified,
        };
        var scoring = rules.Scoring with
        {
            Races = [race],
            TieBreaks = chain,
            Drops = best == 0 ? null : new DropRule { Segments = [new DropSegment { BestResults = best }] },
        };
        if ((extras & 4) != 0)
        {
            rules = rules with { Tables = rules.Tables.Select(t => t.Classes.Contains("LMP2") ? t with { Classes = ["LMP2", "LMP2 Am"] } : t).ToEquatableArray() };
        }
        var calendar = rules.Season with
        {
            Events = rules.Season.Events
                .Select(e => e with { Races = e.Races.Select(r => doubleFinale && r.Round == races ? r with { Multiplier = 2 } : r).ToEquatableArray() })
                .ToEquatableArray(),
        };
        var invitations = new InvitationRule[] { new() { Id = "second", Table = "LMP2 Teams", Position = 2, LeMansClass = "LMP2" }, new() { Id = "second-drivers", Table = "LMP2 Drivers", Position = 2, LeMansClass = "LMP2" } };
        return season with { Rules = rules with { Scoring = scoring, Season = calendar, Invitations = invitations.ToEquatableArray() } };
    }

    /// <summary>Every outcome of the remaining races, scored: who can finish where, and which next-race results clinch.</summary>
    private sealed class Enumeration
    {
        private readonly TableModel model;
        private readonly FinishingAssumption finishing;
        private readonly Completion completion;
        private readonly CompletionScorer scorer;
        private readonly int[] ranks;
        private readonly int[] best;
        private readonly int[] worst;
        private readonly List<(int[] Positions, int[] Poles, bool LeaderFirst)> firstRace = [];

        private Enumeration(TableModel model, FinishingAssumption finishing)
        {
            this.model = model;
            this.finishing = finishing;
            completion = new Completion(model);
            scorer = new CompletionScorer(model);
            ranks = new int[model.CompetitorCount];
            best = Enumerable.Repeat(int.MaxValue, model.CompetitorCount).ToArray();
            worst = new int[model.CompetitorCount];
        }

        public static Enumeration? Run(RuleSet rules, SeasonResults results, int afterRound, TableId table, FinishingAssumption finishing)
        {
            var standings = StandingsCalculator.Calculate(rules, results, afterRound)[table];
            var model = TableModel.Build(rules, results, afterRound, rules.FindTable(table)!, standings, out _);
            if (model is null || model.FutureCount == 0 || model.CompetitorCount == 0)
            {
                return null;
            }

            var enumeration = new Enumeration(model, finishing);
            enumeration.Race(0, leaderAlwaysFirst: null);
            return enumeration;
        }

        public int IndexOf(string id) => Array.FindIndex(model.Competitors, c => c.Id == id);

        public bool CanFinish(int competitor, int position) => best[competitor] <= position;

        public bool AlwaysFirst(int competitor) => worst[competitor] == 1;

        /// <summary>Each result of the next race: the leader is sure of the title after it exactly when the option says so.</summary>
        public void CheckClinch(ClinchAnalysis clinch)
        {
            var leaderCar = model.FutureCar[IndexOf(clinch.Leader.Id)];
            foreach (var (positions, poles, leaderFirst) in firstRace)
            {
                var q = leaderCar < 0 ? 0 : positions[leaderCar];
                var leaderPole = leaderCar >= 0 && poles.Contains(leaderCar);
                var option = clinch.Options.SingleOrDefault(o => (o.LeaderPosition ?? 0) == q && o.LeaderPole == leaderPole);
                if (option is null)
                {
                    throw new InvalidOperationException($"No clinch option for the leader at {q} (pole {leaderPole}).");
                }

                var predicted = option.Outcome switch
                {
                    ClinchOutcome.Clinches => true,
                    ClinchOutcome.CannotClinch => false,
                    _ => option.Conditions.All(condition =>
                    {
                        var car = model.FutureCar[IndexOf(condition.Rival.Id)];
                        return !condition.KeepsInFight(positions[car] == 0 ? null : positions[car], poles.Contains(car));
                    }),
                };
                // Fastest-lap points are taken to go to the rival: then the conditions are sufficient, not necessary.
                var sufficientOnly = model.RawFastestLap[0] > 0;
                if (predicted != leaderFirst && !(sufficientOnly && !predicted))
                {
                    throw new InvalidOperationException($"Leader at {q} (pole {leaderPole}), next race [{string.Join(",", positions)}] poles [{string.Join(",", poles)}]: option {option.Outcome} predicts {predicted}, enumeration {leaderFirst}.");
                }
            }
        }

        private void Race(int f, bool? leaderAlwaysFirst)
        {
            if (f == model.FutureCount)
            {
                scorer.Score(completion);
                scorer.Rank(ranks);
                for (var c = 0; c < ranks.Length; c++)
                {
                    if (ranks[c] > 0)
                    {
                        best[c] = Math.Min(best[c], ranks[c]);
                        worst[c] = Math.Max(worst[c], ranks[c]);
                    }
                }

                return;
            }

            foreach (var order in Orders(model.CarCount, finishing == FinishingAssumption.EveryCarClassified))
            {
                for (var k = 0; k < model.CarCount; k++)
                {
                    completion.SetPosition(f, k, Array.IndexOf(order, k) + 1);
                }

                foreach (var (poles, lap) in Poles(f))
                {
                    for (var s = 0; s < model.SlotCount; s++)
                    {
                        completion.SlotHolder[(f * model.SlotCount) + s] = poles[s];
                    }

                    completion.FastestLap[f] = lap;

                    if (f == 0)
                    {
                        // Is the current leader first in every completion that starts with this race?
                        var before = (int[])worst.Clone();
                        Array.Fill(worst, 0);
                        Race(f + 1, null);
                        var leaderFirst = worst[0] == 1;
                        for (var c = 0; c < worst.Length; c++)
                        {
                            worst[c] = Math.Max(worst[c], before[c]);
                        }

                        var positions = Enumerable.Range(0, model.CarCount).Select(k => completion.PositionOf(0, k)).ToArray();
                        firstRace.Add((positions, poles.Where(p => p >= 0 && model.RawPole[0] > 0).ToArray(), leaderFirst));
                    }
                    else
                    {
                        Race(f + 1, leaderAlwaysFirst);
                    }
                }
            }
        }

        /// <summary>Every choice of pole sitters (one per slot, among the slot's cars) and fastest lap (any car).</summary>
        private IEnumerable<(int[] Poles, int Lap)> Poles(int f)
        {
            var slots = model.RawPole[f] == 0 ? 0 : model.SlotCount;
            var laps = model.RawFastestLap[f] == 0 ? [-1] : Enumerable.Range(0, model.CarCount).ToArray();
            var holders = Enumerable.Repeat(-1, model.SlotCount).ToArray();
            return Choose(0);

            IEnumerable<(int[] Poles, int Lap)> Choose(int s)
            {
                if (s == slots)
                {
                    foreach (var lap in laps)
                    {
                        yield return ((int[])holders.Clone(), lap);
                    }

                    yield break;
                }

                for (var k = 0; k < model.CarCount; k++)
                {
                    if (model.SlotEligible[(s * model.CarCount) + k])
                    {
                        holders[s] = k;
                        foreach (var choice in Choose(s + 1))
                        {
                            yield return choice;
                        }
                    }
                }
            }
        }

        /// <summary>Every finishing order: all cars (every car classified) or any ordered subset (any car may retire).</summary>
        private static IEnumerable<int[]> Orders(int cars, bool all)
        {
            var used = new bool[cars];
            var order = new List<int>();
            return Extend();

            IEnumerable<int[]> Extend()
            {
                if (!all || order.Count == cars)
                {
                    yield return [.. order];
                }

                for (var k = 0; k < cars; k++)
                {
                    if (used[k])
                    {
                        continue;
                    }

                    used[k] = true;
                    order.Add(k);
                    foreach (var longer in Extend())
                    {
                        yield return longer;
                    }

                    order.RemoveAt(order.Count - 1);
                    used[k] = false;
                }
            }
        }
    }
}
