using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// Answers "who can still be champion after round k?" exactly from the rule set: for each competitor of a table, whether it can
/// still win the title (with the method and a scenario), what clinches the title in the next race, and who can still finish in
/// each Le Mans invitation position.
/// </summary>
/// <remarks>
/// <para>Every method is a pure function of its immutable inputs and is thread-safe.</para>
/// <para>The remaining races are the calendar's races after round k that count for the table. Each remaining race gives each position
/// once, a pole per class of the table and one fastest lap (where the rules award them), scored by the table's rules: scale,
/// points beyond the scale, multipliers, race categories, drops and the tie-break chain. A verdict of
/// <see cref="ContentionVerdict.Possible"/> always comes with a scenario that the <see cref="StandingsCalculator"/> has confirmed;
/// <see cref="ContentionVerdict.Eliminated"/> rests on the exact search and its dominance arguments (see
/// <c>docs/contention.md</c>). A question the search cannot settle within <see cref="ContentionOptions.NodeBudget"/> is
/// <see cref="ContentionVerdict.Undecided"/>.</para>
/// <para>Entrants' tables are not analysed. In drivers' tables each driver scores with the car whose nominated crew lists them and
/// is assumed to drive enough to score.</para>
/// </remarks>
public static class ContentionCalculator
{
    /// <summary>Analyses every drivers' and cars' table of a rule set after a round.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The season's results (results of rounds after <paramref name="afterRound"/> are ignored).</param>
    /// <param name="afterRound">The last round run (0 before the season).</param>
    /// <param name="options">The options, or null for <see cref="ContentionOptions.Default"/>.</param>
    /// <returns>The contention of every table.</returns>
    /// <exception cref="ScoringInputException">The results cannot be scored.</exception>
    public static SeasonContention Calculate(RuleSet rules, SeasonResults results, int afterRound, ContentionOptions? options = null)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(results);
        Preconditions.CheckArgumentRange(afterRound, 0, int.MaxValue);
        var standings = StandingsCalculator.Calculate(rules, results, afterRound);
        var tables = rules.Tables.Select(t => Analyse(rules, results, afterRound, t, standings[t.Id], options ?? ContentionOptions.Default));
        return new SeasonContention { AfterRound = afterRound, Tables = tables.ToEquatableArray() };
    }

    /// <summary>Analyses one table after a round.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="results">The season's results (results of rounds after <paramref name="afterRound"/> are ignored).</param>
    /// <param name="afterRound">The last round run (0 before the season).</param>
    /// <param name="table">The table.</param>
    /// <param name="options">The options, or null for <see cref="ContentionOptions.Default"/>.</param>
    /// <returns>The table's contention.</returns>
    /// <exception cref="ArgumentException">The rule set has no such table.</exception>
    /// <exception cref="ScoringInputException">The results cannot be scored.</exception>
    public static TableContention Calculate(RuleSet rules, SeasonResults results, int afterRound, TableId table, ContentionOptions? options = null)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckNotNull(results);
        Preconditions.CheckArgumentRange(afterRound, 0, int.MaxValue);
        var definition = rules.FindTable(table) ?? throw new ArgumentException($"The rule set '{rules.Label}' has no table '{table}'.", nameof(table));
        var standings = StandingsCalculator.Calculate(rules, results, afterRound);
        return Analyse(rules, results, afterRound, definition, standings[table], options ?? ContentionOptions.Default);
    }

    private static TableContention Analyse(RuleSet rules, SeasonResults results, int afterRound, ChampionshipTable table, TableStandings standings, ContentionOptions options)
    {
        var remaining = rules.Season.Races.Where(r => r.Round > afterRound && table.Counts(r.Id)).ToArray();
        var maxRemaining = Points.Zero;
        foreach (var race in remaining)
        {
            var scoring = rules.ScoringFor(table).For(race);
            maxRemaining += (scoring.PointsFor(1) * race.Multiplier) + scoring.Pole + (scoring.FastestLap?.Points ?? Points.Zero);
        }

        var model = TableModel.Build(rules, results, afterRound, table, standings, out var unsupported);
        var contention = new TableContention
        {
            Table = table,
            AfterRound = afterRound,
            Options = options,
            RemainingRaces = remaining.Select(r => r.Id).ToEquatableArray(),
            Assumptions = Assumptions(rules, table, remaining, model, options),
            Leader = standings.Rows.IsEmpty ? null : standings.Rows[0].Competitor,
            Title = [],
            Note = unsupported,
        };

        if (model is null)
        {
            var chances = standings.Rows.Select(row => new PositionChance
            {
                Competitor = row.Competitor,
                Position = 1,
                Rank = row.Rank,
                Total = row.Total,
                BestTotal = row.Total + maxRemaining,
                Verdict = ContentionVerdict.Undecided,
                Method = ContentionMethod.NotAnalysed,
                Reason = unsupported!,
                SimpleBoundSaysPossible = row.Total + maxRemaining >= standings.Rows[0].Total,
            });
            return contention with { Title = chances.ToEquatableArray() };
        }

        var analysis = new TableAnalysis(model, options, maxRemaining);
        var title = analysis.Positions(1);
        var invitations = rules.Invitations
            .Where(rule => rule.Table == table.Id && rule.Position >= 1)
            .Select(rule => new InvitationContention { Rule = rule, Competitors = rule.Position == 1 ? title : analysis.Positions(rule.Position) })
            .ToEquatableArray();
        return contention with
        {
            Title = title,
            Clinch = analysis.Clinch(),
            Invitations = invitations,
        };
    }

    private static EquatableArray<string> Assumptions(RuleSet rules, ChampionshipTable table, Race[] remaining, TableModel? model, ContentionOptions options)
    {
        var list = new List<string>();
        list.Add(remaining.Length == 0
            ? "No race of the table remains: the standings are final."
            : $"Remaining races: {string.Join(", ", remaining.Select(r => r.Id))}, each run to full distance with no penalty, deduction or shortened-race reduction.");
        var cars = model?.CarCount ?? 0;
        list.Add(options.Finishing == FinishingAssumption.EveryCarClassified
            ? $"Every one of the {cars} cars entered in the table's classes starts and is classified in every remaining race."
            : "Any car may retire or not start in any remaining race.");
        list.Add("Only the season's entries take part: no new entry joins.");
        var scoring = rules.ScoringFor(table);
        if (remaining.Any(r => !scoring.For(r).Pole.IsZero))
        {
            list.Add("Each class of the table has one pole sitter per race; a pole sitter that is not classified is given as not starting.");
        }

        if (remaining.Any(r => scoring.For(r).FastestLap is not null))
        {
            list.Add("Each race has one fastest lap in the table, not shared.");
        }

        if (table.Competitors == CompetitorKind.Driver)
        {
            list.Add("Each driver scores with the car whose nominated crew lists them, and drives enough to score (any minimum drive time is met).");
        }

        list.Add("Winning the title means finishing first, alone or sharing the rank when the tie-break chain cannot separate competitors.");
        list.Add("Invitation positions are read from the standings only; their other conditions and pass-down are the invitation allocator's.");
        return list.ToEquatableArray();
    }

    /// <summary>The questions of one table, sharing its model, search and pairwise solver.</summary>
    private sealed class TableAnalysis
    {
        private readonly TableModel model;
        private readonly ContentionOptions options;
        private readonly Points maxRemaining;
        private readonly PositionSearch search;
        private readonly ClinchSolver clinch;
        private readonly long[] bestAlone;
        private readonly Dictionary<ContentionScenario, TableStandings> confirmed = [];

        public TableAnalysis(TableModel model, ContentionOptions options, Points maxRemaining)
        {
            this.model = model;
            this.options = options;
            this.maxRemaining = maxRemaining;
            search = new PositionSearch(model, options.Finishing);
            clinch = new ClinchSolver(model, options.Finishing);
            bestAlone = BestAlone(model);
        }

        private string Remaining => string.Join(", ", model.FutureRaces.Select(r => r.Id));

        public EquatableArray<PositionChance> Positions(int position)
        {
            var chances = new PositionChance[model.CompetitorCount];
            for (var c = 0; c < model.CompetitorCount; c++)
            {
                chances[c] = Chance(c, position);
            }

            return EquatableArray.Own(chances);
        }

        public ClinchAnalysis? Clinch()
        {
            if (model.Standings.Rows.IsEmpty)
            {
                return null;
            }

            var leader = 0;
            var name = model.Competitors[leader].Name;
            if (model.FutureCount == 0)
            {
                return new ClinchAnalysis { Leader = model.Competitors[leader], Clinched = true, Summary = $"{name} is champion: no race remains." };
            }

            var race = model.FutureRaces[0].Id;
            if (IsClinched(leader))
            {
                return new ClinchAnalysis { Leader = model.Competitors[leader], NextRace = race, Clinched = true, Summary = $"{name} is champion: no rival can finish ahead of it." };
            }

            var builder = new ClinchOptionsBuilder(model, clinch, leader);
            var clinchOptions = builder.Build();
            return new ClinchAnalysis
            {
                Leader = model.Competitors[leader],
                NextRace = race,
                Clinched = false,
                Options = clinchOptions,
                Summary = ClinchOptionsBuilder.Summarise(name, race, clinchOptions),
            };
        }

        private bool IsClinched(int competitor)
        {
            if (model.CurrentRank[competitor] != 1 || model.FutureCount == 0)
            {
                return false;
            }

            for (var y = 0; y < model.CompetitorCount; y++)
            {
                if (y != competitor && clinch.IsRanked(y) && clinch.CanOvertake(competitor, y))
                {
                    return false;
                }
            }

            return true;
        }

        private PositionChance Chance(int x, int position)
        {
            var competitor = model.Competitors[x];
            var rows = model.Standings.Rows;
            var current = model.CurrentRank[x] == 0 ? Points.Zero : model.ToPoints(model.CurrentTotal[x]);
            var reference = rows.Count >= position ? rows[position - 1].Total : Points.Zero;
            var chance = new PositionChance
            {
                Competitor = competitor,
                Position = position,
                Rank = model.CurrentRank[x] == 0 ? null : model.CurrentRank[x],
                Total = current,
                BestTotal = model.ToPoints(bestAlone[x]),
                SimpleBoundSaysPossible = current + maxRemaining >= reference,
                Verdict = ContentionVerdict.Undecided,
                Method = ContentionMethod.Search,
                Reason = string.Empty,
            };

            if (model.FutureCount == 0)
            {
                var final = model.CurrentRank[x] is > 0 and var rank && rank <= position;
                return chance with
                {
                    Verdict = final ? (position == 1 ? ContentionVerdict.Clinched : ContentionVerdict.Possible) : ContentionVerdict.Eliminated,
                    Method = ContentionMethod.FinalStandings,
                    Reason = final ? $"Final: ranked {model.CurrentRank[x]}." : model.CurrentRank[x] > 0 ? $"Final: ranked {model.CurrentRank[x]}." : "Final: no result.",
                };
            }

            if (position == 1 && IsClinched(x))
            {
                return chance with
                {
                    Verdict = ContentionVerdict.Clinched,
                    Method = ContentionMethod.Pairwise,
                    Reason = $"No rival can finish ahead of it, whatever happens in {Remaining}.",
                };
            }

            var (outcome, free, tieUndecided) = SolvePosition(x, position);
            var nodes = search.Nodes;
            var method = search.DecidedByBounds ? ContentionMethod.PointsBound : ContentionMethod.Search;
            var best = model.ToPoints(search.BestTotal);
            switch (outcome)
            {
                case SearchOutcome.Found:
                    var scenario = model.ToScenario(search.Completion);
                    if (!Confirms(scenario, competitor, position))
                    {
                        return chance with
                        {
                            Nodes = nodes,
                            Reason = "A scenario was found but the standings calculator did not confirm it; the question is left open.",
                        };
                    }

                    var allowed = free is null ? string.Empty : $" ({string.Join(", ", Enumerable.Range(0, free.Length).Where(i => free[i]).Select(i => model.Competitors[i].Name))} ahead of it)";
                    return chance with
                    {
                        Verdict = ContentionVerdict.Possible,
                        Method = method,
                        Nodes = nodes,
                        Scenario = scenario,
                        Reason = method == ContentionMethod.PointsBound
                            ? $"Winning every remaining race ({best} points) keeps every rival that matters behind it{allowed}."
                            : $"Winning every remaining race ({best} points), with the rivals finishing as in the scenario{allowed}.",
                    };

                case SearchOutcome.Infeasible:
                    return chance with
                    {
                        Verdict = ContentionVerdict.Eliminated,
                        Method = method,
                        Nodes = nodes,
                        Reason = EliminatedBecause(x, position, best, method),
                    };

                default:
                    return chance with
                    {
                        Nodes = nodes,
                        Reason = tieUndecided
                            ? "It can at best end level on points with a rival, and a tie decided by countback of counted results with drops is not searched exactly."
                            : $"The search ran out of its budget of {options.NodeBudget} nodes.",
                    };
            }
        }

        private string EliminatedBecause(int x, int position, Points best, ContentionMethod method)
        {
            if (method == ContentionMethod.PointsBound && search.BlockingRival >= 0 && position == 1)
            {
                var rival = search.BlockingRival;
                var sameCar = model.FutureCar[rival] >= 0 && model.FutureCar[rival] == model.FutureCar[x];
                return sameCar
                    ? $"Even winning every remaining race ({best} points), it cannot finish ahead of {model.Competitors[rival].Name}, who scores with the same car."
                    : $"Even winning every remaining race ({best} points), it cannot finish ahead of {model.Competitors[rival].Name} ({model.ToPoints(model.CurrentTotal[rival])} points).";
            }

            var where = position == 1 ? "behind it" : $"so that at most {position - 1} finish ahead of it";
            return $"Even winning every remaining race ({best} points), the positions of {Remaining} cannot be shared out among its rivals {where} ({search.Nodes} search nodes).";
        }

        /// <summary>Solves "at most position-1 ahead", trying each set of rivals allowed ahead until one works.</summary>
        private (SearchOutcome Outcome, bool[]? Free, bool TieUndecided) SolvePosition(int x, int position)
        {
            if (position == 1)
            {
                var outcome = search.Solve(x, 0, null, options.NodeBudget);
                return (outcome, null, search.TieUndecided);
            }

            // Only rivals whose best total reaches X's best can finish ahead of it; choose which of them may.
            var threats = Enumerable.Range(0, model.CompetitorCount)
                .Where(y => y != x && clinch.IsRanked(y) && bestAlone[y] >= bestAlone[x])
                .OrderByDescending(y => model.CurrentTotal[y])
                .ToArray();
            var size = Math.Min(position - 1, threats.Length);
            var budget = options.NodeBudget;
            var used = 0L;
            var undecided = false;
            var tieUndecided = false;
            foreach (var subset in Subsets(threats.Length, size))
            {
                var free = new bool[model.CompetitorCount];
                foreach (var i in subset)
                {
                    free[threats[i]] = true;
                }

                var outcome = search.Solve(x, position - 1, free, budget - used);
                used += search.Nodes;
                if (outcome == SearchOutcome.Found)
                {
                    search.Nodes = used;
                    return (outcome, free, false);
                }

                if (outcome == SearchOutcome.OutOfBudget)
                {
                    undecided = true;
                    tieUndecided |= search.TieUndecided;
                    if (used >= budget)
                    {
                        break;
                    }
                }
            }

            search.Nodes = used;
            return (undecided ? SearchOutcome.OutOfBudget : SearchOutcome.Infeasible, null, tieUndecided && used < budget);
        }

        private static IEnumerable<int[]> Subsets(int n, int k)
        {
            var indices = Enumerable.Range(0, k).ToArray();
            while (true)
            {
                yield return (int[])indices.Clone();
                var i = k - 1;
                while (i >= 0 && indices[i] == n - k + i)
                {
                    i--;
                }

                if (i < 0)
                {
                    yield break;
                }

                indices[i]++;
                for (var j = i + 1; j < k; j++)
                {
                    indices[j] = indices[j - 1] + 1;
                }
            }
        }

        /// <summary>Plays a scenario through the standings engine (this table only; crew mates share one calculation).</summary>
        private bool Confirms(ContentionScenario scenario, Competitor competitor, int position)
        {
            if (!confirmed.TryGetValue(scenario, out var standings))
            {
                var sheet = SeasonSheet.Build(model.Rules, scenario.Complete(model.Rules, model.Results));
                standings = TableScorer.Calculate(sheet, model.Table, afterRound: null);
                confirmed.Add(scenario, standings);
            }

            var row = standings.Find(competitor.Id);
            return row is not null && row.Rank <= position;
        }

        /// <summary>Each competitor's total if its car wins every remaining race with every pole and fastest lap it can take.</summary>
        private static long[] BestAlone(TableModel model)
        {
            var completion = new Completion(model);
            var scorer = new CompletionScorer(model);
            var best = new long[model.CompetitorCount];
            for (var c = 0; c < model.CompetitorCount; c++)
            {
                completion.Clear();
                var car = model.FutureCar[c];
                for (var f = 0; f < model.FutureCount && car >= 0; f++)
                {
                    completion.SetPosition(f, car, 1);
                    for (var s = 0; s < model.SlotCount; s++)
                    {
                        if (model.SlotEligible[(s * model.CarCount) + car])
                        {
                            completion.SlotHolder[(f * model.SlotCount) + s] = car;
                        }
                    }

                    completion.FastestLap[f] = car;
                }

                scorer.ScoreOne(completion, c);
                best[c] = scorer.Totals[c];
            }

            return best;
        }
    }
}
