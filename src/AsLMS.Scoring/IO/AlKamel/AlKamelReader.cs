using System.Text;
using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>
/// Reads the CSV files Al Kamel Systems publishes for ACO series (AsLMS, ELMS, WEC): race classifications and lap-by-lap
/// analyses. Columns are found by header name, in any order, whatever else the export adds.
/// </summary>
/// <remarks>
/// <para><b>Files.</b> UTF-8 with or without a byte-order mark; CRLF or LF line ends; <c>;</c> separators, with or without a
/// trailing one; spaces around header names and values are ignored; quoted fields are allowed. Times may be written
/// <c>59.123</c>, <c>1:23.456</c>, <c>1'51.631</c>, <c>1:05:26.775</c> or <c>4:00'29.711</c>. Car numbers are kept exactly as
/// written (<c>007</c> is not <c>7</c>).</para>
/// <para><b>Race classification</b> (<c>POSITION;NUMBER;TEAM;DRIVER_1..DRIVER_5;VEHICLE;...;CLASS;...;STATUS;LAPS;TOTAL_TIME;...;FL_LAPNUM;FL_TIME</c>):
/// needs POSITION, NUMBER, TEAM, CLASS, STATUS and LAPS; reads DRIVER_n (any number of them), VEHICLE, TOTAL_TIME, FL_TIME
/// and FL_LAPNUM when present. STATUS: <c>Classified</c>, <c>Not classified</c>/<c>NC</c>, <c>Not started</c>/<c>DNS</c>,
/// <c>Retired</c>/<c>DNF</c>, <c>Disqualified</c>/<c>DSQ</c>/<c>DQ</c>, <c>Excluded</c>/<c>EXC</c> (case, spaces and hyphens
/// ignored). Class order is the overall order within each class.</para>
/// <para><b>Lap analysis</b> (<c>NUMBER; DRIVER_NUMBER; LAP_NUMBER; LAP_TIME; ...; ELAPSED; ...; DRIVER_NAME; PIT_TIME; CLASS; GROUP; TEAM; MANUFACTURER; FLAG_AT_FL; ...</c>):
/// needs NUMBER, LAP_NUMBER, LAP_TIME, ELAPSED, DRIVER_NAME, CLASS and TEAM; reads PIT_TIME, MANUFACTURER and FLAG_AT_FL when
/// present. Read as a stream, aggregating per car: memory holds the result, never the file. The finishing order, overall and
/// in each class, is most laps, then least elapsed time at the last lap. A car is classified when it meets the
/// <see cref="ClassificationRule"/> (share of the class or overall winner's laps; taking the flag, when required); a car that
/// does not is <c>NotClassified</c> if it took the flag and <c>Retired</c> otherwise. A car with no lap is not in the file
/// (so no car is <c>DidNotStart</c>), and disqualifications are not shown: give them as entry data. Each driver's drive time
/// is the sum of the laps the file names them on, without pit-stop time: a stop's PIT_TIME (written on the out-lap) is taken
/// off that lap, so for every car the drive times plus its pit time equal its elapsed time.</para>
/// <para><b>Drivers</b> are identified by <see cref="DriverIdOf(string)"/>, so one driver met in several files is one driver.</para>
/// <para><b>Errors.</b> Bad input throws an <see cref="InputFormatException"/> listing every problem found (up to 50), each
/// with its code, file, line and column; nothing is returned for a file with any problem. This type is stateless and
/// thread-safe.</para>
/// </remarks>
public static class AlKamelReader
{
    // Enough to read in large blocks; the reader keeps nothing else of the file.
    private const int BufferSize = 16 * 1024;

    /// <summary>Reads a classification or a lap analysis, telling which by its header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="race">The race of the calendar the file is the result of.</param>
    /// <param name="classification">The rule that classifies cars from a lap analysis (the rule set's <see cref="RuleSet.Classification"/>).</param>
    /// <returns>The race.</returns>
    /// <exception cref="InputFormatException">The file is not a readable Al Kamel classification or lap analysis.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ImportedRace Read(string path, RaceId race, ClassificationRule classification)
    {
        Preconditions.CheckNotBlank(path);
        using var stream = Open(path);
        return Read(stream, race, classification, path);
    }

    /// <summary>Reads a classification or a lap analysis, telling which by its header.</summary>
    /// <param name="stream">The file's bytes (UTF-8).</param>
    /// <param name="race">The race of the calendar the file is the result of.</param>
    /// <param name="classification">The rule that classifies cars from a lap analysis.</param>
    /// <param name="source">The file's name, for error messages; null if none.</param>
    /// <returns>The race.</returns>
    /// <exception cref="InputFormatException">The input is not a readable Al Kamel classification or lap analysis.</exception>
    public static ImportedRace Read(Stream stream, RaceId race, ClassificationRule classification, string? source = null)
        => ReadAs(null, stream, race, classification, source);

