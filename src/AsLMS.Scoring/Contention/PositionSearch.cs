using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Contention;

/// <summary>What a search concluded.</summary>
internal enum SearchOutcome
{
    Found,
    Infeasible,
    OutOfBudget,
}

/// <summary>
/// The exact search for "can competitor X still finish with at most k rivals ahead of it?".
/// </summary>
/// <remarks>
/// <para>Dominance fixes X's own results: X wins every remaining race with every pole and fastest lap it can take. Swapping X with
/// any car ahead of it, or taking a pole or fastest lap from a rival, raises X and lowers only that rival, and X's countback and
/// race-by-race tie-breaks only improve, so if any outcome works this one does.</para>
/// <para>The rest is a packing problem: in each race the positions that must be filled (all of them when every car is classified)
/// go to distinct cars. Each rival that must stay behind X gets a budget (the points it may still score; a point less when it
/// would lose a tie-break to X is not possible, more when it would win it). Cars that cannot threaten X whatever they score
/// (excluded cars, rivals allowed ahead, rivals too far behind) are absorbers: by the same exchange argument they take the best
/// positions. The search assigns the remaining positions race by race, best position first, with: per-race Hall bounds (the
/// j-th best position needs j rivals able to afford it), an aggregate bound (points to hand out against what the rivals can
/// absorb), symmetry breaking (rivals with equal budgets are interchangeable; equal-valued positions are filled in a fixed
/// order), and a table of race-boundary states already proven infeasible.</para>
/// <para>A rival whose tie-break with X depends on its remaining positions is tracked exactly and checked at the leaves. When the
/// chain uses countback of counted results with a drop rule, ties are bracketed instead: a solution with every such rival
/// strictly behind on points proves "possible"; no solution even with ties allowed proves "impossible"; otherwise undecided.</para>
/// </remarks>
internal sealed class PositionSearch
{
    private const int MemoLimit = 1 << 20;
    private const int RoleX = 0;
    private const int RoleAbsorber = 1;
    private const int RoleBudget = 2;

    private readonly TableModel model;
    private readonly FinishingAssumption finishing;
    private readonly int races;
    private readonly int cars;
    private readonly int slots;
    private readonly CompletionScorer scorer;
    private readonly int[] role;
    private readonly long[] cap;
    private readonly long[] safeCap;
    private readonly long[] spent;
    private readonly long[] carScore;
    private readonly bool[] unknownCar;
    private readonly int[] slotSignature;
    private readonly long[] limit;
    private readonly long[] safeLimit;
    private readonly bool[] budgetCompetitor;
    private readonly bool[] uncertain;
    private readonly long[] competitorFuture;
    private readonly int[] holderAt;
    private readonly List<int>[] openSlots;
    private readonly HashSet<long[]> memo = new(LongArrayComparer.Instance);
    private readonly long[] floorFrom;
    private readonly List<long> keyBuffer = [];

    private int x;
    private int xCar;
    private int first;
    private int last;
    private int allowedAhead;
    private bool relaxed;
    private bool anyUncertain;

    private long nodeBudget;

    public PositionSearch(TableModel model, FinishingAssumption finishing)
    {
        this.model = model;
        this.finishing = finishing;
        races = model.FutureCount;
        cars = model.CarCount;
        slots = model.SlotCount;
        Completion = new Completion(model);
        scorer = new CompletionScorer(model);
        role = new int[cars];
        cap = new long[cars];
        safeCap = new long[cars];
        spent = new long[cars];
        carScore = new long[cars * races];
        unknownCar = new bool[cars];
        slotSignature = new int[cars];
        limit = new long[model.CompetitorCount];
        safeLimit = new long[model.CompetitorCount];
        budgetCompetitor = new bool[model.CompetitorCount];
        uncertain = new bool[model.CompetitorCount];
        competitorFuture = new long[model.CompetitorCount * races];
        holderAt = new int[races * (cars + 1)];
        openSlots = Enumerable.Range(0, races).Select(_ => new List<int>()).ToArray();

        // With every car classified, every car scores at least the last position in each race: the floor from a race on.
        floorFrom = new long[races + 1];
        for (var f = races - 1; f >= 0 && finishing == FinishingAssumption.EveryCarClassified; f--)
        {
            floorFrom[f] = floorFrom[f + 1] + model.RawAt(f, cars);
        }
    }

    /// <summary>Gets the completion found by the last successful <see cref="Solve"/>.</summary>
    public Completion Completion { get; }

