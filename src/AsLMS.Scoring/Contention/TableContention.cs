using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// A table's contention after a round: who can still be champion (with the method and a scenario for each), what clinches the title
/// in the next race, and who can still earn each invitation position.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TableContention
{
    /// <summary>Gets the table.</summary>
    public required ChampionshipTable Table { get; init; }

    /// <summary>Gets the last round run.</summary>
    public required int AfterRound { get; init; }

    /// <summary>Gets the options the analysis was made with.</summary>
    public required ContentionOptions Options { get; init; }

    /// <summary>Gets the remaining races of the table, in round order.</summary>
    public required EquatableArray<RaceId> RemainingRaces { get; init; }

    /// <summary>Gets the assumptions the analysis rests on, in plain words.</summary>
    public required EquatableArray<string> Assumptions { get; init; }

    /// <summary>Gets the leader after the round, or null when nobody has scored.</summary>
    public Competitor? Leader { get; init; }

    /// <summary>Gets each competitor's chance of the title, in the order of the standings (competitors without a result last).</summary>
    public required EquatableArray<PositionChance> Title { get; init; }

    /// <summary>Gets what the leader needs in the next race to be sure of the title, or null when there is no leader.</summary>
    public ClinchAnalysis? Clinch { get; init; }

    /// <summary>Gets who can still earn each invitation rule of this table.</summary>
    public EquatableArray<InvitationContention> Invitations { get; init; }

    /// <summary>Gets a note on the analysis, such as why a table was not analysed.</summary>
    public string? Note { get; init; }

    /// <summary>Gets the competitors that can still be champion (or already are).</summary>
    public IEnumerable<PositionChance> Contenders
        => Title.Where(c => c.Verdict is ContentionVerdict.Possible or ContentionVerdict.Clinched);
}

/// <summary>The contention of every analysed table of a rule set after a round.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SeasonContention
{
    /// <summary>Gets the last round run.</summary>
    public required int AfterRound { get; init; }

    /// <summary>Gets each table's contention, in the rule set's order.</summary>
    public required EquatableArray<TableContention> Tables { get; init; }

    /// <summary>Gets a table's contention.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The contention.</returns>
    /// <exception cref="KeyNotFoundException">The rule set has no such table.</exception>
    public TableContention this[TableId table]
        => Tables.FirstOrDefault(t => t.Table.Id == table) ?? throw new KeyNotFoundException($"No contention for table '{table}'.");
}
