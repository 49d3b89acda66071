using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>
/// Codes that validation of models never reports, so their just-past/just-inside pairs live with the code that raises them,
/// not in the validation cases: the input readers' codes (Al Kamel CSV, JSON, season import; tests in IO/) and the
/// invitation allocator's input code (tests in Invitations/).
/// </summary>
internal static class ErrorCodeAreas
{
    public static readonly IReadOnlySet<string> NotReportedByValidation = new HashSet<string>(StringComparer.Ordinal)
    {
        ErrorCodes.UnknownInvitationTeam,
        ErrorCodes.ConflictingEntry,
        ErrorCodes.DuplicateColumn,
        ErrorCodes.EmptyInput,
        ErrorCodes.InvalidEncoding,
        ErrorCodes.InvalidJson,
        ErrorCodes.InvalidValue,
        ErrorCodes.LapOutOfSequence,
        ErrorCodes.MalformedRow,
        ErrorCodes.MissingColumn,
        ErrorCodes.NoRaceForInput,
        ErrorCodes.NoResultForRace,
        ErrorCodes.UnknownStatus,
        ErrorCodes.UnrecognizedFormat,
        ErrorCodes.UnsupportedSchemaVersion,
    };
}