    /// <summary>Gets or sets the nodes used by the last call.</summary>
    public long Nodes { get; set; }

    /// <summary>Gets whether the last call needed no search: it was decided by points and bounds alone.</summary>
    public bool DecidedByBounds { get; private set; }

    /// <summary>Gets, when the last call failed before any search, the rival that is out of reach.</summary>
    public int BlockingRival { get; private set; } = -1;

    /// <summary>Gets whether the last call left a tie on points undecided (countback of counted results with drops).</summary>
    public bool TieUndecided { get; private set; }

    /// <summary>Gets X's best final total, in units, from the last call.</summary>
    public long BestTotal { get; private set; }

    /// <summary>Decides whether competitor <paramref name="competitor"/> can finish with at most <paramref name="ahead"/> competitors ahead.</summary>
    /// <param name="competitor">The competitor X.</param>
    /// <param name="ahead">How many competitors may finish ahead of X (0 for the title).</param>
    /// <param name="free">Competitors allowed ahead of X (at most <paramref name="ahead"/> of them), or null.</param>
    /// <param name="budget">The most nodes the call may use.</param>
    public SearchOutcome Solve(int competitor, int ahead, bool[]? free, long budget)
    {
        Nodes = 0;
        nodeBudget = budget;
        TieUndecided = false;
        relaxed = false;
        var outcome = SolveOnce(competitor, ahead, free);
        if (outcome == SearchOutcome.Infeasible && anyUncertain)
        {
            // Bracket ties that countback of counted results would decide: with ties allowed, is it still impossible?
            relaxed = true;
            var relaxedOutcome = SolveOnce(competitor, ahead, free);
            relaxed = false;
            if (relaxedOutcome != SearchOutcome.Infeasible)
            {
                TieUndecided = relaxedOutcome == SearchOutcome.Found;
                Completion.Clear();
                return SearchOutcome.OutOfBudget;
            }
        }

        return outcome;
    }

    private SearchOutcome SolveOnce(int competitor, int ahead, bool[]? free)
    {
        x = competitor;
        allowedAhead = ahead;
        xCar = model.FutureCar[x];
        first = xCar >= 0 ? 2 : 1;
        last = finishing == FinishingAssumption.EveryCarClassified ? cars : (xCar >= 0 ? 1 : 0);
        DecidedByBounds = false;
        BlockingRival = -1;
        anyUncertain = false;
        memo.Clear();

        var completion = Completion;
        completion.Clear();
        Array.Clear(spent);
        Array.Clear(carScore);
        Array.Clear(unknownCar);
        Array.Clear(budgetCompetitor);
        Array.Clear(uncertain);
        Array.Clear(competitorFuture);
        Array.Fill(holderAt, -1);

        // X's dominant outcome.
        for (var f = 0; f < races; f++)
        {
            openSlots[f].Clear();
            if (xCar >= 0)
            {
                completion.SetPosition(f, xCar, 1);
                holderAt[(f * (cars + 1)) + 1] = xCar;
            }

            if (model.RawPole[f] > 0)
            {
                for (var s = 0; s < slots; s++)
                {
                    if (xCar >= 0 && model.SlotEligible[(s * cars) + xCar])
                    {
                        completion.SlotHolder[(f * slots) + s] = xCar;
                    }
                    else
                    {
                        openSlots[f].Add(s);
                    }
                }
            }

            if (model.RawFastestLap[f] > 0)
            {
                if (xCar >= 0)
                {
                    completion.FastestLap[f] = xCar;
                }
                else
                {
                    openSlots[f].Add(slots);
                }
            }
        }

        scorer.Score(completion);
        var best = scorer.Totals[x];
        BestTotal = best;

        // Rivals whose remaining results are fixed (X's crew mates, drivers without a car) are compared now; the others get budgets.
        var fixedAhead = 0;
        for (var y = 0; y < model.CompetitorCount; y++)
        {
            if (y == x || !scorer.IsRanked(y) || (free?[y] ?? false))
            {
                continue;
            }

            var car = model.FutureCar[y];
            if (car < 0 || car == xCar)
            {
                if (scorer.Compare(y, x) < 0)
                {
                    fixedAhead++;
                    BlockingRival = y;
                }

                continue;
            }

            budgetCompetitor[y] = true;
            var tie = DecideTie(y);
            switch (tie)
            {
                case Tie.RivalAhead:
                    limit[y] = best - 1;
                    break;
                case Tie.Unknown:
                    limit[y] = best;
                    unknownCar[car] = true;
                    break;
                case Tie.Uncertain:
                    anyUncertain = true;
                    uncertain[y] = true;
                    limit[y] = relaxed ? best : best - 1;
                    break;
                default:
                    limit[y] = best;
                    break;
            }

            // A rival may only become an absorber if it cannot even draw level while its tie-break is open.
            safeLimit[y] = tie == Tie.Unknown ? limit[y] - 1 : limit[y];
        }

        if (fixedAhead > allowedAhead)
        {
            DecidedByBounds = true;
            return SearchOutcome.Infeasible;
        }

        for (var c = 0; c < cars; c++)
        {
            slotSignature[c] = 0;
            for (var s = 0; s < slots && s < 30; s++)
            {
                if (model.SlotEligible[(s * cars) + c] && (xCar < 0 || !model.SlotEligible[(s * cars) + xCar]))
                {
                    slotSignature[c] |= 1 << s;
                }
            }

            if (c == xCar)
            {
                role[c] = RoleX;
                continue;
            }

            role[c] = RoleAbsorber;
            cap[c] = long.MaxValue;
            safeCap[c] = long.MaxValue;
            foreach (var y in model.CarCompetitors[c])
            {
                if (!budgetCompetitor[y])
                {
                    continue;
                }

                role[c] = RoleBudget;
                var room = limit[y] - model.CurrentTotal[y];
                if (room < 0)
                {
                    BlockingRival = y;
                    DecidedByBounds = true;
                    return SearchOutcome.Infeasible;
                }

                var (numerator, denominator) = model.Factor[y];
                if (!model.HasDrops && numerator > 0)
                {
                    cap[c] = Math.Min(cap[c], checked(room * denominator) / numerator);
                    var safeRoom = safeLimit[y] - model.CurrentTotal[y];
                    safeCap[c] = safeRoom < 0 ? -1 : Math.Min(safeCap[c], checked(safeRoom * denominator) / numerator);
                }
                else if (safeLimit[y] < model.CurrentTotal[y])
                {
                    safeCap[c] = -1;
                }
            }
        }

        var promoted = new List<int>();
        PromoteAbsorbers(0, promoted);
        if (!Array.Exists(role, r => r == RoleBudget))
        {
            DecidedByBounds = true;
        }

        return Race(0);
    }

