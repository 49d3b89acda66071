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

    // Input files (AsLMS.Scoring.IO): thrown in an IO.InputFormatException with the file, line and column. The readers also
    // use DuplicateCarInRace, DuplicatePosition, MissingPosition, UnknownCar, UnknownDriver, RaceNotInCalendar and
    // DuplicateRaceResult above, with the same meanings.

    /// <summary>An input file is empty: it has no header line.</summary>
    public const string EmptyInput = "EmptyInput";

    /// <summary>An input file's bytes are not valid UTF-8 text.</summary>
    public const string InvalidEncoding = "InvalidEncoding";

    /// <summary>A CSV header is neither an Al Kamel race classification nor a lap analysis.</summary>
    public const string UnrecognizedFormat = "UnrecognizedFormat";

    /// <summary>A column the reader needs is not in the CSV header.</summary>
    public const string MissingColumn = "MissingColumn";

    /// <summary>A column name appears twice in the CSV header.</summary>
    public const string DuplicateColumn = "DuplicateColumn";

    /// <summary>A CSV row cannot be split into fields: an unterminated quote, or values beyond the header's columns.</summary>
    public const string MalformedRow = "MalformedRow";

    /// <summary>A field the reader needs is empty.</summary>
    public const string MissingValue = "MissingValue";

    /// <summary>A value cannot be read as what its column or property holds (a number, a time, points, a date, a time zone...).</summary>
    public const string InvalidValue = "InvalidValue";

    /// <summary>A classification's STATUS is not one the reader knows.</summary>
    public const string UnknownStatus = "UnknownStatus";

    /// <summary>A car's lap numbers in a lap analysis do not increase.</summary>
    public const string LapOutOfSequence = "LapOutOfSequence";

    /// <summary>The same car is given two different classes (in one lap analysis, or in two files of one season).</summary>
    public const string ConflictingEntry = "ConflictingEntry";

    /// <summary>A JSON document is not well-formed, or does not have the shape of what it is read as (an unknown or missing property, a wrong type).</summary>
    public const string InvalidJson = "InvalidJson";

    /// <summary>A JSON document has no <c>schemaVersion</c>, or a major version this library does not read.</summary>
    public const string UnsupportedSchemaVersion = "UnsupportedSchemaVersion";

    /// <summary>More result files were given than the rule set's calendar has races.</summary>
    public const string NoRaceForInput = "NoRaceForInput";

    /// <summary>Entry data names a race that has no imported result.</summary>
    public const string NoResultForRace = "NoResultForRace";
}
