using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Standings;

/// <summary>The standings of one championship table.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TableStandings
{
    /// <summary>Gets the table.</summary>
    public required ChampionshipTable Table { get; init; }

    /// <summary>Gets the races of the breakdown: the table's races run so far, in round order.</summary>
    public required EquatableArray<RaceId> Races { get; init; }

    /// <summary>Gets the rows, best first.</summary>
    public required EquatableArray<StandingsRow> Rows { get; init; }

    /// <summary>Finds the row of a competitor by identifier (driver id, car number or entrant name).</summary>
    /// <param name="competitorId">The identifier.</param>
    /// <returns>The row, or null.</returns>
    public StandingsRow? Find(string competitorId)
    {
        foreach (var row in Rows)
        {
            if (string.Equals(row.Competitor.Id, competitorId, StringComparison.Ordinal))
            {
                return row;
            }
        }

        return null;
    }
}

/// <summary>The standings of every table of a rule set, from one set of results.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SeasonStandings
{
    /// <summary>Gets the rule set the standings were calculated under.</summary>
    public required RuleSet Rules { get; init; }

    /// <summary>Gets the last round included, or null when every result was included.</summary>
    public int? AfterRound { get; init; }

    /// <summary>Gets the standings of each table, in the rule set's order.</summary>
    public required EquatableArray<TableStandings> Tables { get; init; }

    /// <summary>Gets the standings of a table.</summary>
    /// <param name="table">The table's identifier.</param>
    /// <returns>The standings.</returns>
    /// <exception cref="KeyNotFoundException">The rule set has no such table.</exception>
    public TableStandings this[TableId table]
    {
        get
        {
            foreach (var standings in Tables)
            {
                if (standings.Table.Id == table)
                {
                    return standings;
                }
            }

            throw new KeyNotFoundException($"The rule set '{Rules.Label}' has no table '{table}'.");
        }
    }
}
