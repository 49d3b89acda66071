namespace AsLMS.Scoring.Standings;

/// <summary>
/// A table's rows as the calculator leaves them: in rank order, one array per column, made into <see cref="StandingsRow"/> objects
/// when the standings are first read. Nothing here is worked out on reading: the ranks follow from the tie decisions.
/// </summary>
/// <param name="competitors">The competitor of each row.</param>
/// <param name="totals">The total of each row.</param>
/// <param name="scores">The race scores of each row: the first <paramref name="raceCount"/> of each array (a competitor's array is
/// shared by the rounds of a progression, each seeing the races run so far).</param>
/// <param name="raceCount">The number of races of the standings.</param>
/// <param name="decisions">For each row level on points with the row above, the decision; null when no row is.</param>
/// <param name="deductions">The deductions applied to each row; null when none is.</param>
internal sealed class RankedRows(
    Competitor[] competitors,
    Points[] totals,
    RaceScore[][] scores,
    int raceCount,
    TieBreakDecision?[]? decisions,
    AppliedDeduction[]?[]? deductions)
{
    /// <summary>Makes the rows: a row shares its rank when its decision or the next row's says nothing separated them.</summary>
    /// <returns>The rows, best first.</returns>
    public StandingsRow[] Make()
    {
        var rows = new StandingsRow[competitors.Length];
        var rank = 1;
        for (var i = 0; i < rows.Length; i++)
        {
            var decision = decisions?[i];
            var shared = decision is { Criterion: null };
            if (!shared)
            {
                rank = i + 1;
            }

            rows[i] = new StandingsRow
            {
                Rank = rank,
                SharedRank = shared || (i + 1 < rows.Length && decisions?[i + 1] is { Criterion: null }),
                Competitor = competitors[i],
                Total = totals[i],
                Races = EquatableArray.Own(scores[i], raceCount),
                Deductions = deductions?[i] is { } applied ? EquatableArray.Own(applied) : default,
                TieBreak = decision,
            };
        }

        return rows;
    }
}
