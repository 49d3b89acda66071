using AsLMS.Scoring.IO;
using AsLMS.Scoring.IO.AlKamel;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Validation;
using NodaTime;
using static AsLMS.Scoring.Tests.IO.TestFiles;

namespace AsLMS.Scoring.Tests.IO;

// Every expected value below is read off the hand-written files in IO/Data by eye.
public sealed class ClassificationReaderTests
{
    private const string Header = "POSITION;NUMBER;TEAM;CLASS;STATUS;LAPS;TOTAL_TIME";

    [Fact]
    public void ReadClassification_LfWithoutBom_ReadsEveryCarInPositionOrder()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-lf.csv"), "R1");

        Assert.Equal(AlKamelFormat.Classification, race.Format);
        Assert.Equal(new RaceId("R1"), race.Result.Race);
        Assert.Equal(["23", "4", "7", "33", "91", "56", "12", "71"], race.Result.Cars.Select(c => c.Car.Value));
        Assert.Equal([1, 2, 3, 4, 5, 6, null, null], race.Result.Cars.Select(c => c.Position));
        Assert.Equal(
            [.. Enumerable.Repeat(ResultStatus.Classified, 6), ResultStatus.NotClassified, ResultStatus.DidNotStart],
            race.Result.Cars.Select(c => c.Status));
        Assert.Equal([118, 118, 112, 110, 109, 108, 74, 0], race.Result.Cars.Select(c => c.Laps));
    }

    [Fact]
    public void ReadClassification_ApostropheTimes_AreExactDurations()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-lf.csv"), "R1");

        // 4:00'29.711 = 4 h 29.711 s = 14 429.711 s; 2:26'57.296 = 2 h 26 min 57.296 s = 8 817.296 s; DNS: no time.
        Assert.Equal(Duration.FromMilliseconds(14_429_711), race.Result.Cars[0].TotalTime);
        Assert.Equal(Duration.FromMilliseconds(8_817_296), race.Result.Cars[6].TotalTime);
        Assert.Null(race.Result.Cars[7].TotalTime);
        Assert.Equal(Duration.FromMilliseconds(14_429_711), race.Result.RunningTime);
        Assert.Equal(Duration.FromMilliseconds(111_631), race.Timing[0].BestLap); // 1'51.631
        Assert.Equal(5, race.Timing[0].BestLapNumber);
    }

    [Fact]
    public void ReadClassification_ClassOrder_IsTheOverallOrderWithinEachClass()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-lf.csv"), "R1");

        // LMP2: #23, #4 (and #12 not classified); LMP3: #7, #33; GT: #91, #56 (and #71 not started).
        var classPositions = race.Timing.ToDictionary(t => t.Car.Value, t => (t.Class.Value, t.ClassPosition));
        Assert.Equal(("LMP2", 1), classPositions["23"]);
        Assert.Equal(("LMP2", 2), classPositions["4"]);
        Assert.Equal(("LMP2", (int?)null), classPositions["12"]);
        Assert.Equal(("LMP3", 1), classPositions["7"]);
        Assert.Equal(("LMP3", 2), classPositions["33"]);
        Assert.Equal(("GT", 1), classPositions["91"]);
        Assert.Equal(("GT", 2), classPositions["56"]);
        Assert.Equal(("GT", (int?)null), classPositions["71"]);
    }

    [Fact]
    public void ReadClassification_FastestLapPerClass_IncludesCarsNotClassified()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-lf.csv"), "R1");

        // LMP2: #12's 1'50.999 beats #23's 1'51.631; LMP3: #33's 1'57.500; GT: #91's 2'02.288. The driver is not in the file.
        Assert.Equal(
            [new FastestLap("LMP2", "12", null), new FastestLap("LMP3", "33", null), new FastestLap("GT", "91", null)],
            race.Result.FastestLaps.OrderBy(f => f.Class!.Value.Value == "LMP2" ? 0 : f.Class!.Value.Value == "LMP3" ? 1 : 2));
    }

    [Fact]
    public void ReadClassification_EntriesAndDrivers_AreRevealed()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-lf.csv"), "R1");

        var entry = race.Entries.Single(e => e.Car == "23");
        Assert.Equal("Harbour Racing", entry.Entrant);
        Assert.Equal(new ClassId("LMP2"), entry.Class);
        Assert.Equal("Oreca 07 - Gibson", entry.Vehicle);
        Assert.Equal(["anna-meyer", "kenji-sato", "luis-gomez"], entry.Crew.Select(d => d.Value));
        Assert.Equal(entry.Crew, race.Result.Cars[0].Drivers.Select(d => d.Driver));
        Assert.All(race.Result.Cars[0].Drivers, d => Assert.Null(d.Time));

        // 3 + 2 + 2 + 3 + 3 + 2 + 3 + 2 drivers, nobody in two cars.
        Assert.Equal(20, race.Drivers.Count);
        Assert.Equal("Luis GÓMEZ", race.Drivers.Single(d => d.Id == "luis-gomez").Name);
        Assert.Equal("Tom WELLS", race.Drivers.Single(d => d.Id == "tom-wells").Name); // written "Tom WELLS " in the file
    }

    [Fact]
    public void ReadClassification_CrlfBomAndDriver5AtTheEnd_ReadsTheFiveDriverCrew()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-crlf-bom-driver5.csv"), "R2");

        Assert.Equal(12, race.Result.Cars.Count);
        Assert.Equal(["ada-bell", "bo-cruz", "cy-dale", "di-eng", "ed-fox"], race.Entries[0].Crew.Select(d => d.Value));
        Assert.Equal(["carl-diaz"], race.Entries.Single(e => e.Car == "7").Crew.Select(d => d.Value));
        Assert.Equal(Duration.FromMilliseconds((6 * 3600 * 1000) + 19_732), race.Result.Cars[0].TotalTime); // 6:00'19.732
    }

    [Fact]
    public void ReadClassification_LeadingZeros_AreKeptSo007AndSevenAreTwoCars()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-crlf-bom-driver5.csv"), "R2");

        Assert.Equal(new CarNumber("007"), race.Result.Cars[1].Car);
        Assert.Equal(new CarNumber("7"), race.Result.Cars[2].Car);
        Assert.Equal("Meridian Hypercar Team", race.Entries.Single(e => e.Car == "007").Entrant);
        Assert.Equal("Lantern Racing", race.Entries.Single(e => e.Car == "7").Entrant);
    }

    [Fact]
    public void ReadClassification_EveryStatusSpelling_MapsToItsResultStatus()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-crlf-bom-driver5.csv"), "R2");

        var statuses = race.Result.Cars.ToDictionary(c => c.Car.Value, c => c.Status);
        Assert.Equal(ResultStatus.Classified, statuses["8"]); // Classified
        Assert.Equal(ResultStatus.Disqualified, statuses["94"]); // Disqualified
        Assert.Equal(ResultStatus.Disqualified, statuses["99"]); // DSQ
        Assert.Equal(ResultStatus.Excluded, statuses["50"]); // Excluded
        Assert.Equal(ResultStatus.Retired, statuses["36"]); // Retired
        Assert.Equal(ResultStatus.Retired, statuses["5"]); // DNF
        Assert.Equal(ResultStatus.NotClassified, statuses["35"]); // NC
        Assert.Equal(ResultStatus.NotClassified, statuses["38"]); // NOT CLASSIFIED
        Assert.Equal(ResultStatus.DidNotStart, statuses["12"]); // DNS
        Assert.Equal(ResultStatus.DidNotStart, statuses["20"]); // Not started

        // Only classified cars keep a position: the disqualified #94 (POSITION 4) has none.
        Assert.Equal([1, 2, 3], race.Result.Cars.Where(c => c.Position is not null).Select(c => c.Position!.Value));
        Assert.Null(race.Result.Cars.Single(c => c.Car == "94").Position);
    }

    [Theory]
    [InlineData("classified", ResultStatus.Classified)]
    [InlineData("Not-Classified", ResultStatus.NotClassified)]
    [InlineData("not_started", ResultStatus.DidNotStart)]
    [InlineData("Did not start", ResultStatus.DidNotStart)]
    [InlineData("RET", ResultStatus.Retired)]
    [InlineData("Did not finish", ResultStatus.Retired)]
    [InlineData("DQ", ResultStatus.Disqualified)]
    [InlineData("EXC", ResultStatus.Excluded)]
    public void ReadClassification_StatusVariants_AreRecognised(string status, ResultStatus expected)
    {
        var race = AlKamelReader.ReadClassification(Utf8($"{Header}\n1;23;Team;LMP2;Classified;10;1:00'00.000\n2;24;Team;LMP2;{status};9;1:00'10.000\n"), "R1");

        Assert.Equal(expected, race.Result.Cars[1].Status);
    }

    [Fact]
    public void ReadClassification_ShuffledColumnsStraySpacesQuotesAndNoTrailingSeparator_ReadByName()
    {
        var race = AlKamelReader.ReadClassification(PathOf("classification-shuffled.csv"), "R1");

        Assert.Equal(["23", "4", "71"], race.Result.Cars.Select(c => c.Car.Value));
        Assert.Equal("Harbour Racing; Team \"A\"", race.Entries[0].Entrant); // quoted, with a separator and doubled quotes
        Assert.Equal(["anna-meyer", "kenji-sato"], race.Entries[0].Crew.Select(d => d.Value)); // DRIVER_1 first, whatever the column order
        Assert.Equal("Typhoon Motorsport", race.Entries[1].Entrant); // " Typhoon Motorsport " trimmed
        Assert.Equal(ResultStatus.Classified, race.Result.Cars[1].Status);
        Assert.Equal(2, race.Result.Cars[1].Position);
        Assert.Equal(Duration.FromMilliseconds(14_433_539), race.Result.Cars[1].TotalTime); // 4:00'33.539
        Assert.Equal(0, race.Result.Cars[2].Laps); // empty LAPS of a car that did not start
        Assert.Null(race.Entries[2].Vehicle);
        Assert.Empty(race.Result.FastestLaps); // no FL_TIME column
    }

    [Fact]
    public void ReadClassification_RowsOutOfPositionOrder_AreSortedByPosition()
    {
        var race = AlKamelReader.ReadClassification(Utf8($"{Header}\n2;24;Team;LMP2;Classified;9;1:00'10.000\n3;25;Team;LMP2;Not classified;2;0:10'00.000\n1;23;Team;LMP2;Classified;10;1:00'00.000\n"), "R1");

        Assert.Equal(["23", "24", "25"], race.Result.Cars.Select(c => c.Car.Value));
    }

    [Fact]
    public void ReadClassification_MissingColumn_IsCodedAtTheHeader()
    {
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8("POSITION;NUMBER;TEAM;CLASS;STATUS;TOTAL_TIME\n1;23;Team;LMP2;Classified;1:00'00.000\n"), "R1", "race.csv"));

        Assert.Equal(ErrorCodes.MissingColumn, failure.Code);
        Assert.Equal("race.csv", failure.Source);
        Assert.Equal(1, failure.Line);
        Assert.Equal("LAPS", failure.Field);
    }

    [Fact]
    public void ReadClassification_BadTime_NamesFileLineColumnAndValue()
    {
        // "1;23;Harbour;LMP2;Classified;118;" is 1+1+2+1+7+1+4+1+10+1+3+1 = 33 characters: TOTAL_TIME starts at column 34.
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\n1;23;Harbour;LMP2;Classified;118;4:00'2x.711\n"), "R1", "race.csv"));

        Assert.Equal(ErrorCodes.InvalidValue, failure.Code);
        Assert.Equal((2, 34), (failure.Line!.Value, failure.Column!.Value));
        Assert.Equal("TOTAL_TIME", failure.Field);
        Assert.Equal("4:00'2x.711", failure.Value);
        Assert.Equal("race.csv(2,34): [InvalidValue] '4:00'2x.711' in TOTAL_TIME is not a time such as 1:23.456, 1'51.631 or 4:00'29.711.", failure.ToString());
    }

    [Fact]
    public void ReadClassification_UnknownStatus_IsCoded()
    {
        // "1;23;Harbour;LMP2;" is 18 characters: STATUS starts at column 19.
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\n1;23;Harbour;LMP2;Finished?;118;4:00'29.711\n"), "R1"));

        Assert.Equal(ErrorCodes.UnknownStatus, failure.Code);
        Assert.Equal((2, 19), (failure.Line!.Value, failure.Column!.Value));
        Assert.Equal("Finished?", failure.Value);
    }

    [Fact]
    public void ReadClassification_ClassifiedWithoutPosition_IsMissingPosition()
    {
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\n;23;Harbour;LMP2;Classified;118;4:00'29.711\n"), "R1"));

        Assert.Equal(ErrorCodes.MissingPosition, failure.Code);
        Assert.Equal((2, 1), (failure.Line!.Value, failure.Column!.Value));
    }

    [Fact]
    public void ReadClassification_SameCarTwice_IsDuplicateCarInRace()
    {
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\n1;23;A;LMP2;Classified;118;4:00'29.711\n2;23;A;LMP2;Classified;117;4:00'30.000\n"), "R1"));

        Assert.Equal(ErrorCodes.DuplicateCarInRace, failure.Code);
        Assert.Equal((3, 3), (failure.Line!.Value, failure.Column!.Value));
    }

    [Fact]
    public void ReadClassification_TwoCarsInOnePosition_IsDuplicatePosition()
    {
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\n1;23;A;LMP2;Classified;118;4:00'29.711\n1;24;A;LMP2;Classified;117;4:00'30.000\n"), "R1"));

        Assert.Equal(ErrorCodes.DuplicatePosition, failure.Code);
        Assert.Equal(3, failure.Line);
    }

    [Fact]
    public void ReadClassification_EmptyRequiredValue_IsMissingValue()
    {
        // "1;;" : NUMBER is empty at column 3.
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\n1;;A;LMP2;Classified;118;4:00'29.711\n"), "R1"));

        Assert.Equal(ErrorCodes.MissingValue, failure.Code);
        Assert.Equal((2, 3), (failure.Line!.Value, failure.Column!.Value));
        Assert.Equal("NUMBER", failure.Field);
    }

    [Fact]
    public void ReadClassification_ShortRow_IsMissingValueAtTheEndOfTheLine()
    {
        // "1;23;A;LMP2" is 11 characters: the missing STATUS would start at column 12.
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\n1;23;A;LMP2\n"), "R1"));

        Assert.Equal(ErrorCodes.MissingValue, failure.Code);
        Assert.Equal((2, 12), (failure.Line!.Value, failure.Column!.Value));
        Assert.Equal("STATUS", failure.Field);
    }

    [Fact]
    public void ReadClassification_SeveralBadRows_ReportsThemAllAndReturnsNothing()
    {
        var ex = Assert.Throws<InputFormatException>(() => AlKamelReader.ReadClassification(
            Utf8($"{Header}\n1;23;A;LMP2;Classified;x;4:00'29.711\n2;24;A;LMP2;Winner;117;4:00'30.000\n3;25;A;LMP2;Classified;116;4:00'31.000\n"), "R1"));

        Assert.Equal([ErrorCodes.InvalidValue, ErrorCodes.UnknownStatus], ex.Failures.Select(f => f.Code));
        Assert.Equal([2, 3], ex.Failures.Select(f => f.Line!.Value));

        // The same failures as FluentValidation failures, with their codes.
        Assert.Equal([ErrorCodes.InvalidValue, ErrorCodes.UnknownStatus], ex.Errors.Select(e => e.ErrorCode));
    }

    [Fact]
    public void ReadClassification_UnterminatedQuote_IsMalformedRow()
    {
        // The quote opens TEAM at column 6 of line 2.
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\n1;23;\"Harbour;LMP2;Classified;118;4:00'29.711\n"), "R1"));

        Assert.Equal(ErrorCodes.MalformedRow, failure.Code);
        Assert.Equal((2, 6), (failure.Line!.Value, failure.Column!.Value));
    }

    [Fact]
    public void ReadClassification_ValuesBeyondTheHeader_AreMalformedRow()
    {
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\n1;23;A;LMP2;Classified;118;4:00'29.711;surplus\n"), "R1"));

        Assert.Equal(ErrorCodes.MalformedRow, failure.Code);
        Assert.Equal("surplus", failure.Value);
    }

    [Fact]
    public void ReadClassification_DuplicateColumn_IsCoded()
    {
        var failure = SingleFailure(() => AlKamelReader.ReadClassification(Utf8("POSITION;NUMBER;TEAM;CLASS;STATUS;LAPS;NUMBER\n"), "R1"));

        Assert.Equal(ErrorCodes.DuplicateColumn, failure.Code);
        Assert.Equal((1, 40), (failure.Line!.Value, failure.Column!.Value)); // "POSITION;NUMBER;TEAM;CLASS;STATUS;LAPS;" is 9+7+5+6+7+5 = 39 characters
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void ReadClassification_EmptyFile_IsEmptyInput(string text)
        => Assert.Equal(ErrorCodes.EmptyInput, SingleFailure(() => AlKamelReader.ReadClassification(Utf8(text), "R1")).Code);

    [Fact]
    public void ReadClassification_HeaderOnly_IsEmptyInput()
        => Assert.Equal(ErrorCodes.EmptyInput, SingleFailure(() => AlKamelReader.ReadClassification(Utf8(Header + "\n"), "R1")).Code);

    [Fact]
    public void ReadClassification_NotUtf8_IsInvalidEncoding()
    {
        // "Gómez" in Windows-1252: 0xF3 is not valid UTF-8.
        var bytes = System.Text.Encoding.UTF8.GetBytes($"{Header};DRIVER_1\n1;23;A;LMP2;Classified;118;4:00'29.711;G").Concat(new byte[] { 0xF3, (byte)'m', (byte)'e', (byte)'z', (byte)'\n' }).ToArray();

        var failure = SingleFailure(() => AlKamelReader.ReadClassification(new MemoryStream(bytes), "R1"));

        Assert.Equal(ErrorCodes.InvalidEncoding, failure.Code);
    }

    [Fact]
    public void Read_HeaderOfNeitherFormat_IsUnrecognizedFormat()
    {
        var failure = SingleFailure(() => AlKamelReader.Read(Utf8("POS;NUMBER;LAP;TIME\n1;23;1;1:40.000\n"), "R1", Scoring.Rules.ClassificationRule.Default));

        Assert.Equal(ErrorCodes.UnrecognizedFormat, failure.Code);
    }

    [Fact]
    public void Read_ClassificationHeader_IsDetected()
        => Assert.Equal(AlKamelFormat.Classification, AlKamelReader.Read(PathOf("classification-lf.csv"), "R1", Scoring.Rules.ClassificationRule.Default).Format);

    [Fact]
    public void ReadClassification_NonNumericPositionOfACarNotClassified_OnlyLosesItsPlaceInTheOrder()
    {
        var race = AlKamelReader.ReadClassification(Utf8($"{Header}\nNC;25;Team;LMP2;Not classified;2;0:10'00.000\n1;23;Team;LMP2;Classified;10;1:00'00.000\n;;;;;;\n"), "R1");

        Assert.Equal(["23", "25"], race.Result.Cars.Select(c => c.Car.Value)); // the line of separators only is skipped
    }

    [Fact]
    public void ReadClassification_NonNumericPositionOfAClassifiedCar_IsInvalidValue()
        => Assert.Equal(ErrorCodes.InvalidValue, SingleFailure(() => AlKamelReader.ReadClassification(Utf8($"{Header}\nP1;23;Team;LMP2;Classified;10;1:00'00.000\n"), "R1")).Code);
}
