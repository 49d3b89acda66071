using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// Whether one competitor can still finish a table in a position or better (1 for the title): the verdict, how it was reached and,
/// when it is possible, one scenario of the remaining races that achieves it.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PositionChance
{
    /// <summary>Gets the competitor.</summary>
    public required Competitor Competitor { get; init; }

    /// <summary>Gets the position asked about: the competitor must finish in it or better (1 for the title).</summary>
    public required int Position { get; init; }

    /// <summary>Gets the competitor's rank after the round analysed, or null when it has no result yet.</summary>
    public int? Rank { get; init; }

    /// <summary>Gets the competitor's total after the round analysed.</summary>
    public required Points Total { get; init; }

    /// <summary>Gets the competitor's total if it wins every remaining race, with every pole and fastest lap it can take (after drops).</summary>
    public required Points BestTotal { get; init; }

    /// <summary>Gets the verdict.</summary>
    public required ContentionVerdict Verdict { get; init; }

    /// <summary>Gets how the verdict was reached.</summary>
    public required ContentionMethod Method { get; init; }

    /// <summary>Gets the search nodes used (zero when no search was needed).</summary>
    public long Nodes { get; init; }

    /// <summary>Gets the reason in plain words, e.g. <c>"#2 and #75 cannot both finish behind it in R6"</c>.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets, when the verdict is <see cref="ContentionVerdict.Possible"/>, a scenario of the remaining races that achieves it.</summary>
    public ContentionScenario? Scenario { get; init; }

    /// <summary>
    /// Gets what the simple test says: the competitor's total plus the most any car can score in the remaining races (first place,
    /// pole and fastest lap) reaches the total of the competitor now in the position asked about. It never says "impossible" when
    /// the exact verdict is possible (a rival's total never falls), but it says "possible" for competitors that drops, tie-breaks,
    /// a crew mate or rivals that cannot all finish behind have eliminated (see <c>docs/contention.md</c>).
    /// </summary>
    public required bool SimpleBoundSaysPossible { get; init; }
}
