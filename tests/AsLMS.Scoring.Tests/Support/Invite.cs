using AsLMS.Scoring.Invitations;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Standings;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>Allocation from results in one call, and compact descriptions of its output for assertions.</summary>
internal static class Invite
{
    public static InvitationList Allocate(RuleSet rules, SeasonResults results, InvitationInputs? inputs = null)
        => InvitationAllocator.Allocate(rules, StandingsCalculator.Calculate(rules, results), results, inputs ?? InvitationInputs.None);

    /// <summary>Each invitation as "rule: #car table Pn points -> Le Mans class", with " fallback" and " passed down" when so.</summary>
    public static string[] Summary(this InvitationList list)
        => list.Invitations.Select(i => $"{i.RuleId}: #{i.Car} {i.Table} P{i.Position} {i.Points} -> {i.LeMansClass}"
            + (i.ViaFallback ? " fallback" : string.Empty)
            + (i.PassedDown ? " passed down" : string.Empty)).ToArray();

    /// <summary>Each team a rule looked at as "#car Outcome".</summary>
    public static string[] Considered(this InvitationList list, string ruleId)
        => list.Considerations.Where(c => c.RuleId == ruleId).Select(c => $"#{c.Car} {c.Outcome}").ToArray();

    public static InvitationDecision Decision(this InvitationList list, string ruleId)
        => list.Decisions.Single(d => d.RuleId == ruleId);

    public static InvitationInputs Declining(params string[] cars)
        => new() { Declined = cars.Select(c => TeamReference.ForCar(c)).ToEquatableArray() };

    public static RuleSet PassingDown(this RuleSet rules)
        => rules with { Invitations = rules.Invitations.Select(i => i with { WhenDeclined = DeclinedInvitationPolicy.PassToNextEligible }).ToEquatableArray() };
}
