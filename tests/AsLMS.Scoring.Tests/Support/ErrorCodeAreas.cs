using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.Tests.Support;

/// <summary>
/// Codes raised only by the input readers (Al Kamel CSV, JSON, season import) as <c>InputFormatException</c>s: validation
/// of models never reports them, so their just-past/just-inside pairs live in the IO tests (tests/.../IO), not in
/// the validation cases.
/// </summary>
internal static class ErrorCodeAreas
{
    public static readonly IReadOnlySet<string> InputFilesOnly = new HashSet<string>(StringComparer.Ordinal)
    {
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
