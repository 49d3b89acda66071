using AsLMS.Scoring.IO;
using AsLMS.Scoring.IO.AlKamel;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Tests.Support;
using NodaTime;

namespace AsLMS.Scoring.Tests.IO;

// The real Al Kamel files of ../shared/realdata (never copied into the repository). Expected counts were read off the files
// independently (a short Python csv script and by eye), and winners come from the published results quoted in
// ../shared/realdata/README.md.
public sealed class AlKamelRealDataTests
{
    private const string Elms = "realdata/ELMS/2014";
    private const string Wec = "realdata/WEC/2025";

    // The WEC classifies on 70 % of the overall winner's distance (../shared/regulations.md); the flag condition is added
    // so that the files' finish flags decide who was running at the end.
    private static readonly ClassificationRule WecRule = new()
    {
        MinimumShare = Ratio.FromPercent(70),
        Reference = ClassificationReference.OverallWinner,
        MustTakeChequeredFlag = true,
    };

    private static ImportedRace Elms2014(string round)
        => AlKamelReader.ReadClassification(SharedData.PathOf($"{Elms}/2014_ELMS_{round}_Classification.csv")!, round);

    private static ImportedRace Wec2025(string round)
        => AlKamelReader.ReadLapAnalysis(SharedData.PathOf($"{Wec}/{round}.csv")!, round, WecRule);

    [SharedDataFact(Elms)]
    public void Silverstone2014_CarsClassesAndStatuses_MatchTheFile()
    {
        var race = Elms2014("Silverstone");

        Assert.Equal(38, race.Result.Cars.Count);
        Assert.Equal(new Dictionary<string, int> { ["LMP2"] = 11, ["LMGTE"] = 13, ["GTC"] = 14 }, CountBy(race.Entries.Select(e => e.Class.Value)));
        Assert.Equal(
            new Dictionary<string, int> { ["Classified"] = 35, ["NotClassified"] = 2, ["DidNotStart"] = 1 },
            CountBy(race.Result.Cars.Select(c => c.Status.ToString())));
        Assert.Equal(Enumerable.Range(1, 35).Select(p => (int?)p), race.Result.Cars.Take(35).Select(c => c.Position));
        Assert.Equal(Duration.FromMilliseconds(14_429_711), race.Result.Cars[0].TotalTime); // #46: 4:00'29.711
        Assert.Equal(new CarNumber("71"), race.Result.Cars.Single(c => c.Status == ResultStatus.DidNotStart).Car);

        // 31 three-driver and 7 two-driver crews; 107 different drivers.
        Assert.Equal(31, race.Entries.Count(e => e.Crew.Count == 3));
        Assert.Equal(7, race.Entries.Count(e => e.Crew.Count == 2));
        Assert.Equal(107, race.Drivers.Count);
        Assert.Equal("Anthony WELLS", race.Drivers.Single(d => d.Id == "anthony-wells").Name); // written with a trailing space
    }

    [SharedDataFact(Elms)]
    public void Silverstone2014_ClassOrder_IsTheOverallOrderWithinTheClass()
    {
        var race = Elms2014("Silverstone");

        Assert.Equal(["46", "34", "43"], ClassTop3(race, "LMP2"));
        Assert.Equal(["55", "72", "76"], ClassTop3(race, "LMGTE"));
        Assert.Equal(["96", "73", "60"], ClassTop3(race, "GTC"));
    }

    [SharedDataFact(Elms)]
    public void Imola2014_CarsClassesAndStatuses_MatchTheFile()
    {
        var race = Elms2014("Imola");

        Assert.Equal(37, race.Result.Cars.Count);
        Assert.Equal(new Dictionary<string, int> { ["LMP2"] = 9, ["LMGTE"] = 14, ["GTC"] = 14 }, CountBy(race.Entries.Select(e => e.Class.Value)));
        Assert.Equal(
            new Dictionary<string, int> { ["Classified"] = 32, ["NotClassified"] = 5 },
            CountBy(race.Result.Cars.Select(c => c.Status.ToString())));
        Assert.Equal(["38", "24", "36"], ClassTop3(race, "LMP2"));
        Assert.Equal(["72", "81", "66"], ClassTop3(race, "LMGTE"));
        Assert.Equal(["60", "73", "71"], ClassTop3(race, "GTC"));
        Assert.Equal(103, race.Drivers.Count);
    }

    [SharedDataFact(Elms)]
    public void Elms2014_BothRounds_GatherOneDriverPerPersonAcrossFiles()
    {
        var results = SeasonImport.Combine([Elms2014("Silverstone"), Elms2014("Imola")]);

        // 41 different cars and 119 different drivers over the two rounds (e.g. Pierre THIRIET raced both).
        Assert.Equal(41, results.Entries.Count);
        Assert.Equal(119, results.Drivers.Count);
        Assert.Single(results.Drivers, d => d.Id == "pierre-thiriet");

        // The team keeps its first spelling ("Thiriet By TDS Racing" at Silverstone, "Thiriet by TDS Racing" at Imola).
        Assert.Equal("Thiriet By TDS Racing", results.FindEntry("46")!.Entrant);

        // #41's crew: Kimber-Smith, Dyson, McMurry at Silverstone; Kimber-Smith, McMurry at Imola.
        Assert.Equal(["tom-kimber-smith", "chris-dyson", "matthew-mcmurry"], results.FindEntry("41")!.Crew.Select(d => d.Value));
    }

