using AsLMS.Scoring.IO.AlKamel;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using NodaTime;
using static AsLMS.Scoring.Tests.IO.TestFiles;

namespace AsLMS.Scoring.Tests.IO;

// The race of laps-crlf-bom.csv, worked out by hand (times in m:ss):
//   #007 HYPERCAR  Ana ROCHA 2:00, 2:30 (in-lap); Ben TAN 3:00 (out-lap, pit 1:10), 2:00 (FF)  4 laps, elapsed 9:30
//   #7   HYPERCAR  Carl DIAZ 2:00, 2:00, 2:00, 3:35 (FF)                                          4 laps, elapsed 9:35
//   #51  HYPERCAR  Dan KO 2:10, 2:10, 5:20 (FF)                                                  3 laps, elapsed 9:40
//   #92  LMGT3     Eva LUND 3:00, 3:10 (in-lap); Finn HOLM 3:40 (out-lap, pit 0:50, FF)         3 laps, elapsed 9:50
//   #88  LMGT3     Gus NAIR 3:05, 3:05, then stops (no flag)                                     2 laps, elapsed 6:10
//   #60  LMGT3     Hal QUINN 3:20, 7:00 (FF)                                                     2 laps, elapsed 10:20
// Overall order (most laps, then least elapsed): 007, 7, 51, 92, 88, 60.
public sealed class LapAnalysisReaderTests
{
    private static readonly ClassificationRule SeventyPercentOfClassWinner = ClassificationRule.Default;

    private static ImportedRace Race(ClassificationRule? rule = null, string file = "laps-crlf-bom.csv")
        => AlKamelReader.ReadLapAnalysis(PathOf(file), "R1", rule ?? SeventyPercentOfClassWinner);

    private static Duration MinSec(int minutes, int seconds) => Duration.FromMinutes(minutes) + Duration.FromSeconds(seconds);

    [Fact]
    public void ReadLapAnalysis_Order_IsMostLapsThenLeastElapsed()
    {
        var race = Race();

        Assert.Equal(AlKamelFormat.LapAnalysis, race.Format);
        Assert.Equal(["007", "7", "51", "92", "88", "60"], race.Result.Cars.Select(c => c.Car.Value));
        Assert.Equal([4, 4, 3, 3, 2, 2], race.Result.Cars.Select(c => c.Laps));
        Assert.Equal([MinSec(9, 30), MinSec(9, 35), MinSec(9, 40), MinSec(9, 50), MinSec(6, 10), MinSec(10, 20)], race.Result.Cars.Select(c => c.TotalTime!.Value));
        Assert.Equal(MinSec(9, 30), race.Result.RunningTime);
    }

    [Fact]
    public void ReadLapAnalysis_LeadingZeros_Keep007AndSevenApart()
    {
        var race = Race();

        Assert.Equal("Meridian Hypercar Team", race.Entries.Single(e => e.Car == "007").Entrant);
        Assert.Equal("Lantern Racing", race.Entries.Single(e => e.Car == "7").Entrant);
        Assert.Equal("Aston Martin", race.Entries.Single(e => e.Car == "007").Vehicle);
    }

    [Fact]
    public void ReadLapAnalysis_SeventyPercentOfClassWinner_ClassifiesAndNamesTheOthers()
    {
        var race = Race();

        // HYPERCAR winner 4 laps: #51's 3 laps are 75 % (classified). LMGT3 winner #92 3 laps: #88 and #60 have 2 (67 %):
        // #88 stopped without the flag (retired), #60 took it (not classified).
        Assert.Equal(
            [ResultStatus.Classified, ResultStatus.Classified, ResultStatus.Classified, ResultStatus.Classified, ResultStatus.Retired, ResultStatus.NotClassified],
            race.Result.Cars.Select(c => c.Status));
        Assert.Equal([1, 2, 3, 4, null, null], race.Result.Cars.Select(c => c.Position));
        Assert.Equal([1, 2, 3, 1, null, null], race.Timing.Select(t => t.ClassPosition));
        Assert.Equal([true, true, true, true, false, true], race.Timing.Select(t => t.TookChequeredFlag!.Value));
    }

    [Fact]
    public void ReadLapAnalysis_OverallWinnerReference_MeasuresEveryClassAgainstTheOverallLaps()
    {
        var race = Race(SeventyPercentOfClassWinner with { Reference = ClassificationReference.OverallWinner });

        // Overall winner 4 laps: #92's 3 laps are 75 % (still classified); #88 and #60 have 50 %.
        Assert.Equal(
            [ResultStatus.Classified, ResultStatus.Classified, ResultStatus.Classified, ResultStatus.Classified, ResultStatus.Retired, ResultStatus.NotClassified],
            race.Result.Cars.Select(c => c.Status));
    }

