namespace AsLMS.Scoring.Invitations;

/// <summary>
/// What an invitation allocation needs beyond the rules and the results: the teams that decline, the teams that already hold a Le Mans
/// invitation, and the teams that do not meet a rule's criteria outside the standings. Order does not matter anywhere.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InvitationInputs
{
    /// <summary>Gets inputs that name no team: nobody declines, nobody already holds an invitation, every team meets the criteria.</summary>
    public static InvitationInputs None { get; } = new();

    /// <summary>Gets the teams that decline any invitation they earn. A declined team never appears among the invitations.</summary>
    public EquatableArray<TeamReference> Declined { get; init; }

    /// <summary>Gets the teams that already hold an invitation to the 24 Hours of Le Mans (from another series, or already entered).</summary>
    public EquatableArray<TeamReference> AlreadyInvited { get; init; }

    /// <summary>
    /// Gets the teams that do not meet the criteria outside the standings, for the rules subject to them
    /// (<see cref="Rules.InvitationRule.SubjectToOtherCriteria"/>). Every team not named meets them.
    /// </summary>
    public EquatableArray<CriteriaNotMet> OtherCriteriaNotMet { get; init; }
}

/// <summary>A team that does not meet the criteria outside the standings that an invitation is subject to, and why.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CriteriaNotMet
{
    /// <summary>Gets the team.</summary>
    public required TeamReference Team { get; init; }

    /// <summary>Gets the reason, e.g. <c>"no full-season ACO entry for next season"</c>; null if none is given.</summary>
    public string? Reason { get; init; }
}
