using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates a Le Mans invitation rule: its table (and its fallback's) exists and ranks cars, positions start at 1,
/// a minimum number of entries is at least 1, and the round to contest every round from is a round of the calendar.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.UnknownTable"/>, <see cref="ErrorCodes.InvitationTableNotOfCars"/>, <see cref="ErrorCodes.ValueOutOfRange"/>,
/// <see cref="ErrorCodes.MissingValue"/>.</para>
/// <para>This type is immutable and thread-safe once constructed.</para>
/// </remarks>
public sealed class InvitationRuleValidator : AbstractValidator<InvitationRule>
{
    /// <summary>Initializes a new instance of the <see cref="InvitationRuleValidator"/> class.</summary>
    /// <param name="rules">The rule set the invitation rule belongs to.</param>
    public InvitationRuleValidator(RuleSet rules)
    {
        Preconditions.CheckNotNull(rules);
        RuleFor(r => r).Custom((invitation, context) =>
        {
            var log = FailureLog.Into(context);
            var what = $"Invitation rule '{invitation.Id}'";
            if (string.IsNullOrWhiteSpace(invitation.Id))
            {
                log.Error(ErrorCodes.MissingValue, "Id", invitation.Id, $"An invitation rule (table '{invitation.Table}', position {invitation.Position}) has no identifier.");
            }

            CheckPlace(rules, invitation.Table, invitation.Position, what, string.Empty, log);
            if (invitation.Fallback is { } fallback)
            {
                CheckPlace(rules, fallback.Table, fallback.Position, $"{what}'s fallback", "Fallback.", log);
            }

            if (invitation.MinimumEntries is < 1)
            {
                log.Error(ErrorCodes.ValueOutOfRange, "MinimumEntries", invitation.MinimumEntries, $"{what} needs at least {invitation.MinimumEntries} entries: at least 1 (or null for no condition).");
            }

            if (invitation.MustContestFromRound is { } round && rules.Season is { } season && !season.Races.Any(r => r.Round == round))
            {
                log.Error(ErrorCodes.ValueOutOfRange, "MustContestFromRound", round, $"{what} asks for every round from round {round}, which is not a round of the {season.Label} calendar.");
            }
        });
    }

    private static void CheckPlace(RuleSet rules, TableId tableId, int position, string what, string prefix, FailureLog log)
    {
        var table = ListChecks.FindTable(rules, tableId);
        if (table is null)
        {
            log.Error(ErrorCodes.UnknownTable, prefix + "Table", tableId.Value, $"{what} is earned in table '{tableId}', which the {rules.Season?.Label} rules do not define.");
        }
        else if (table.Competitors != CompetitorKind.Car)
        {
            log.Error(ErrorCodes.InvitationTableNotOfCars, prefix + "Table", tableId.Value, $"{what} is earned in '{tableId}', which ranks {(table.Competitors == CompetitorKind.Driver ? "drivers" : "entrants")}: an invitation goes to a team's car, so use a teams' table of cars.");
        }

        if (position < 1)
        {
            log.Error(ErrorCodes.ValueOutOfRange, prefix + "Position", position, $"{what} goes to position {position} of '{tableId}': positions start at 1.");
        }
    }
}