    private SearchOutcome Race(int f)
    {
        if (++Nodes > nodeBudget)
        {
            return SearchOutcome.OutOfBudget;
        }

        if (f == races)
        {
            return Leaf();
        }

        var promoted = new List<int>();
        PromoteAbsorbers(f, promoted);
        var result = SearchOutcome.Infeasible;
        long[]? key = null;
        if (Bounds(f))
        {
            key = Key(f);
            if (!memo.Contains(key))
            {
                var q = first;
                var placed = new List<int>();
                for (var c = 0; c < cars && q <= last; c++)
                {
                    if (role[c] == RoleAbsorber)
                    {
                        Place(f, c, q++);
                        placed.Add(c);
                    }
                }

                result = Position(f, q);
                if (result == SearchOutcome.Found)
                {
                    return result;
                }

                foreach (var c in placed)
                {
                    Place(f, c, 0);
                }

                if (result == SearchOutcome.Infeasible && memo.Count < MemoLimit)
                {
                    memo.Add(key);
                }
            }
        }

        foreach (var c in promoted)
        {
            role[c] = RoleBudget;
        }

        return result;
    }

    private SearchOutcome Position(int f, int q)
    {
        if (q > last)
        {
            return Slot(f, 0);
        }

        if (++Nodes > nodeBudget)
        {
            return SearchOutcome.OutOfBudget;
        }

        var value = model.RawAt(f, q);
        var candidates = Candidates(f, out var unknownLeft);
        if (value == model.RawAt(f, last) && unknownLeft <= 1)
        {
            return Tail(f, q, candidates);
        }

        // Plain rivals fill a run of equal-valued positions in car order: any other order is the same outcome.
        var previous = q > first && model.RawAt(f, q - 1) == value ? holderAt[(f * (cars + 1)) + q - 1] : -1;
        if (previous >= 0 && (role[previous] != RoleBudget || unknownCar[previous]))
        {
            previous = -1;
        }

        // Best fit: the rival with the least room that can still afford the position takes it first, keeping the roomiest
        // rivals for the big positions of the later races (largest-room-first fails to find tight packings).
        if (!model.HasDrops)
        {
            candidates.RemoveAll(c => Remaining(c) - floorFrom[f + 1] < value);
            candidates.Reverse();
        }

        var tried = new HashSet<long>();
        foreach (var c in candidates)
        {

            var plain = !unknownCar[c];
            if (plain && c < previous)
            {
                continue;
            }

            if (plain && !model.HasDrops && !tried.Add(Signature(c)))
            {
                continue;
            }

            Place(f, c, q);
            if (Fits(c, f))
            {
                var result = Position(f, q + 1);
                if (result != SearchOutcome.Infeasible)
                {
                    return result;
                }
            }

            Place(f, c, 0);
        }

        return SearchOutcome.Infeasible;
    }