    [Fact]
    public void ReadLapAnalysis_HigherShare_LeavesARunningCarNotClassified()
    {
        var race = Race(new ClassificationRule { MinimumShare = Ratio.FromPercent(80) });

        // #51: 3 of 4 laps = 75 % < 80 %, but it took the flag: not classified. The positions close up: #92 is 3rd.
        Assert.Equal(ResultStatus.NotClassified, race.Result.Cars[2].Status);
        Assert.Equal([1, 2, null, 3, null, null], race.Result.Cars.Select(c => c.Position));
    }

    [Fact]
    public void ReadLapAnalysis_FlagOnly_ClassifiesEveryCarThatTookTheFlag()
    {
        var race = Race(new ClassificationRule { MinimumShare = null, MustTakeChequeredFlag = true });

        // Without a distance condition #60 (2 laps, flag) is classified 5th; #88 (no flag) retired.
        Assert.Equal([1, 2, 3, 4, null, 5], race.Result.Cars.Select(c => c.Position));
        Assert.Equal(ResultStatus.Retired, race.Result.Cars[4].Status);
    }

    [Fact]
    public void ReadLapAnalysis_DriveTimes_LeaveOutPitTimeAndFollowTheDriverOfEachLap()
    {
        var race = Race();

        // #007: Ana 2:00 + 2:30 (her in-lap) = 4:30; Ben 3:00 - 1:10 (the stop, on his out-lap) + 2:00 = 3:50.
        Assert.Equal([new DriveTime("ana-rocha", MinSec(4, 30)), new DriveTime("ben-tan", MinSec(3, 50))], race.Result.Cars[0].Drivers);

        // #92: Eva 3:00 + 3:10 = 6:10; Finn 3:40 - 0:50 = 2:50.
        Assert.Equal([new DriveTime("eva-lund", MinSec(6, 10)), new DriveTime("finn-holm", MinSec(2, 50))], race.Result.Cars[3].Drivers);

        // #7: one driver, no stop: the whole 9:35.
        Assert.Equal([new DriveTime("carl-diaz", MinSec(9, 35))], race.Result.Cars[1].Drivers);
    }

    [Fact]
    public void ReadLapAnalysis_DriveTimesPlusPitTime_EqualEachCarsElapsedTime()
    {
        var race = Race();

        foreach (var (car, timing) in race.Result.Cars.Zip(race.Timing))
        {
            var driven = car.Drivers.Aggregate(Duration.Zero, (sum, d) => sum + d.Time!.Value);
            Assert.Equal(car.TotalTime, driven + timing.PitTime!.Value);
        }

        Assert.Equal([1, 0, 0, 1, 0, 0], race.Timing.Select(t => t.PitStops!.Value));
        Assert.Equal(MinSec(1, 10), race.Timing[0].PitTime);
    }

    [Fact]
    public void ReadLapAnalysis_FastestLaps_PerClassWithTheDriverAndSharedWhenEqual()
    {
        var race = Race();

        // HYPERCAR: #007 (Ana, lap 1) and #7 (Carl, lap 1) both 2:00.000; LMGT3: #92 (Eva) 3:00.000.
        Assert.Equal(
            [new FastestLap("HYPERCAR", "007", "ana-rocha"), new FastestLap("HYPERCAR", "7", "carl-diaz"), new FastestLap("LMGT3", "92", "eva-lund")],
            race.Result.FastestLaps);
        Assert.Equal((MinSec(2, 0), 1, new DriverId("ana-rocha")), (race.Timing[0].BestLap!.Value, race.Timing[0].BestLapNumber!.Value, race.Timing[0].BestLapDriver!.Value));
    }

    [Fact]
    public void ReadLapAnalysis_EntriesAndDrivers_AreRevealed()
    {
        var race = Race();

        Assert.Equal(["ana-rocha", "ben-tan"], race.Entries[0].Crew.Select(d => d.Value));
        Assert.Equal(new ClassId("LMGT3"), race.Entries.Single(e => e.Car == "92").Class);
        Assert.Equal(8, race.Drivers.Count); // Ana, Ben, Dan, Hal, Carl, Gus, Eva, Finn
        Assert.Equal("Ben TAN", race.Drivers.Single(d => d.Id == "ben-tan").Name);
    }

