using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Tests.Support;
using AsLMS.Scoring.Validation;
using FluentValidation;
using FluentValidation.Results;

namespace AsLMS.Scoring.Tests.Validation;

// One invitation rule's checks on their own (a validator made in the test), against Fixture.TestRules(2): season label "Test",
// rounds 1 and 2, tables "<class> Teams" (cars) and "<class> Drivers" for LMP2, LMP2 Am and GT, plus "LMP2 Entrants" (entrants)
// added here. The fallback's failures carry the "Fallback." prefix and name "the rule's fallback". Messages are written from the
// rule each check states.
public sealed class InvitationRuleValidatorTests
{
    private static readonly RuleSet Rules = Fixture.TestRules(2) with
    {
        Tables = Fixture.TestRules(2).Tables.Add(new ChampionshipTable { Id = "LMP2 Entrants", Name = "LMP2 Entrants", Competitors = CompetitorKind.Entrant, Classes = ["LMP2"] }),
    };

    private static readonly InvitationRule Champion = new() { Id = "gt-champion", Table = "GT Teams", Position = 1, LeMansClass = "LMGT3" };

    private static readonly InvitationFallback Fallback = new() { Table = "LMP2 Teams", Position = 2, LeMansClass = "LMP2" };

    private static List<ValidationFailure> Validate(InvitationRule rule) => new InvitationRuleValidator(Rules).Validate(rule).Errors;

    public static TheoryData<InvitationRule, string, string, string> Broken => new()
    {
        // No identifier to name it by: the message names its table and position.
        { Champion with { Id = "" }, ErrorCodes.MissingValue, "Id", "An invitation rule (table 'GT Teams', position 1) has no identifier." },
        { Champion with { Table = "LMP3 Teams" }, ErrorCodes.UnknownTable, "Table", "Invitation rule 'gt-champion' is earned in table 'LMP3 Teams', which the Test rules do not define." },
        { Champion with { Table = "GT Drivers" }, ErrorCodes.InvitationTableNotOfCars, "Table", "Invitation rule 'gt-champion' is earned in 'GT Drivers', which ranks drivers: an invitation goes to a team's car, so use a teams' table of cars." },
        { Champion with { Table = "LMP2 Entrants" }, ErrorCodes.InvitationTableNotOfCars, "Table", "Invitation rule 'gt-champion' is earned in 'LMP2 Entrants', which ranks entrants: an invitation goes to a team's car, so use a teams' table of cars." },
        { Champion with { Position = 0 }, ErrorCodes.ValueOutOfRange, "Position", "Invitation rule 'gt-champion' goes to position 0 of 'GT Teams': positions start at 1." },
        { Champion with { Fallback = Fallback with { Table = "LMP3 Teams" } }, ErrorCodes.UnknownTable, "Fallback.Table", "Invitation rule 'gt-champion''s fallback is earned in table 'LMP3 Teams', which the Test rules do not define." },
        { Champion with { Fallback = Fallback with { Table = "LMP2 Drivers" } }, ErrorCodes.InvitationTableNotOfCars, "Fallback.Table", "Invitation rule 'gt-champion''s fallback is earned in 'LMP2 Drivers', which ranks drivers: an invitation goes to a team's car, so use a teams' table of cars." },
        { Champion with { Fallback = Fallback with { Position = 0 } }, ErrorCodes.ValueOutOfRange, "Fallback.Position", "Invitation rule 'gt-champion''s fallback goes to position 0 of 'LMP2 Teams': positions start at 1." },
        { Champion with { MinimumEntries = 0 }, ErrorCodes.ValueOutOfRange, "MinimumEntries", "Invitation rule 'gt-champion' needs at least 0 entries: at least 1 (or null for no condition)." },

        // The calendar has rounds 1 and 2 only.
        { Champion with { MustContestFromRound = 3 }, ErrorCodes.ValueOutOfRange, "MustContestFromRound", "Invitation rule 'gt-champion' asks for every round from round 3, which is not a round of the Test calendar." },
        { Champion with { MustContestFromRound = 0 }, ErrorCodes.ValueOutOfRange, "MustContestFromRound", "Invitation rule 'gt-champion' asks for every round from round 0, which is not a round of the Test calendar." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenRule_ReportedOnceWithItsCodePropertyAndMessage(InvitationRule rule, string code, string property, string message)
    {
        var failure = Assert.Single(Validate(rule));

        Assert.Equal((code, property, message, Severity.Error), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage, failure.Severity));
    }

    [Fact]
    public void Validate_RuleJustInsideEveryCheck_Passes()
    {
        // Position 1, fallback position 1, 1 entry at least, every round from the last round (2).
        var inside = Champion with { MinimumEntries = 1, MustContestFromRound = 2, Fallback = Fallback with { Position = 1 } };

        Assert.Empty(Validate(inside));
    }

    [Fact]
    public void Constructor_NullRules_ThrowsArgumentNullExceptionNamingRules()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => new InvitationRuleValidator(null!));

        Assert.Equal("rules", thrown.ParamName);
    }
}
