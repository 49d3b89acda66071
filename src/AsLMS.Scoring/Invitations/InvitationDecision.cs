namespace AsLMS.Scoring.Invitations;

/// <summary>What became of one invitation rule.</summary>
public enum InvitationOutcome
{
    /// <summary>The invitation was given (see <see cref="InvitationDecision.Invitation"/>).</summary>
    Given,

    /// <summary>
    /// The invitation lapsed: the class had too few entries and the rule has no fallback, the team declined (or already held one, or did
    /// not meet the criteria) and the rule lets it lapse, or no eligible team was left.
    /// </summary>
    Lapsed,

    /// <summary>
    /// The standings do not decide who earned it: teams share the rank after every tie-break of the rule set. The allocator does not
    /// choose between them; the organiser's decision can be given as input (the other teams declining).
    /// </summary>
    Undecided,
}

/// <summary>The outcome of one invitation rule, with its reason in plain words.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InvitationDecision
{
    /// <summary>Gets the rule's identifier.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required InvitationOutcome Outcome { get; init; }

    /// <summary>Gets the table the invitation was sought in: the rule's, or its fallback's.</summary>
    public required TableId Table { get; init; }

    /// <summary>Gets the position sought in that table, counted among eligible teams.</summary>
    public required int Position { get; init; }

    /// <summary>Gets the class the invitation is valid for at Le Mans.</summary>
    public required string LeMansClass { get; init; }

    /// <summary>Gets a value indicating whether the rule's fallback applied (its class had too few entries).</summary>
    public bool ViaFallback { get; init; }

    /// <summary>Gets the invitation, when it was given.</summary>
    public Invitation? Invitation { get; init; }

    /// <summary>Gets the reason, in plain words.</summary>
    public required string Reason { get; init; }
}
