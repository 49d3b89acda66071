using AsLMS.Scoring.Generation;
using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// Simulates a table's remaining races many times (a Monte Carlo simulation) and counts each competitor's final positions: the
/// odds of the title and of an invitation position, from a pluggable model of finishing odds.
/// </summary>
/// <remarks>
/// <para>Every method is a pure function of its inputs and is thread-safe. Simulations run in parallel on every core (or
/// <see cref="SimulationOptions.MaxDegreeOfParallelism"/>); the counts are the same for any number of cores and on every run with
/// the same seed (see <see cref="SimulationOptions"/>).</para>
/// <para>Each simulated race draws, for each car, whether it is classified, then the classified cars' order (Plackett-Luce by
/// strength), each class pole and the fastest lap; the completed season is scored like the standings calculator scores it (drops
/// and the tie-break chain included), under the same assumptions as <see cref="ContentionCalculator"/>.</para>
/// </remarks>
public static class ChampionshipSimulator
{
    /// <summary>Simulates the remaining races of one table.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The season's results (results of rounds after <paramref name="afterRound"/> are ignored).</param>
    /// <param name="afterRound">The last round run (0 before the season).</param>
    /// <param name="table">The table.</param>
    /// <param name="options">The options, or null for <see cref="SimulationOptions.Default"/>.</param>
    /// <returns>The counts of each competitor's final positions.</returns>
    /// <exception cref="ArgumentException">The rule set has no such table, or the options are out of range.</exception>
    /// <exception cref="InvalidOperationException">The odds model gave no valid odds for a car.</exception>
    /// <exception cref="ScoringInputException">The results cannot be scored.</exception>
    public static TableOdds Simulate(RuleSet rules, SeasonResults results, int afterRound, TableId table, SimulationOptions? options = null)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(results);
        Preconditions.CheckArgumentRange(afterRound, 0, int.MaxValue);
        options ??= SimulationOptions.Default;
        Preconditions.CheckArgumentRange(options.Simulations, 1, int.MaxValue, nameof(options.Simulations));
        Preconditions.CheckArgument(options.MaxDegreeOfParallelism is null or >= 1, "The degree of parallelism must be at least 1.", nameof(options.MaxDegreeOfParallelism));
        var definition = rules.FindTable(table) ?? throw new ArgumentException($"The rule set '{rules.Label}' has no table '{table}'.", nameof(table));
        var standings = StandingsCalculator.Calculate(rules, results, afterRound)[table];
        var invitationPositions = rules.Invitations.Where(i => i.Table == table && i.Position >= 1).Select(i => i.Position).Distinct().Order().ToEquatableArray();
        var model = TableModel.Build(rules, results, afterRound, definition, standings, out var unsupported);
        if (model is null)
        {
            return new TableOdds
            {
                Table = definition,
                AfterRound = afterRound,
                Simulations = 0,
                Seed = options.Seed,
                InvitationPositions = invitationPositions,
                Competitors = standings.Rows.Select(r => new CompetitorOdds { Competitor = r.Competitor, Simulations = 0, Finishes = [] }).ToEquatableArray(),
                Note = unsupported,
            };
        }

        var runner = new SimulationRunner(model, options.Model ?? SeasonFormOdds.Default, invitationPositions);
        var (finishes, invitations) = runner.Run(options.Simulations, options.Seed, options.MaxDegreeOfParallelism);
        var competitors = new CompetitorOdds[model.CompetitorCount];
        for (var c = 0; c < competitors.Length; c++)
        {
            competitors[c] = new CompetitorOdds
            {
                Competitor = model.Competitors[c],
                Simulations = options.Simulations,
                Finishes = EquatableArray.Create<long>(finishes.AsSpan(c * model.CompetitorCount, model.CompetitorCount)),
                Invitations = invitations[c],
            };
        }