    [SharedDataFact(Wec)]
    public void Wec2025_EveryRound_CarsAndClassesMatchTheFiles()
    {
        foreach (var round in new[] { "Qatar", "Imola", "Spa", "Interlagos", "COTA", "Fuji", "Bahrain" })
        {
            var race = Wec2025(round);
            Assert.Equal(36, race.Result.Cars.Count);
            Assert.Equal(new Dictionary<string, int> { ["HYPERCAR"] = 18, ["LMGT3"] = 18 }, CountBy(race.Entries.Select(e => e.Class.Value)));
        }

        var leMans = Wec2025("Le_Mans");
        Assert.Equal(62, leMans.Result.Cars.Count);
        Assert.Equal(new Dictionary<string, int> { ["HYPERCAR"] = 21, ["LMGT3"] = 24, ["LMP2"] = 17 }, CountBy(leMans.Entries.Select(e => e.Class.Value)));
    }

    [SharedDataFact(Wec)]
    public void Wec2025_ClassWinners_AreThePublishedWinners()
    {
        // Published Hypercar winners in round order (README): #50, #51, #51, #83, #12, #6, #35, #7; the Bahrain LMGT3 winner #87.
        var rounds = new[] { "Qatar", "Imola", "Spa", "Le_Mans", "Interlagos", "COTA", "Fuji", "Bahrain" };
        var winners = rounds.Select(r => Wec2025(r)).Select(race => race.Timing.Single(t => t.Class == "HYPERCAR" && t.ClassPosition == 1).Car.Value);

        Assert.Equal(["50", "51", "51", "83", "12", "6", "35", "7"], winners);
        Assert.Equal(new CarNumber("87"), Wec2025("Bahrain").Timing.Single(t => t.Class == "LMGT3" && t.ClassPosition == 1).Car);
    }

    [SharedDataFact(Wec)]
    public void Wec2025_LeMans_StatusesFollowTheFlagAndDistance()
    {
        var race = Wec2025("Le_Mans");

        // 49 cars show the finish flag (FF) on their last lap; the 13 others stopped before the end (the file's flags).
        Assert.Equal(49, race.Timing.Count(t => t.TookChequeredFlag == true));
        Assert.Equal(49, race.Result.Cars.Count(c => c.Status == ResultStatus.Classified));
        Assert.Equal(13, race.Result.Cars.Count(c => c.Status == ResultStatus.Retired));
        Assert.Equal((new CarNumber("83"), 387), (race.Result.Cars[0].Car, race.Result.Cars[0].Laps));
        Assert.Equal(Duration.FromMilliseconds(86_573_332), race.Result.RunningTime); // 24:02:53.332
    }

    [SharedDataFact(Wec)]
    public void Wec2025_DriveTimes_SumToEachCarsElapsedTimeWithinItsPitTime()
    {
        foreach (var round in new[] { "Qatar", "Imola", "Spa", "Le_Mans", "Interlagos", "COTA", "Fuji", "Bahrain" })
        {
            var race = Wec2025(round);
            foreach (var (car, timing) in race.Result.Cars.Zip(race.Timing))
            {
                var driven = car.Drivers.Aggregate(Duration.Zero, (sum, d) => sum + d.Time!.Value);
                var elapsed = car.TotalTime!.Value;
                var pit = timing.PitTime!.Value;

                // Within pit-time tolerance...
                Assert.True(driven <= elapsed && elapsed - driven <= pit, $"{round} #{car.Car}: {driven} driven, {elapsed} elapsed, {pit} in the pits");

                // ...and, since these files' lap times add up to ELAPSED to the millisecond (checked independently), exactly.
                Assert.Equal(elapsed, driven + pit);
            }
        }
    }

    [SharedDataFact(Wec)]
    public void Wec2025_Spa_WinningCrewIsInOrderOfAppearance()
    {
        var race = Wec2025("Spa");

        var winner = race.Result.Cars[0];
        Assert.Equal(new CarNumber("51"), winner.Car);
        Assert.Equal(["james-calado", "antonio-giovinazzi", "alessandro-pier-guidi"], winner.Drivers.Select(d => d.Driver.Value));
        Assert.All(winner.Drivers, d => Assert.True(d.Time > Duration.FromHours(1)));
    }

    private static Dictionary<string, int> CountBy(IEnumerable<string> values)
        => values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    private static IEnumerable<string> ClassTop3(ImportedRace race, string carClass)
        => race.Timing.Where(t => t.Class == carClass && t.ClassPosition is not null).OrderBy(t => t.ClassPosition).Take(3).Select(t => t.Car.Value);
}
