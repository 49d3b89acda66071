namespace AsLMS.Scoring.Validation;

/// <summary>
/// The stable error codes of every validation failure the library reports (see <c>docs/error-codes.md</c>).
/// A code never changes meaning; programs may switch on it.
/// </summary>
public static class ErrorCodes
{
    /// <summary>A race result refers to a race that is not in the rule set's calendar.</summary>
    public const string RaceNotInCalendar = "RaceNotInCalendar";

    /// <summary>Two results were given for the same race.</summary>
    public const string DuplicateRaceResult = "DuplicateRaceResult";

    /// <summary>Two entries have the same car number.</summary>
    public const string DuplicateEntry = "DuplicateEntry";

    /// <summary>Two drivers have the same identifier.</summary>
    public const string DuplicateDriver = "DuplicateDriver";

    /// <summary>A result or an adjustment names a car that has no entry.</summary>
    public const string UnknownCar = "UnknownCar";

    /// <summary>A car appears twice in one race's classification.</summary>
    public const string DuplicateCarInRace = "DuplicateCarInRace";

    /// <summary>A crew names a driver who is not among the season's drivers.</summary>
    public const string UnknownDriver = "UnknownDriver";

    /// <summary>A classified car has no finishing position.</summary>
    public const string MissingPosition = "MissingPosition";

    /// <summary>Two classified cars have the same finishing position.</summary>
    public const string DuplicatePosition = "DuplicatePosition";

    /// <summary>A time penalty must re-order cars, but a classified car has no total time.</summary>
    public const string TimePenaltyWithoutTimes = "TimePenaltyWithoutTimes";

    /// <summary>An invitation rule, or its fallback, names a table the rule set does not have.</summary>
    public const string InvitationTableNotFound = "InvitationTableNotFound";

    /// <summary>An invitation rule, or its fallback, names a table that does not rank cars (a drivers' or entrants' table).</summary>
    public const string InvitationTableNotOfCars = "InvitationTableNotOfCars";

    /// <summary>An invitation rule, or its fallback, names a position below 1.</summary>
    public const string InvitationPositionOutOfRange = "InvitationPositionOutOfRange";

    /// <summary>Two invitation rules of a rule set have the same identifier.</summary>
    public const string DuplicateInvitationRule = "DuplicateInvitationRule";

    /// <summary>An invitation input (a team that declines, holds an invitation or does not meet the criteria) names no car or entrant of the season.</summary>
    public const string UnknownInvitationTeam = "UnknownInvitationTeam";
}
