
namespace AsLMS.Scoring.Standings;

/// <summary>A points deduction as applied to a standings row.</summary>
/// <param name="Race">The race it was imposed at, or null for a season deduction.</param>
/// <param name="Points">The points taken (positive).</param>
/// <param name="Reason">The reason, if given.</param>
public readonly record struct AppliedDeduction(RaceId? Race, Points Points, string? Reason);

/// <summary>A row of a table's standings: rank, competitor, total, and the per-race breakdown.</summary>
/// <remarks>
/// <para>This type is immutable and thread-safe.</para>
/// <para><see cref="Total"/> is always the sum of <see cref="RaceScore.CountedPoints"/> over <see cref="Races"/> minus the
/// <see cref="Deductions"/>.</para>
/// </remarks>
public sealed record StandingsRow
{
    /// <summary>Gets the rank (1-based). Rows that share a rank have the same rank and the next rank is skipped (1, 2, 2, 4).</summary>
    public required int Rank { get; init; }

    /// <summary>Gets a value indicating whether another row has the same rank.</summary>
    public bool SharedRank { get; init; }

    /// <summary>Gets the competitor.</summary>
    public required Competitor Competitor { get; init; }

    /// <summary>Gets the total points.</summary>
    public required Points Total { get; init; }

    /// <summary>Gets the score in each race of the table, aligned with <see cref="TableStandings.Races"/>.</summary>
    public required EquatableArray<RaceScore> Races { get; init; }

    /// <summary>Gets the deductions applied.</summary>
    public EquatableArray<AppliedDeduction> Deductions { get; init; }

    /// <summary>Gets, when this row has the same total as the row above, what decided the order (or that the rank is shared).</summary>
    public TieBreakDecision? TieBreak { get; init; }

    /// <summary>Gets the points of the dropped results.</summary>
    public Points DroppedPoints
    {
        get
        {
            var sum = Points.Zero;
            foreach (var race in Races)
            {
                if (race.Dropped)
                {
                    sum += race.Points;
                }
            }

            return sum;
        }
    }
}
