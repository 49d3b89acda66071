namespace AsLMS.Scoring.Validation;

/// <summary>
/// The stable error codes of every validation failure the library reports (see <c>docs/error-codes.md</c>).
/// A code never changes meaning; programs may switch on it. Codes marked "calculator" are also checked by
/// <see cref="Standings.StandingsCalculator"/>, which refuses input that fails them with a <see cref="ScoringInputException"/>;
/// the others are reported by <see cref="SeasonValidation"/> and the validators only.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ErrorCodes
{
    // General.

    /// <summary>
    /// A value the model requires is missing: a null element of a list, a null season, scoring or classification rule, a rule
    /// without an identifier or a bound (calculator for null elements of the results, a missing season or scoring, a null table);
    /// in an input file, a field the reader needs is empty.
    /// </summary>
    public const string MissingValue = "MissingValue";

    /// <summary>A number is outside its allowed range: a share outside (0, 1], a position or count below 1, a negative time or factor (calculator for adjustments).</summary>
    public const string ValueOutOfRange = "ValueOutOfRange";

    // Rule set: calendar.

    /// <summary>Two races of the calendar have the same identifier.</summary>
    public const string DuplicateRace = "DuplicateRace";

    /// <summary>Two races of the calendar have the same round.</summary>
    public const string DuplicateRound = "DuplicateRound";

    /// <summary>A race of the calendar is dated before a race of an earlier round.</summary>
    public const string RoundOutOfOrder = "RoundOutOfOrder";

    /// <summary>A race's date is outside the season's first and last day.</summary>
    public const string RaceOutsideSeason = "RaceOutsideSeason";

    /// <summary>A race's scheduled start is not in its circuit's time zone, or not on the race's date.</summary>
    public const string RaceStartMismatch = "RaceStartMismatch";

    // Rule set: classes and tables.

    /// <summary>Two classes have the same identifier.</summary>
    public const string DuplicateClass = "DuplicateClass";

    /// <summary>A table, a crew requirement, a sub-class, an entry, a pole or a fastest lap names a class the rule set does not define.</summary>
    public const string UnknownClass = "UnknownClass";

    /// <summary>A sub-classification's parent is itself a sub-classification (or the sub-classification itself).</summary>
    public const string NestedSubClass = "NestedSubClass";

    /// <summary>Two championship tables have the same identifier.</summary>
    public const string DuplicateTable = "DuplicateTable";

    /// <summary>An invitation rule, its fallback or an adjustment names a table the rule set does not define (calculator for adjustments).</summary>
    public const string UnknownTable = "UnknownTable";

    // Rule set: scoring.

    /// <summary>A points value of the rules (scale, beyond the scale, pole, fastest lap) is negative.</summary>
    public const string NegativePoints = "NegativePoints";

    /// <summary>A points scale gives more points to a position than to the one before it.</summary>
    public const string IncreasingScale = "IncreasingScale";

    /// <summary>The points beyond the scale are more than the scale's last position earns.</summary>
    public const string BeyondScaleAboveScale = "BeyondScaleAboveScale";

    /// <summary>A race's category has no scoring and the scoring rules have no default (calculator for races with results).</summary>
    public const string MissingRaceScoring = "MissingRaceScoring";

    /// <summary>Two race scorings are for the same race category (or both are the default).</summary>
    public const string DuplicateRaceScoring = "DuplicateRaceScoring";

    /// <summary>A dropped-results segment starts or ends at a round that is not in the calendar, or ends before it starts.</summary>
    public const string DropSegmentOutsideCalendar = "DropSegmentOutsideCalendar";

    /// <summary>Two dropped-results segments share a round.</summary>
    public const string OverlappingDropSegments = "OverlappingDropSegments";

    /// <summary>
    /// A dropped-results segment does not set exactly one of best results and worst dropped, or sets a count the segment's races
    /// cannot meet (calculator for counts that are out of range whatever the calendar).
    /// </summary>
    public const string DropCountOutOfRange = "DropCountOutOfRange";

    // Rule set: crews and invitations.

    /// <summary>Two crew requirements have the same identifier.</summary>
    public const string DuplicateCrewRequirement = "DuplicateCrewRequirement";

    /// <summary>No crew can meet a crew requirement: its minimum is above its own maximum or above another requirement's maximum for the same drivers.</summary>
    public const string UnsatisfiableCrewRequirement = "UnsatisfiableCrewRequirement";

    /// <summary>Two invitation rules have the same identifier.</summary>
    public const string DuplicateInvitation = "DuplicateInvitation";

    /// <summary>An invitation rule (or its fallback) is earned in a table that does not rank cars (a drivers' or entrants' table): invitations go to cars.</summary>
    public const string InvitationTableNotOfCars = "InvitationTableNotOfCars";

    // Results: season and entries.

    /// <summary>A race result refers to a race that is not in the rule set's calendar, or a table excludes such a race (calculator for results).</summary>
    public const string RaceNotInCalendar = "RaceNotInCalendar";

    /// <summary>Two results were given for the same race (calculator).</summary>
    public const string DuplicateRaceResult = "DuplicateRaceResult";

    /// <summary>Two entries have the same car number (calculator).</summary>
    public const string DuplicateEntry = "DuplicateEntry";

    /// <summary>Two drivers have the same identifier (calculator).</summary>
    public const string DuplicateDriver = "DuplicateDriver";

    /// <summary>An entry's sub-classification is not a sub-classification of its class, or its class is itself a sub-classification.</summary>
    public const string SubClassMismatch = "SubClassMismatch";

    /// <summary>A crew (nominated, or in a race) names the same driver twice.</summary>
    public const string DriverListedTwice = "DriverListedTwice";

    /// <summary>A crew does not meet one of the rule set's crew requirements (a warning: the car is still scored).</summary>
    public const string CrewRequirementNotMet = "CrewRequirementNotMet";

    // Results: races.

    /// <summary>A result, a pole, a fastest lap or an adjustment names a car that has no entry (calculator).</summary>
    public const string UnknownCar = "UnknownCar";

    /// <summary>A car appears twice in one race's classification (calculator).</summary>
    public const string DuplicateCarInRace = "DuplicateCarInRace";

    /// <summary>A crew, a fastest lap or an adjustment names a driver who is not among the season's drivers (calculator for races and adjustments).</summary>
    public const string UnknownDriver = "UnknownDriver";

    /// <summary>A classified car has no finishing position (calculator).</summary>
    public const string MissingPosition = "MissingPosition";

    /// <summary>Two classified cars have the same finishing position (calculator).</summary>
    public const string DuplicatePosition = "DuplicatePosition";

    /// <summary>
    /// The classified cars' positions do not run 1, 2, 3...: a position is skipped or below 1 (tied cars share a position and skip
    /// the next). A warning: a published classification may leave a disqualified car's position empty.
    /// </summary>
    public const string PositionGap = "PositionGap";

    /// <summary>A classified car has more laps than a car classified ahead of it (a warning: a published final classification may place a penalised car so).</summary>
    public const string LapsContradictOrder = "LapsContradictOrder";

    /// <summary>A class pole or a class fastest lap is credited to a car that is neither of that class nor of that sub-classification.</summary>
    public const string CarNotInClass = "CarNotInClass";

    /// <summary>A race names two pole sitters for one class.</summary>
    public const string DuplicatePole = "DuplicatePole";

    /// <summary>A car's drive times add up to more than the car's total time, or than the race lasted.</summary>
    public const string DriveTimeExceedsRace = "DriveTimeExceedsRace";

    /// <summary>A driver drove a car without being in its entry's nominated crew (a warning: crews may change between races).</summary>
    public const string DriverNotNominated = "DriverNotNominated";

    /// <summary>A driver is in the crews of two cars in one race.</summary>
    public const string DriverInTwoCars = "DriverInTwoCars";

    /// <summary>A classified car covered less than the rule set's classification share of the reference distance (a warning: the given status is scored).</summary>
    public const string BelowClassificationThreshold = "BelowClassificationThreshold";

    /// <summary>A race adjustment names an entered car that has no result in that race (calculator).</summary>
    public const string CarNotInRace = "CarNotInRace";

    /// <summary>A time or position penalty or a race exclusion is among the season's adjustments, where no race says which classification it changes (calculator).</summary>
    public const string MisplacedAdjustment = "MisplacedAdjustment";

    /// <summary>A time penalty must re-order cars, but a classified car has no total time (calculator).</summary>
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

    // Invitations.

    /// <summary>An invitation input (a team that declines, holds an invitation or does not meet the criteria) names no car or entrant of the season.</summary>
    public const string UnknownInvitationTeam = "UnknownInvitationTeam";
}
