using System.Diagnostics.CodeAnalysis;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Standings;

/// <summary>The standings of one championship table.</summary>
/// <remarks>
/// <para>This type is immutable and thread-safe.</para>
/// <para>Standings made by <see cref="StandingsCalculator"/> are complete when returned (ranks, totals, breakdowns and tie decisions are
/// all worked out); their row objects are made when <see cref="Rows"/> is first read, once, whichever thread reads it first.</para>
/// <para>Two standings are equal when their table, races and rows are equal.</para>
/// </remarks>
public sealed record TableStandings
{
    // A progression keeps every round of every table: its row objects were most of its memory, and through the garbage collector
    // most of its time, while a results site reads a few rounds. So the calculator keeps each round's rows as a handful of arrays in
    // rank order (RankedRows: five arrays instead of an object a row, 40 bytes a row instead of 96) and makes the row objects on first
    // read. Standings made by a user keep the rows they were given.
    private readonly EquatableArray<StandingsRow> rows;
    private readonly RankedRows? ranked;
    private StandingsRow[]? made;

    /// <summary>Initializes a new instance of the <see cref="TableStandings"/> class; set <see cref="Table"/>, <see cref="Races"/> and <see cref="Rows"/>.</summary>
    public TableStandings()
    {
    }

    /// <summary>Standings made by the calculator, whose row objects are made from <paramref name="ranked"/> when first read.</summary>
    /// <param name="table">The table.</param>
    /// <param name="races">The races of the breakdown.</param>
    /// <param name="ranked">The rows in rank order.</param>
    [SetsRequiredMembers]
    internal TableStandings(ChampionshipTable table, EquatableArray<RaceId> races, RankedRows ranked)
    {
        Table = table;
        Races = races;
        this.ranked = ranked;
    }

    /// <summary>Gets the table.</summary>
    public required ChampionshipTable Table { get; init; }

    /// <summary>Gets the races of the breakdown: the table's races run so far, in round order.</summary>
    public required EquatableArray<RaceId> Races { get; init; }

    /// <summary>Gets the rows, best first.</summary>
    public required EquatableArray<StandingsRow> Rows
    {
        get => ranked is null ? rows : EquatableArray.Own(Volatile.Read(ref made) ?? Make());
        init
        {
            rows = value;
            ranked = null;
            made = null;
        }
    }

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

    /// <inheritdoc/>
    public bool Equals(TableStandings? other)
        => ReferenceEquals(this, other)
            || (other is not null && Table == other.Table && Races == other.Races && Rows == other.Rows);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Table, Races, Rows);

    private StandingsRow[] Make()
    {
        // Two threads reading first may both make the rows; one array is kept and both return it.
        var rowsMade = ranked!.Make();
        return Interlocked.CompareExchange(ref made, rowsMade, null) ?? rowsMade;
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
