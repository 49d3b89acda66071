using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Contention;

/// <summary>
/// Who can still earn a Le Mans invitation rule's position: each competitor of the table and whether it can still finish in that
/// position or better.
/// </summary>
/// <remarks>
/// <para>This type is immutable and thread-safe.</para>
/// <para>Only the standings are considered: the rule's other conditions (minimum entries, contesting every round, other criteria)
/// and what happens when an invitation is declined or passed down are the invitation allocator's business.</para>
/// </remarks>
public sealed record InvitationContention
{
    /// <summary>Gets the invitation rule.</summary>
    public required InvitationRule Rule { get; init; }

    /// <summary>Gets each competitor's chance of finishing in the rule's position or better.</summary>
    public required EquatableArray<PositionChance> Competitors { get; init; }

    /// <summary>Gets the competitors that can still finish in the rule's position or better.</summary>
    public IEnumerable<Competitor> Contenders
        => Competitors.Where(c => c.Verdict is ContentionVerdict.Possible or ContentionVerdict.Clinched).Select(c => c.Competitor);
}