    [Fact]
    public void ReadLapAnalysis_WithoutFlagColumnShuffledInterleavedLf_GivesTheSameClassification()
    {
        // The same laps, in time order rather than grouped by car, columns shuffled, no FLAG_AT_FL: taking the flag is then
        // ending the last lap no earlier than the winner (9:30): every car but #88 (6:10).
        var flagged = Race();
        var derived = Race(file: "laps-noflag-shuffled-lf.csv");

        Assert.Equal(flagged.Result, derived.Result);
        Assert.Equal(flagged.Timing.Select(t => t.TookChequeredFlag), derived.Timing.Select(t => t.TookChequeredFlag));
        Assert.Null(derived.Entries[0].Vehicle); // no MANUFACTURER column
    }

    [Fact]
    public void Read_LapHeader_IsDetected()
        => Assert.Equal(AlKamelFormat.LapAnalysis, AlKamelReader.Read(PathOf("laps-crlf-bom.csv"), "R1", ClassificationRule.Default).Format);

    private const string Header = "NUMBER;LAP_NUMBER;LAP_TIME;ELAPSED;DRIVER_NAME;CLASS;TEAM;PIT_TIME";

    [Fact]
    public void ReadLapAnalysis_LapNumbersGoingBack_IsLapOutOfSequence()
    {
        // "7;" is 2 characters: LAP_NUMBER starts at column 3 of line 4.
        var failure = SingleFailure(() => AlKamelReader.ReadLapAnalysis(
            Utf8($"{Header}\n7;1;2:00.000;2:00.000;Carl DIAZ;HYPERCAR;Lantern;\n7;2;2:00.000;4:00.000;Carl DIAZ;HYPERCAR;Lantern;\n7;2;2:00.000;6:00.000;Carl DIAZ;HYPERCAR;Lantern;\n"),
            "R1",
            ClassificationRule.Default,
            "laps.csv"));

        Assert.Equal(ErrorCodes.LapOutOfSequence, failure.Code);
        Assert.Equal(("laps.csv", 4, 3), (failure.Source, failure.Line!.Value, failure.Column!.Value));
    }

    [Fact]
    public void ReadLapAnalysis_CarChangingClass_IsConflictingEntry()
    {
        var failure = SingleFailure(() => AlKamelReader.ReadLapAnalysis(
            Utf8($"{Header}\n7;1;2:00.000;2:00.000;Carl DIAZ;HYPERCAR;Lantern;\n7;2;2:00.000;4:00.000;Carl DIAZ;LMGT3;Lantern;\n"),
            "R1",
            ClassificationRule.Default));

        Assert.Equal(ErrorCodes.ConflictingEntry, failure.Code);
        Assert.Equal((3, "CLASS"), (failure.Line!.Value, failure.Field));
    }

    [Fact]
    public void ReadLapAnalysis_MissingDriverName_IsMissingValue()
    {
        // "7;1;2:00.000;2:00.000;" is 2+2+9+9 = 22 characters: DRIVER_NAME would start at column 23.
        var failure = SingleFailure(() => AlKamelReader.ReadLapAnalysis(
            Utf8($"{Header}\n7;1;2:00.000;2:00.000;;HYPERCAR;Lantern;\n"),
            "R1",
            ClassificationRule.Default));

        Assert.Equal(ErrorCodes.MissingValue, failure.Code);
        Assert.Equal((2, 23, "DRIVER_NAME"), (failure.Line!.Value, failure.Column!.Value, failure.Field));
    }

    [Fact]
    public void ReadLapAnalysis_BadLapTime_IsInvalidValue()
    {
        var failure = SingleFailure(() => AlKamelReader.ReadLapAnalysis(
            Utf8($"{Header}\n7;1;2:00,000;2:00.000;Carl DIAZ;HYPERCAR;Lantern;\n"),
            "R1",
            ClassificationRule.Default));

        Assert.Equal((ErrorCodes.InvalidValue, "LAP_TIME", "2:00,000"), (failure.Code, failure.Field, failure.Value));
    }

    [Fact]
    public void ReadLapAnalysis_ClassificationFile_IsMissingTheLapColumns()
    {
        var ex = Assert.Throws<AsLMS.Scoring.IO.InputFormatException>(() => AlKamelReader.ReadLapAnalysis(PathOf("classification-lf.csv"), "R1", ClassificationRule.Default));

        Assert.All(ex.Failures, f => Assert.Equal(ErrorCodes.MissingColumn, f.Code));
        Assert.Equal(["LAP_NUMBER", "LAP_TIME", "ELAPSED", "DRIVER_NAME"], ex.Failures.Select(f => f.Field));
    }

    [Fact]
    public void ReadLapAnalysis_HeaderOnly_IsEmptyInput()
        => Assert.Equal(ErrorCodes.EmptyInput, SingleFailure(() => AlKamelReader.ReadLapAnalysis(Utf8(Header + "\r\n"), "R1", ClassificationRule.Default)).Code);
}