    /// <summary>The remaining positions are worth the same: plain rivals take them in car order, a rival with an open tie-break the last.</summary>
    private SearchOutcome Tail(int f, int q, List<int> candidates)
    {
        candidates.Sort((a, b) => unknownCar[a] != unknownCar[b] ? (unknownCar[a] ? 1 : -1) : a.CompareTo(b));
        var placed = 0;
        var fits = true;
        foreach (var c in candidates)
        {
            if (q + placed > last)
            {
                break;
            }

            Place(f, c, q + placed);
            placed++;
            if (!Fits(c, f))
            {
                fits = false;
                break;
            }
        }

        var result = fits ? Slot(f, 0) : SearchOutcome.Infeasible;
        if (result != SearchOutcome.Found)
        {
            for (var i = 0; i < placed; i++)
            {
                Place(f, candidates[i], 0);
            }
        }

        return result;
    }

    private SearchOutcome Slot(int f, int j)
    {
        var open = openSlots[f];
        if (j == open.Count)
        {
            return Race(f + 1);
        }

        if (++Nodes > nodeBudget)
        {
            return SearchOutcome.OutOfBudget;
        }

        var slot = open[j];
        var fastestLap = slot == slots;

        // A holder that gains nothing from it (an absorber, a car already on pole, a car the condition disqualifies) costs no rival a point.
        for (var c = 0; c < cars; c++)
        {
            if (c != xCar && Eligible(slot, c) && (role[c] == RoleAbsorber || GainsNothing(f, slot, c)))
            {
                Hold(f, slot, c);
                var free = Slot(f, j + 1);
                if (free != SearchOutcome.Found)
                {
                    Hold(f, slot, -1);
                }

                return free;
            }
        }

        var candidates = new List<int>();
        for (var c = 0; c < cars; c++)
        {
            if (role[c] == RoleBudget && Eligible(slot, c))
            {
                candidates.Add(c);
            }
        }

        SortBySlack(candidates);
        var tried = new HashSet<long>();
        foreach (var c in candidates)
        {
            if (!unknownCar[c] && !model.HasDrops && !tried.Add(Signature(c)))
            {
                continue;
            }

            Hold(f, slot, c);
            if (Fits(c, f))
            {
                var result = Slot(f, j + 1);
                if (result != SearchOutcome.Infeasible)
                {
                    return result;
                }
            }

            Hold(f, slot, -1);
        }

        return fastestLap && candidates.Count == 0 ? Slot(f, j + 1) : SearchOutcome.Infeasible;

        bool Eligible(int s, int c) => s == slots || model.SlotEligible[(s * cars) + c];
    }

    private bool GainsNothing(int f, int slot, int c)
    {
        var position = Completion.PositionOf(f, c);
        if (slot == slots)
        {
            return model.FastestLapTop[f] != int.MaxValue && (position == 0 || position > model.FastestLapTop[f]);
        }

        return Completion.HoldsPole(f, c) || (model.PoleConditions[f] != PoleCondition.None && position == 0);
    }

    private SearchOutcome Leaf()
    {
        scorer.Score(Completion);
        var ahead = 0;
        for (var y = 0; y < model.CompetitorCount; y++)
        {
            if (y == x || !scorer.IsRanked(y))
            {
                continue;
            }

            var isAhead = relaxed && uncertain[y] ? scorer.Totals[y] > scorer.Totals[x] : scorer.Compare(y, x) < 0;
            if (isAhead && ++ahead > allowedAhead)
            {
                return SearchOutcome.Infeasible;
            }
        }

        return SearchOutcome.Found;
    }

