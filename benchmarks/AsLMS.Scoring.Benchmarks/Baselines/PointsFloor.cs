using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Benchmarks.Baselines;

/// <summary>
/// The floor of a standings calculation: every result's points, worked out beforehand, added into one total per competitor. No
/// lookup, no eligibility, no ranking, no output: the least work any engine must do over the same results.
/// </summary>
internal sealed class PointsFloor
{
    private readonly int[] competitors;
    private readonly Points[] points;
    private readonly Points[] totals;

    private PointsFloor(int[] competitors, Points[] points, int rows)
    {
        this.competitors = competitors;
        this.points = points;
        totals = new Points[Math.Max(1, rows)];
    }

    /// <summary>Gets the number of results added: one per competitor and race it took part in, in every table.</summary>
    public int Results => competitors.Length;

    /// <summary>Takes the results from standings: each row's points in each race it took part in, race by race as results arrive.</summary>
    public static PointsFloor Of(SeasonStandings standings)
    {
        var competitors = new List<int>();
        var points = new List<Points>();
        var first = 0;
        foreach (var table in standings.Tables)
        {
            for (var r = 0; r < table.Races.Count; r++)
            {
                for (var i = 0; i < table.Rows.Count; i++)
                {
                    var score = table.Rows[i].Races[r];
                    if (score.TookPart)
                    {
                        competitors.Add(first + i);
                        points.Add(score.Points);
                    }
                }
            }

            first += table.Rows.Count;
        }

        return new PointsFloor([.. competitors], [.. points], first);
    }

    /// <summary>Adds every result's points into its competitor's total.</summary>
    /// <returns>The first competitor's total, so the work is not optimised away.</returns>
    public Points Add()
    {
        Array.Clear(totals);
        for (var i = 0; i < competitors.Length; i++)
        {
            totals[competitors[i]] += points[i];
        }

        return totals[0];
    }
}
