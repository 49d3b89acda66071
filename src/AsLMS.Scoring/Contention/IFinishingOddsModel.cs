using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// A model of how the remaining races may go, for <see cref="ChampionshipSimulator"/>: each car's strength (its relative chance of
/// finishing ahead: in a race, the next car across the line is drawn with probability proportional to strength among those still
/// running, a Plackett-Luce order) and its chance of not being classified. Poles and fastest laps are drawn by strength too.
/// </summary>
/// <remarks>
/// Implementations must be pure and thread-safe: the simulator calls <see cref="Estimate"/> once per remaining race, before it
/// starts, and the same query must always give the same odds, or simulations are not reproducible.
/// </remarks>
public interface IFinishingOddsModel
{
    /// <summary>Estimates every car's odds in one remaining race.</summary>
    /// <param name="query">The season, the table, the race and the cars.</param>
    /// <returns>The odds of each car of <see cref="OddsQuery.Cars"/>.</returns>
    EquatableArray<CarOdds> Estimate(OddsQuery query);
}

/// <summary>What a <see cref="IFinishingOddsModel"/> is asked: the odds of the table's cars in one remaining race.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record OddsQuery
{
    /// <summary>Gets the rule set.</summary>
    public required RuleSet Rules { get; init; }

    /// <summary>Gets the season's results (results of rounds after <see cref="AfterRound"/> are not to be used).</summary>
    public required SeasonResults Results { get; init; }

    /// <summary>Gets the last round run.</summary>
    public required int AfterRound { get; init; }

    /// <summary>Gets the table.</summary>
    public required ChampionshipTable Table { get; init; }

    /// <summary>Gets the remaining race.</summary>
    public required Race Race { get; init; }

    /// <summary>Gets the cars that take part in the table's races.</summary>
    public required EquatableArray<CarNumber> Cars { get; init; }
}

/// <summary>A car's odds in one race.</summary>
/// <param name="Car">The car.</param>
/// <param name="Strength">Its relative chance of finishing ahead (positive; only ratios between cars matter).</param>
/// <param name="NotClassified">Its probability of not being classified, from 0 to 1.</param>
public readonly record struct CarOdds(CarNumber Car, double Strength, double NotClassified);