        return new TableOdds
        {
            Table = definition,
            AfterRound = afterRound,
            Simulations = options.Simulations,
            Seed = options.Seed,
            InvitationPositions = invitationPositions,
            Competitors = EquatableArray.Own(competitors),
        };
    }

    /// <summary>Replays the first simulated completions of a run as scenarios, with the ranks the simulation gave each competitor.</summary>
    internal static IEnumerable<(ContentionScenario Scenario, Competitor Competitor, int Rank)[]> Replay(RuleSet rules, SeasonResults results, int afterRound, TableId table, SimulationOptions options, int count)
    {
        var definition = rules.FindTable(table)!;
        var standings = StandingsCalculator.Calculate(rules, results, afterRound)[table];
        var model = TableModel.Build(rules, results, afterRound, definition, standings, out _);
        if (model is null)
        {
            yield break;
        }

        var runner = new SimulationRunner(model, options.Model ?? SeasonFormOdds.Default, []);
        foreach (var (scenario, ranks) in runner.Replay(options.Seed, count))
        {
            yield return ranks.Select((rank, c) => (scenario, model.Competitors[c], rank)).ToArray();
        }
    }
}

/// <summary>Runs the simulations of one table in fixed, independently seeded blocks.</summary>
internal sealed class SimulationRunner
{
    private readonly TableModel model;
    private readonly double[] strength;
    private readonly double[] notClassified;
    private readonly bool[] invitation;

    public SimulationRunner(TableModel model, IFinishingOddsModel odds, EquatableArray<int> invitationPositions)
    {
        this.model = model;
        var cars = model.CarCount;
        strength = new double[model.FutureCount * cars];
        notClassified = new double[model.FutureCount * cars];
        var numbers = model.Cars.Select(e => e.Car).ToEquatableArray();
        for (var f = 0; f < model.FutureCount; f++)
        {
            var estimate = odds.Estimate(new OddsQuery
            {
                Rules = model.Rules,
                Results = model.Results,
                AfterRound = model.AfterRound,
                Table = model.Table,
                Race = model.FutureRaces[f],
                Cars = numbers,
            });
            var given = new bool[cars];
            foreach (var car in estimate)
            {
                var k = model.CarIndex(car.Car);
                if (k < 0)
                {
                    continue;
                }

                if (!(car.Strength > 0) || double.IsInfinity(car.Strength) || !(car.NotClassified >= 0 && car.NotClassified <= 1))
                {
                    throw new InvalidOperationException($"The odds model gave car #{car.Car} a strength of {car.Strength} and a chance of not being classified of {car.NotClassified} in {model.FutureRaces[f].Id}: the strength must be positive and the chance between 0 and 1.");
                }

                strength[(f * cars) + k] = car.Strength;
                notClassified[(f * cars) + k] = car.NotClassified;
                given[k] = true;
            }

            var missing = Array.IndexOf(given, false);
            if (missing >= 0)
            {
                throw new InvalidOperationException($"The odds model gave no odds for car #{model.Cars[missing].Car} in {model.FutureRaces[f].Id}.");
            }
        }

        invitation = new bool[model.CompetitorCount + 2];
        foreach (var position in invitationPositions)
        {
            if (position < invitation.Length)
            {
                invitation[position] = true;
            }
        }
    }

    /// <summary>Gets the seed of a block: the master seed's stream, jumped to the block.</summary>
    public static long BlockSeed(long seed, int block)
    {
        var mixer = new SplitMix64(seed ^ unchecked((long)(0xD1B54A32D192ED03UL * (ulong)(block + 1))));
        return unchecked((long)mixer.NextUInt64());
    }

