using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// The outcome of simulating a table's remaining races many times: for each competitor, how many simulations ended with it in each
/// final position and in an invitation position. Counts are exact; probabilities are counts over <see cref="Simulations"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record TableOdds
{
    /// <summary>Gets the table.</summary>
    public required ChampionshipTable Table { get; init; }

    /// <summary>Gets the last round run.</summary>
    public required int AfterRound { get; init; }

    /// <summary>Gets the number of simulations.</summary>
    public required int Simulations { get; init; }

    /// <summary>Gets the master seed.</summary>
    public required long Seed { get; init; }

    /// <summary>Gets the positions of the table that earn a Le Mans invitation (from the rule set's invitation rules).</summary>
    public EquatableArray<int> InvitationPositions { get; init; }

    /// <summary>Gets each competitor's counts, in the order of the standings after the round (competitors without a result last).</summary>
    public required EquatableArray<CompetitorOdds> Competitors { get; init; }

    /// <summary>Gets a note, such as why a table was not simulated.</summary>
    public string? Note { get; init; }
}

/// <summary>One competitor's simulated final positions.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CompetitorOdds
{
    /// <summary>Gets the competitor.</summary>
    public required Competitor Competitor { get; init; }

    /// <summary>Gets the number of simulations.</summary>
    public required int Simulations { get; init; }

    /// <summary>Gets, at index i, the number of simulations in which the competitor finished (i + 1)-th (shared ranks count for each).</summary>
    public required EquatableArray<long> Finishes { get; init; }

    /// <summary>Gets the number of simulations in which the competitor finished in a position that earns an invitation.</summary>
    public long Invitations { get; init; }

    /// <summary>Gets the number of simulations in which the competitor was champion.</summary>
    public long Titles => Finishes.IsEmpty ? 0 : Finishes[0];

    /// <summary>Gets the share of simulations in which the competitor was champion.</summary>
    public double TitleProbability => Probability(1);

    /// <summary>Gets the share of simulations in which the competitor finished in an invitation position.</summary>
    public double InvitationProbability => Simulations == 0 ? 0 : (double)Invitations / Simulations;

    /// <summary>Gets the share of simulations in which the competitor finished in a position.</summary>
    /// <param name="position">The position (1-based).</param>
    /// <returns>The share, from 0 to 1.</returns>
    public double Probability(int position)
        => Simulations == 0 || position < 1 || position > Finishes.Count ? 0 : (double)Finishes[position - 1] / Simulations;
}
