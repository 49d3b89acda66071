namespace AsLMS.Scoring.Invitations;

/// <summary>
/// An invitation to the 24 Hours of Le Mans: the team and car that received it, the table and position that earned it, the class it is
/// valid for at Le Mans, the rule that granted it, and the reason in plain words.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Invitation
{
    /// <summary>Gets the identifier of the rule that granted it (<see cref="Rules.InvitationRule.Id"/>).</summary>
    public required string RuleId { get; init; }

    /// <summary>Gets the table it was earned in: the rule's table, or its fallback's when the class had too few entries.</summary>
    public required TableId Table { get; init; }

    /// <summary>Gets the team's rank in that table (below the rule's position when teams above were not eligible or passed it on).</summary>
    public required int Position { get; init; }

    /// <summary>Gets the team's points in that table.</summary>
    public required Points Points { get; init; }

    /// <summary>Gets the car.</summary>
    public required CarNumber Car { get; init; }

    /// <summary>Gets the entrant (the team).</summary>
    public required string Entrant { get; init; }

    /// <summary>Gets the class the invitation is valid for at Le Mans.</summary>
    public required string LeMansClass { get; init; }

    /// <summary>Gets a value indicating whether it came through the rule's fallback (its class had too few entries).</summary>
    public bool ViaFallback { get; init; }

    /// <summary>Gets a value indicating whether it was passed down from a better-placed team that declined, already held one or did not meet the criteria.</summary>
    public bool PassedDown { get; init; }

    /// <summary>Gets why the team received it, in plain words.</summary>
    public required string Reason { get; init; }

    /// <summary>Gets the team as people name it: <c>#4 CrowdStrike Racing by APR</c>.</summary>
    public string Team => $"#{Car} {Entrant}";
}
