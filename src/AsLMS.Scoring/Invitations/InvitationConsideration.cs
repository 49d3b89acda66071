namespace AsLMS.Scoring.Invitations;

/// <summary>What became of a team an invitation rule looked at.</summary>
public enum ConsiderationOutcome
{
    /// <summary>The team received the invitation.</summary>
    Invited,

    /// <summary>The team did not contest every round the rule requires, so it is not eligible and does not count for the position.</summary>
    NotEligible,

    /// <summary>The team declined the invitation.</summary>
    Declined,

    /// <summary>The team already holds an invitation to the 24 Hours of Le Mans (given as input).</summary>
    AlreadyInvited,

    /// <summary>The car (or, per <see cref="Rules.RuleSet.OneInvitationPer"/>, the entrant) received an invitation from an earlier rule.</summary>
    InvitedByEarlierRule,

    /// <summary>The team does not meet the criteria outside the standings that the rule is subject to.</summary>
    OtherCriteriaNotMet,

    /// <summary>The team shares its rank with another eligible team, so the standings do not decide which of them earned the invitation.</summary>
    Tied,
}

/// <summary>A team an invitation rule looked at, the outcome for that team, and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InvitationConsideration
{
    /// <summary>Gets the rule's identifier.</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the table the team was looked at in.</summary>
    public required TableId Table { get; init; }

    /// <summary>Gets the team's rank in the table.</summary>
    public required int Rank { get; init; }

    /// <summary>Gets the car.</summary>
    public required CarNumber Car { get; init; }

    /// <summary>Gets the entrant.</summary>
    public required string Entrant { get; init; }

    /// <summary>Gets the outcome for the team.</summary>
    public required ConsiderationOutcome Outcome { get; init; }

    /// <summary>Gets the reason, in plain words.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets the team as people name it: <c>#4 CrowdStrike Racing by APR</c>.</summary>
    public string Team => $"#{Car} {Entrant}";
}