    /// <summary>Runs the simulations and returns the counts: finishes (competitor * competitors + position - 1) and invitations.</summary>
    public (long[] Finishes, long[] Invitations) Run(int simulations, long seed, int? maxDegreeOfParallelism)
    {
        var competitors = model.CompetitorCount;
        var finishes = new long[competitors * competitors];
        var invitations = new long[competitors];
        var blocks = (int)(((long)simulations + SimulationOptions.BlockSize - 1) / SimulationOptions.BlockSize);
        var gate = new object();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? -1 };
        Parallel.For(
            0,
            blocks,
            parallel,
            () => new Worker(this),
            (block, _, worker) =>
            {
                var count = Math.Min(SimulationOptions.BlockSize, simulations - (block * SimulationOptions.BlockSize));
                worker.RunBlock(BlockSeed(seed, block), count);
                return worker;
            },
            worker =>
            {
                // Integer sums: the order in which threads add their counts cannot change the result.
                lock (gate)
                {
                    for (var i = 0; i < finishes.Length; i++)
                    {
                        finishes[i] += worker.Finishes[i];
                    }

                    for (var i = 0; i < invitations.Length; i++)
                    {
                        invitations[i] += worker.Invitations[i];
                    }
                }
            });
        return (finishes, invitations);
    }

    /// <summary>Replays the first simulations of a run, one at a time (for checking them against the standings calculator).</summary>
    public IEnumerable<(ContentionScenario Scenario, int[] Ranks)> Replay(long seed, int count)
    {
        var worker = new Worker(this);
        for (var block = 0; block * SimulationOptions.BlockSize < count; block++)
        {
            var random = new SplitMix64(BlockSeed(seed, block));
            var inBlock = Math.Min(SimulationOptions.BlockSize, count - (block * SimulationOptions.BlockSize));
            for (var i = 0; i < inBlock; i++)
            {
                worker.Draw(ref random);
                worker.Scorer.Score(worker.Completion);
                var ranks = new int[model.CompetitorCount];
                worker.Scorer.Rank(ranks);
                yield return (model.ToScenario(worker.Completion), ranks);
            }
        }
    }

    /// <summary>One thread's scratch and counts.</summary>
    private sealed class Worker
    {
        private readonly SimulationRunner owner;
        private readonly TableModel model;
        private readonly int[] ranks;
        private readonly int[] running;

        public Worker(SimulationRunner owner)
        {
            this.owner = owner;
            model = owner.model;
            Completion = new Completion(model);
            Scorer = new CompletionScorer(model);
            ranks = new int[model.CompetitorCount];
            running = new int[model.CarCount];
            Finishes = new long[model.CompetitorCount * model.CompetitorCount];
            Invitations = new long[model.CompetitorCount];
        }

        public Completion Completion { get; }

        public CompletionScorer Scorer { get; }

        public long[] Finishes { get; }

        public long[] Invitations { get; }

        public void RunBlock(long seed, int count)
        {
            var random = new SplitMix64(seed);
            var competitors = model.CompetitorCount;
            for (var i = 0; i < count; i++)
            {
                Draw(ref random);
                Scorer.Score(Completion);
                Scorer.Rank(ranks);
                for (var c = 0; c < competitors; c++)
                {
                    var rank = ranks[c];
                    if (rank > 0)
                    {
                        Finishes[(c * competitors) + rank - 1]++;
                        if (owner.invitation[rank])
                        {
                            Invitations[c]++;
                        }
                    }
                }
            }
        }

        public void Draw(ref SplitMix64 random)
        {
            var cars = model.CarCount;
            var strength = owner.strength;
            for (var f = 0; f < model.FutureCount; f++)
            {
                var row = f * cars;
                var count = 0;
                for (var k = 0; k < cars; k++)
                {
                    Completion.SetPosition(f, k, 0);
                    if (random.NextDouble() >= owner.notClassified[row + k])
                    {
                        running[count++] = k;
                    }
                }

                // Plackett-Luce: the next car across the line is drawn in proportion to strength among those left.
                for (var position = 1; count > 0; position++)
                {
                    var pick = Pick(ref random, running.AsSpan(0, count), strength, row);
                    Completion.SetPosition(f, running[pick], position);
                    running[pick] = running[--count];
                }

                if (model.RawPole[f] > 0)
                {
                    for (var s = 0; s < model.SlotCount; s++)
                    {
                        count = 0;
                        for (var k = 0; k < cars; k++)
                        {
                            if (model.SlotEligible[(s * cars) + k])
                            {
                                running[count++] = k;
                            }
                        }

                        Completion.SlotHolder[(f * model.SlotCount) + s] = count == 0 ? -1 : running[Pick(ref random, running.AsSpan(0, count), strength, row)];
                    }
                }

                if (model.RawFastestLap[f] > 0)
                {
                    count = 0;
                    for (var k = 0; k < cars; k++)
                    {
                        if (Completion.PositionOf(f, k) > 0)
                        {
                            running[count++] = k;
                        }
                    }

                    Completion.FastestLap[f] = count == 0 ? -1 : running[Pick(ref random, running.AsSpan(0, count), strength, row)];
                }
            }
        }

        private static int Pick(ref SplitMix64 random, ReadOnlySpan<int> candidates, double[] strength, int row)
        {
            var total = 0.0;
            foreach (var k in candidates)
            {
                total += strength[row + k];
            }

            var target = random.NextDouble() * total;
            var sum = 0.0;
            for (var i = 0; i < candidates.Length; i++)
            {
                sum += strength[row + candidates[i]];
                if (target < sum)
                {
                    return i;
                }
            }

            return candidates.Length - 1;
        }
    }
}
