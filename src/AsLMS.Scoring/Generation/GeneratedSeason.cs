using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Generation;

/// <summary>A generated season: a rule set and results that satisfy it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record GeneratedSeason
{
    /// <summary>Gets the rule set (its series name says it is generated).</summary>
    public required RuleSet Rules { get; init; }

    /// <summary>Gets the results.</summary>
    public required SeasonResults Results { get; init; }
}
