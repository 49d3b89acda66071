using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// Scores a completed season of one table: every competitor's final total (with drops and deductions) and the ranking by the
/// tie-break chain, exactly as the standings calculator ranks rows. Mutable scratch: one per thread.
/// </summary>
internal sealed class CompletionScorer
{
    private readonly TableModel model;
    private readonly int races;
    private readonly long[] scores;
    private readonly int[] positions;
    private readonly bool[] present;
    private readonly bool[] undroppable;
    private readonly bool[] dropped;
    private readonly bool[] ranked;
    private readonly int[] countsA;
    private readonly int[] countsB;
    private readonly int[] order;
    private readonly Comparison<int> compare;

    public CompletionScorer(TableModel model)
    {
        this.model = model;
        races = model.RaceCount;
        var cells = model.CompetitorCount * races;
        scores = new long[cells];
        positions = new int[cells];
        present = new bool[cells];
        undroppable = new bool[cells];
        dropped = new bool[cells];
        ranked = new bool[model.CompetitorCount];
        Totals = new long[model.CompetitorCount];
        countsA = new int[model.MaxPosition + 1];
        countsB = new int[model.MaxPosition + 1];
        order = new int[model.CompetitorCount];
        compare = Compare;
        for (var c = 0; c < model.CompetitorCount; c++)
        {
            for (var r = 0; r < model.PastCount; r++)
            {
                var from = (c * model.PastCount) + r;
                var to = (c * races) + r;
                scores[to] = model.PastScore[from];
                positions[to] = model.PastPosition[from];
                present[to] = model.PastPresent[from];
                undroppable[to] = model.PastUndroppable[from];
            }

            ranked[c] = model.EverPresent[c] || (model.FutureCar[c] >= 0 && model.FutureCount > 0);
        }
    }

    /// <summary>Gets each competitor's total after the last <see cref="Score"/>, in units.</summary>
    public long[] Totals { get; }

    /// <summary>Gets whether a competitor has a row in the final standings.</summary>
    public bool IsRanked(int competitor) => ranked[competitor];

    /// <summary>Gets a competitor's position in a race (past races first), 0 for none.</summary>
    public int PositionAt(int competitor, int race) => positions[(competitor * races) + race];

    /// <summary>Scores every competitor over the past races and the completion.</summary>
    public void Score(Completion completion)
    {
        for (var c = 0; c < model.CompetitorCount; c++)
        {
            ScoreOne(completion, c);
        }
    }

    /// <summary>Scores one competitor over the past races and the completion (enough to compare two competitors).</summary>
    public void ScoreOne(Completion completion, int c)
    {
        var past = model.PastCount;
        var car = model.FutureCar[c];
        var row = c * races;
        for (var f = 0; f < model.FutureCount; f++)
        {
            var i = row + past + f;
            if (car >= 0)
            {
                scores[i] = completion.RaceScore(f, car, c);
                positions[i] = completion.PositionOf(f, car);
                present[i] = true;
            }
            else
            {
                scores[i] = 0;
                positions[i] = 0;
                present[i] = false;
            }
        }

        var span = new Range(row, row + races);
        Totals[c] = model.Total(scores.AsSpan(span), present.AsSpan(span), undroppable.AsSpan(span), dropped.AsSpan(span)) - model.Deduction[c];
    }

    /// <summary>Compares two competitors as the standings rank them: negative when <paramref name="a"/> ranks above <paramref name="b"/>.</summary>
    public int Compare(int a, int b)
    {
        if (Totals[a] != Totals[b])
        {
            return Totals[b].CompareTo(Totals[a]);
        }

        foreach (var criterion in model.Chain)
        {
            var result = criterion switch
            {
                TieBreak.Countback => Countback(a, b, countDropped: true),
                TieBreak.CountbackOfCountedResults => Countback(a, b, countDropped: false),
                TieBreak.LatestResult => RaceByRace(a, b, latest: true),
                _ => RaceByRace(a, b, latest: false),
            };
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }

    /// <summary>Ranks every competitor (1-based, shared ranks equal; 0 for a competitor without a row).</summary>
    public void Rank(int[] ranks)
    {
        var count = 0;
        for (var c = 0; c < model.CompetitorCount; c++)
        {
            ranks[c] = 0;
            if (ranked[c])
            {
                order[count++] = c;
            }
        }

        var span = order.AsSpan(0, count);
        span.Sort(compare);
        for (var i = 0; i < count; i++)
        {
            ranks[span[i]] = i > 0 && Compare(span[i - 1], span[i]) == 0 ? ranks[span[i - 1]] : i + 1;
        }
    }

    private int Countback(int a, int b, bool countDropped)
    {
        Array.Clear(countsA);
        Array.Clear(countsB);
        Count(a, countsA, countDropped);
        Count(b, countsB, countDropped);
        for (var p = 1; p < countsA.Length; p++)
        {
            if (countsA[p] != countsB[p])
            {
                return countsB[p].CompareTo(countsA[p]);
            }
        }

        return 0;
    }

    private void Count(int competitor, int[] counts, bool countDropped)
    {
        var row = competitor * races;
        for (var r = 0; r < races; r++)
        {
            var position = positions[row + r];
            if (position > 0 && (countDropped || !dropped[row + r]))
            {
                counts[position]++;
            }
        }
    }

    private int RaceByRace(int a, int b, bool latest)
    {
        for (var i = 0; i < races; i++)
        {
            var r = latest ? races - 1 - i : i;
            var pa = positions[(a * races) + r];
            var pb = positions[(b * races) + r];
            if (pa != pb)
            {
                return (pa == 0 ? int.MaxValue : pa).CompareTo(pb == 0 ? int.MaxValue : pb);
            }
        }

        return 0;
    }
}