    private void Place(int f, int c, int position)
    {
        var old = Completion.PositionOf(f, c);
        if (old > 0)
        {
            holderAt[(f * (cars + 1)) + old] = -1;
        }

        Completion.SetPosition(f, c, position);
        if (position > 0)
        {
            holderAt[(f * (cars + 1)) + position] = c;
        }

        Refresh(f, c);
    }

    private void Hold(int f, int slot, int c)
    {
        if (slot == slots)
        {
            var previous = Completion.FastestLap[f];
            Completion.FastestLap[f] = c;
            Refresh(f, previous);
        }
        else
        {
            var previous = Completion.SlotHolder[(f * slots) + slot];
            Completion.SlotHolder[(f * slots) + slot] = c;
            Refresh(f, previous);
        }

        Refresh(f, c);
    }

    private void Refresh(int f, int c)
    {
        if (c < 0 || role[c] != RoleBudget)
        {
            return;
        }

        var score = Completion.RaceScore(f, c);
        spent[c] += score - carScore[(c * races) + f];
        carScore[(c * races) + f] = score;
        if (model.HasDrops)
        {
            foreach (var y in model.CarCompetitors[c])
            {
                if (budgetCompetitor[y])
                {
                    competitorFuture[(y * races) + f] = Completion.RaceScore(f, c, y);
                }
            }
        }
    }

    /// <summary>What makes two plain rivals interchangeable: the room left and the pole slots they can take.</summary>
    private long Signature(int c) => (Remaining(c) << 8) | (uint)(slotSignature[c] & 0xFF);

    private long Remaining(int c) => cap[c] == long.MaxValue ? long.MaxValue >> 10 : cap[c] - spent[c];