    /// <summary>Reads a race classification.</summary>
    /// <param name="path">The file.</param>
    /// <param name="race">The race of the calendar the file is the result of.</param>
    /// <returns>The race.</returns>
    /// <exception cref="InputFormatException">The file is not a readable Al Kamel race classification.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ImportedRace ReadClassification(string path, RaceId race)
    {
        Preconditions.CheckNotBlank(path);
        using var stream = Open(path);
        return ReadClassification(stream, race, path);
    }

    /// <summary>Reads a race classification.</summary>
    /// <param name="stream">The file's bytes (UTF-8).</param>
    /// <param name="race">The race of the calendar the file is the result of.</param>
    /// <param name="source">The file's name, for error messages; null if none.</param>
    /// <returns>The race.</returns>
    /// <exception cref="InputFormatException">The input is not a readable Al Kamel race classification.</exception>
    public static ImportedRace ReadClassification(Stream stream, RaceId race, string? source = null)
        => ReadAs(AlKamelFormat.Classification, stream, race, ClassificationRule.Default, source);

    /// <summary>Reads a lap analysis and derives the race's classification from it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="race">The race of the calendar the file is the result of.</param>
    /// <param name="classification">The rule that classifies cars (the rule set's <see cref="RuleSet.Classification"/>).</param>
    /// <returns>The race.</returns>
    /// <exception cref="InputFormatException">The file is not a readable Al Kamel lap analysis.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ImportedRace ReadLapAnalysis(string path, RaceId race, ClassificationRule classification)
    {
        Preconditions.CheckNotBlank(path);
        using var stream = Open(path);
        return ReadLapAnalysis(stream, race, classification, path);
    }

    /// <summary>Reads a lap analysis and derives the race's classification from it.</summary>
    /// <param name="stream">The file's bytes (UTF-8).</param>
    /// <param name="race">The race of the calendar the file is the result of.</param>
    /// <param name="classification">The rule that classifies cars.</param>
    /// <param name="source">The file's name, for error messages; null if none.</param>
    /// <returns>The race.</returns>
    /// <exception cref="InputFormatException">The input is not a readable Al Kamel lap analysis.</exception>
    public static ImportedRace ReadLapAnalysis(Stream stream, RaceId race, ClassificationRule classification, string? source = null)
        => ReadAs(AlKamelFormat.LapAnalysis, stream, race, classification, source);

    /// <summary>
    /// Gets the identifier the readers give a driver's name: lower case, accents removed from Latin letters (é → e, ø → o,
    /// ß → ss), words joined by '-', other punctuation dropped. <c>Sébastien CRUBILÉ</c> → <c>sebastien-crubile</c>,
    /// <c>Alexander TALKANITSA JR</c> → <c>alexander-talkanitsa-jr</c>. Spellings that differ only in case, accents, spacing
    /// or punctuation are one driver; any other difference makes two.
    /// </summary>
    /// <param name="name">The name as published.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static DriverId DriverIdOf(string name) => DriverNames.Id(Preconditions.CheckNotBlank(name).AsSpan());

    internal static AlKamelFormat? Detect(CsvTable table)
        => table.Has("LAP_NUMBER") && table.Has("NUMBER") ? AlKamelFormat.LapAnalysis
            : table.Has("POSITION") && table.Has("STATUS") ? AlKamelFormat.Classification
            : null;

    private static ImportedRace ReadAs(AlKamelFormat? format, Stream stream, RaceId race, ClassificationRule classification, string? source)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(classification);
        Preconditions.CheckArgument(race.Value.Length > 0, "The race identifier must be set.", nameof(race));
        var problems = new InputProblems(source);
        using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: true);
        var table = CsvTable.Open(text, problems);
        problems.ThrowIfAny();
        format ??= Detect(table!);
        if (format is null)
        {
            problems.Add(
                ErrorCodes.UnrecognizedFormat,
                $"The header ({string.Join(";", table!.Names.Take(8))}...) is neither an Al Kamel race classification (POSITION, NUMBER, STATUS...) nor a lap analysis (NUMBER, LAP_NUMBER, LAP_TIME...).",
                1,
                1);
            throw problems.Exception();
        }

        return format == AlKamelFormat.LapAnalysis
            ? LapAnalysisReader.Read(table!, race, classification, source)
            : ClassificationReader.Read(table!, race, source);
    }

    private static FileStream Open(string path)
        => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan); // the text reader buffers
}
