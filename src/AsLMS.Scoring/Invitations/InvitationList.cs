namespace AsLMS.Scoring.Invitations;

/// <summary>
/// The 24 Hours of Le Mans invitations a season's standings earn under its rule set, with what became of every rule and every team
/// looked at. Made by <see cref="InvitationAllocator.Allocate"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record InvitationList
{
    /// <summary>Gets the season's label.</summary>
    public required string Season { get; init; }

    /// <summary>Gets the invitations, in the order of the rules that granted them; at most one per rule.</summary>
    public required EquatableArray<Invitation> Invitations { get; init; }

    /// <summary>Gets the outcome of every invitation rule, in the rule set's order.</summary>
    public required EquatableArray<InvitationDecision> Decisions { get; init; }

    /// <summary>
    /// Gets every team each rule looked at, rule by rule in the rule set's order and, within a rule, in standings order: teams not
    /// eligible above the team reached, then each team the rule was offered to and what it did.
    /// </summary>
    public required EquatableArray<InvitationConsideration> Considerations { get; init; }

    /// <summary>Finds the invitation a car received: a car receives at most one (see <see cref="Rules.RuleSet.OneInvitationPer"/>).</summary>
    /// <param name="car">The car.</param>
    /// <returns>The car's invitation, or null.</returns>
    public Invitation? Find(CarNumber car)
    {
        foreach (var invitation in Invitations)
        {
            if (invitation.Car == car)
            {
                return invitation;
            }
        }

        return null;
    }
}