    /// <summary>Whether car c is still within its rivals' budgets, having been given something in race f.</summary>
    private bool Fits(int c, int f)
    {
        if (!model.HasDrops)
        {
            // The later races will add at least their last position's points.
            return spent[c] + floorFrom[f + 1] <= cap[c];
        }

        foreach (var y in model.CarCompetitors[c])
        {
            if (budgetCompetitor[y] && model.Total(y, competitorFuture.AsSpan(y * races, races), true, []) > limit[y])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Makes absorbers of rivals that stay behind X even with the best remaining results; returns them for undoing.</summary>
    private void PromoteAbsorbers(int f, List<int> promoted)
    {
        for (var c = 0; c < cars; c++)
        {
            if (role[c] == RoleBudget && FitsWith(c, f, best: true))
            {
                role[c] = RoleAbsorber;
                promoted.Add(c);
            }
        }
    }

    /// <summary>Whether car c still fits if, from race f on, it gets the best (or worst) it can be given in every race.</summary>
    private bool FitsWith(int c, int f, bool best)
    {
        if (!model.HasDrops)
        {
            long extra = 0;
            for (var g = f; g < races; g++)
            {
                extra += Award(c, g, best, competitor: -1);
            }

            return spent[c] + extra <= (best ? safeCap[c] : cap[c]);
        }

        Span<long> future = races <= 64 ? stackalloc long[races] : new long[races];
        foreach (var y in model.CarCompetitors[c])
        {
            if (!budgetCompetitor[y])
            {
                continue;
            }

            competitorFuture.AsSpan(y * races, races).CopyTo(future);
            for (var g = f; g < races; g++)
            {
                future[g] = Award(c, g, best, y);
            }

            if (model.Total(y, future, true, []) > (best ? safeLimit[y] : limit[y]))
            {
                return false;
            }
        }

        return true;
    }

    private long Award(int c, int g, bool best, int competitor)
    {
        if (last < first)
        {
            // No position has to be given to a rival: only open poles and fastest laps can reach it.
            return best ? SlotAward(c, g, competitor) : 0;
        }

        var position = best ? first : last;
        var at = (competitor * races) + g;
        var points = competitor < 0 ? model.RawAt(g, position) : model.CompetitorPosition[(at * model.PositionStride) + position];
        return best ? points + SlotAward(c, g, competitor) : points;
    }

    private long SlotAward(int c, int g, int competitor)
    {
        var at = (competitor * races) + g;
        long points = 0;
        if (model.RawPole[g] > 0 && (slotSignature[c] != 0 || OpenSlotBeyondSignature(c, g)))
        {
            points += competitor < 0 ? model.RawPole[g] : model.CompetitorPole[at];
        }

        if (model.RawFastestLap[g] > 0 && xCar < 0)
        {
            points += competitor < 0 ? model.RawFastestLap[g] : model.CompetitorFastestLap[at];
        }

        return points;
    }

    private bool OpenSlotBeyondSignature(int c, int g)
    {
        foreach (var s in openSlots[g])
        {
            if (s < slots && s >= 30 && model.SlotEligible[(s * cars) + c])
            {
                return true;
            }
        }

        return false;
    }

    private bool Bounds(int f)
    {
        var budget = new List<int>();
        var absorbers = 0;
        for (var c = 0; c < cars; c++)
        {
            if (role[c] == RoleBudget)
            {
                budget.Add(c);
            }
            else if (role[c] == RoleAbsorber)
            {
                absorbers++;
            }
        }

        if (budget.Count == 0)
        {
            return true;
        }

        foreach (var c in budget)
        {
            if (!FitsWith(c, f, best: false))
            {
                return false;
            }
        }

        var from = first + absorbers;
        if (model.HasDrops || last < from)
        {
            return true;
        }

        var remaining = budget.Select(Remaining).OrderByDescending(r => r).ToArray();

        // When every position goes to a rival, each rival also scores at least the last position's points in every other race.
        var full = last - from + 1 == remaining.Length;
        var floor = full ? floorFrom[f] : 0;

        // Per race: the j-th best position left to the rivals needs j rivals that can afford it (Hall's condition for thresholds).
        long need = 0;
        long top = 0;
        for (var g = f; g < races; g++)
        {
            var elsewhere = full ? floor - model.RawAt(g, last) : 0;
            top += model.RawAt(g, from);
            for (var j = 0; j < remaining.Length && from + j <= last; j++)
            {
                var value = model.RawAt(g, from + j);
                if (remaining[j] - elsewhere < value)
                {
                    return false;
                }

                need += value;
            }
        }

        if (!full)
        {
            // Only the total: what the rivals must take cannot exceed what they can absorb, one position per race each.
            long absorb = 0;
            foreach (var r in remaining)
            {
                absorb += Math.Min(r, top);
            }

            return absorb >= need;
        }

        // Any k rivals take exactly k positions in each race, so the k with the least room must absorb at least the k lowest values
        // of every race, and no rival can absorb more than the best positions. Checking every k is exactly the fractional
        // relaxation: the sums of one permutation per race fill the Minkowski sum of the races' permutahedra.
        long room = 0;
        long lowest = 0;
        for (var k = 1; k <= remaining.Length; k++)
        {
            room += Math.Min(remaining[^k], top);
            for (var g = f; g < races; g++)
            {
                lowest += model.RawAt(g, last - k + 1);
            }

            if (room < lowest)
            {
                return false;
            }
        }

        return Thresholds(f, from, remaining, floor);
    }

    /// <summary>
    /// For each value t: the positions worth t or more in the remaining races need rivals that can take them, and a rival that
    /// takes j of them (in j different races) still scores at least the last position in the others.
    /// </summary>
    private bool Thresholds(int f, int from, long[] remaining, long floor)
    {
        var left = races - f;
        Span<long> lowestOf = left <= 64 ? stackalloc long[left] : new long[left];
        for (var g = f; g < races; g++)
        {
            lowestOf[g - f] = model.RawAt(g, last);
        }

        // biggestLowest[j]: the j largest last-position values, which a rival escapes in the races where it takes a big value.
        lowestOf.Sort();
        Span<long> biggestLowest = left < 64 ? stackalloc long[left + 1] : new long[left + 1];
        for (var j = 1; j <= left; j++)
        {
            biggestLowest[j] = biggestLowest[j - 1] + lowestOf[left - j];
        }

        var thresholds = new SortedSet<long>();
        for (var g = f; g < races; g++)
        {
            for (var q = from; q <= last; q++)
            {
                if (model.RawAt(g, q) > model.RawAt(g, last))
                {
                    thresholds.Add(model.RawAt(g, q));
                }
            }
        }

        foreach (var t in thresholds)
        {
            var count = 0;
            for (var g = f; g < races; g++)
            {
                for (var q = from; q <= last && model.RawAt(g, q) >= t; q++)
                {
                    count++;
                }
            }

            var capacity = 0;
            foreach (var r in remaining)
            {
                var j = left;
                while (j > 0 && (j * t) + floor - biggestLowest[j] > r)
                {
                    j--;
                }

                capacity += j;
                if (capacity >= count)
                {
                    break;
                }
            }

            if (capacity < count)
            {
                return false;
            }
        }

        return true;
    }

    private List<int> Candidates(int f, out int unknownLeft)
    {
        var list = new List<int>();
        unknownLeft = 0;
        for (var c = 0; c < cars; c++)
        {
            if (role[c] == RoleBudget && Completion.PositionOf(f, c) == 0)
            {
                list.Add(c);
                if (unknownCar[c])
                {
                    unknownLeft++;
                }
            }
        }

        SortBySlack(list);
        return list;
    }

    private void SortBySlack(List<int> list)
    {
        if (!model.HasDrops)
        {
            list.Sort((a, b) =>
            {
                var byRoom = Remaining(b).CompareTo(Remaining(a));
                return byRoom != 0 ? byRoom : a.CompareTo(b);
            });
        }
    }

    /// <summary>The state at a race boundary: what each rival may still score (and, where it matters, how it got there).</summary>
    private long[] Key(int f)
    {
        keyBuffer.Clear();
        keyBuffer.Add(f);
        keyBuffer.Add(relaxed ? 1 : 0);
        if (!model.HasDrops)
        {
            var plain = new List<long>();
            for (var c = 0; c < cars; c++)
            {
                if (role[c] == RoleBudget && !unknownCar[c])
                {
                    plain.Add(Signature(c));
                }
            }

            plain.Sort();
            keyBuffer.AddRange(plain);
        }

        for (var c = 0; c < cars; c++)
        {
            if (role[c] == RoleBudget && (model.HasDrops || unknownCar[c]))
            {
                keyBuffer.Add(-1 - c);
                for (var g = 0; g < f; g++)
                {
                    keyBuffer.Add(carScore[(c * races) + g]);
                    if (unknownCar[c])
                    {
                        keyBuffer.Add(Completion.PositionOf(g, c));
                    }
                }
            }
        }

        return [.. keyBuffer];
    }

    /// <summary>How a tie on points between rival y and X would be broken, given X's outcome and y's results so far.</summary>
    private Tie DecideTie(int y)
    {
        var past = model.PastCount;
        foreach (var criterion in model.Chain)
        {
            switch (criterion)
            {
                case TieBreak.Countback:
                case TieBreak.CountbackOfCountedResults when !model.HasDrops:
                    for (var p = 1; p <= model.MaxPosition; p++)
                    {
                        var cx = Count(x, p, model.RaceCount);
                        var cy = Count(y, p, past);
                        if (p < first)
                        {
                            if (cx != cy)
                            {
                                return cx > cy ? Tie.XAhead : Tie.RivalAhead;
                            }

                            continue;
                        }

                        return cy > cx ? Tie.RivalAhead : cy + races < cx ? Tie.XAhead : Tie.Unknown;
                    }

                    break;

                case TieBreak.CountbackOfCountedResults:
                    return Tie.Uncertain;

                case TieBreak.LatestResult:
                    if (xCar >= 0 && races > 0)
                    {
                        return Tie.XAhead;
                    }

                    return Tie.Unknown;

                default:
                    for (var r = 0; r < past; r++)
                    {
                        var px = scorer.PositionAt(x, r);
                        var py = scorer.PositionAt(y, r);
                        if (px != py)
                        {
                            return (px == 0 ? int.MaxValue : px) < (py == 0 ? int.MaxValue : py) ? Tie.XAhead : Tie.RivalAhead;
                        }
                    }

                    return xCar >= 0 ? Tie.XAhead : Tie.Unknown;
            }
        }

        return Tie.XAhead;

        int Count(int competitor, int place, int upTo)
        {
            var count = 0;
            for (var r = 0; r < upTo; r++)
            {
                if (scorer.PositionAt(competitor, r) == place)
                {
                    count++;
                }
            }

            return count;
        }
    }

    private enum Tie
    {
        XAhead,
        RivalAhead,
        Unknown,
        Uncertain,
    }

    private sealed class LongArrayComparer : IEqualityComparer<long[]>
    {
        public static readonly LongArrayComparer Instance = new();

        public bool Equals(long[]? a, long[]? b) => a.AsSpan().SequenceEqual(b);

        public int GetHashCode(long[] obj)
        {
            var hash = default(HashCode);
            foreach (var value in obj)
            {
                hash.Add(value);
            }

            return hash.ToHashCode();
        }
    }
}
