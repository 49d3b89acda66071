using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates a rule set on its own: its calendar (<see cref="SeasonCalendarValidator"/>), classes, tables, scoring, classification
/// rule, crew requirements and invitation rules, each with its own validator, plus identifiers used once in each list.
/// </summary>
/// <remarks>
/// <para>Property paths name list elements by identifier: <c>Tables[LMP2 Teams].Classes</c>, <c>Season.Races[R3].Start</c>.</para>
/// <para>This type is immutable and thread-safe: one instance can validate any number of rule sets at once.</para>
/// </remarks>
public sealed class RuleSetValidator : AbstractValidator<RuleSet>
{
    /// <summary>Initializes a new instance of the <see cref="RuleSetValidator"/> class.</summary>
    public RuleSetValidator()
    {
        RuleFor(r => r).Custom((rules, context) =>
        {
            var log = FailureLog.Into(context);
            if (rules.Season is null)
            {
                log.Error(ErrorCodes.MissingValue, "Season", null, "The rule set has no season.");
            }

            if (rules.Scoring is null)
            {
                log.Error(ErrorCodes.MissingValue, "Scoring", null, "The rule set has no scoring rules.");
            }

            if (rules.Classification is null)
            {
                log.Error(ErrorCodes.MissingValue, "Classification", null, "The rule set has no classification rule.");
            }

            ListChecks.Check(rules.Classes, c => c.Id, c => Describe.Index(c.Id), ErrorCodes.DuplicateClass, c => $"Class '{c.Id}' is defined twice.", log.At("Classes"));
            ListChecks.Check(rules.Tables, t => t.Id, t => Describe.Index(t.Id), ErrorCodes.DuplicateTable, t => $"Table '{t.Id}' is defined twice.", log.At("Tables"));
            ListChecks.Check(rules.CrewRequirements, r => r.Id, r => Describe.Index(r.Id), ErrorCodes.DuplicateCrewRequirement, r => $"Crew requirement '{r.Id}' is defined twice.", log.At("CrewRequirements"));
            ListChecks.Check(rules.Invitations, r => r.Id, r => Describe.Index(r.Id), ErrorCodes.DuplicateInvitation, r => $"Invitation rule '{r.Id}' is defined twice.", log.At("Invitations"));
        });

        RuleFor(r => r.Season).SetValidator(new SeasonCalendarValidator());
        RuleForEach(r => r.Classes)
            .OverrideIndexer((_, _, c, i) => c is null ? $"[{i}]" : Describe.Index(c.Id))
            .SetValidator(rules => new ClassDefinitionValidator(rules));
        RuleForEach(r => r.Tables)
            .OverrideIndexer((_, _, t, i) => t is null ? $"[{i}]" : Describe.Index(t.Id))
            .SetValidator(rules => new ChampionshipTableValidator(rules));
        RuleFor(r => r.Scoring).SetValidator(rules => new ScoringRulesValidator(rules.Season));
        RuleFor(r => r.Classification).SetValidator(new ClassificationRuleValidator());
        RuleForEach(r => r.CrewRequirements)
            .OverrideIndexer((_, _, c, i) => c is null ? $"[{i}]" : Describe.Index(c.Id))
            .SetValidator(rules => new CrewRequirementValidator(rules));
        RuleForEach(r => r.Invitations)
            .OverrideIndexer((_, _, c, i) => c is null ? $"[{i}]" : Describe.Index(c.Id))
            .SetValidator(rules => new InvitationRuleValidator(rules));
    }
}
