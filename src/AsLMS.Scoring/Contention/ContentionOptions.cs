namespace AsLMS.Scoring.Contention;

/// <summary>What the remaining races may look like: whether a car may fail to be classified.</summary>
public enum FinishingAssumption
{
    /// <summary>
    /// Any car may retire (or not start) in any remaining race: the usual meaning of "mathematically still in contention".
    /// Each race still gives each position once, a pole to one car of each class and the fastest lap to one car.
    /// </summary>
    AnyCarMayRetire,

    /// <summary>
    /// Every car entered in the table's classes takes the start and is classified in every remaining race, so every position
    /// from first to last is taken by someone: rivals must finish somewhere.
    /// </summary>
    EveryCarClassified,
}

/// <summary>How a contention analysis is made: the finishing assumption and the budget of the exact search.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ContentionOptions
{
    /// <summary>Gets the default options: any car may retire, a budget of two million search nodes per question.</summary>
    public static ContentionOptions Default { get; } = new();

    /// <summary>Gets what the remaining races may look like.</summary>
    public FinishingAssumption Finishing { get; init; } = FinishingAssumption.AnyCarMayRetire;

    /// <summary>
    /// Gets the most search nodes (a position or a pole given to a car) one question may use, such as "can #7 still be champion?".
    /// A question that needs more is answered <see cref="ContentionVerdict.Undecided"/> rather than guessed. Counting nodes rather
    /// than time keeps every answer reproducible.
    /// </summary>
    public long NodeBudget { get; init; } = 2_000_000;
}
