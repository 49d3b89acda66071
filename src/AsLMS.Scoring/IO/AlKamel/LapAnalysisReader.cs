using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;
using AsLMS.Scoring.Validation;
using NodaTime;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>
/// Reads an Al Kamel lap analysis as a stream: each lap is added to its car's tally as it is read, so memory holds one tally per
/// car and driver, never the file. The classification is then derived: order by most laps, then least elapsed time at the last
/// lap; status from the rule set's <see cref="ClassificationRule"/>.
/// </summary>
/// <remarks>
/// <para>Drive time: each lap counts for the driver the file names on it (DRIVER_NAME), minus the lap's PIT_TIME. Al Kamel
/// writes a stop's whole pit-lane time (entry to exit) on the out-lap, whose driver is the one who drove out; taking it off
/// that lap means a stop counts for nobody, as the FIA WEC measures driving time "without taking pit stops into account"
/// (fiawec.com/en/driving-time). The rest of the in-lap counts for the driver who drove in. So, for every car, the drive
/// times plus the pit time equal the elapsed time at its last lap. A driver's total is never below zero.</para>
/// <para>Taking the flag: when the file has a FLAG_AT_FL column with a finish flag (<c>FF</c>) on some lap, a car took the
/// flag if one of its laps shows <c>FF</c>; otherwise, if its last lap ended no earlier than the winner's.</para>
/// </remarks>
internal static class LapAnalysisReader
{
    private const string Format = "lap analysis";

    public static ImportedRace Read(CsvTable table, RaceId race, ClassificationRule rule, string? source)
    {
        var problems = table.Problems;
        var number = table.Require("NUMBER", Format);
        var lapNumber = table.Require("LAP_NUMBER", Format);
        var lapTime = table.Require("LAP_TIME", Format);
        var elapsed = table.Require("ELAPSED", Format);
        var driverName = table.Require("DRIVER_NAME", Format);
        var carClass = table.Require("CLASS", Format);
        var team = table.Require("TEAM", Format);
        var pitTime = table.Find("PIT_TIME");
        var manufacturer = table.Find("MANUFACTURER");
        var flag = table.Find("FLAG_AT_FL");
        problems.ThrowIfAny();

        var cars = new Dictionary<string, CarTally>(StringComparer.Ordinal);
        var drivers = new DriverRegister();
        CarTally? car = null;
        var finishFlagShown = false;
        while (table.Next())
        {
            var ok = table.TryRequire(number, out var numberText);
            ok &= table.TryRequire(carClass, out var classText);
            ok &= table.TryRequire(lapNumber, out _) & table.TryInt(lapNumber, out var lap);
            ok &= table.TryRequire(lapTime, out _) & table.TryTime(lapTime, out var time);
            ok &= table.TryRequire(elapsed, out _) & table.TryTime(elapsed, out var elapsedTime);
            ok &= table.TryTime(pitTime, out var pit);
            ok &= table.TryRequire(driverName, out var name);
            if (!ok)
            {
                continue;
            }

            // Laps come grouped by car: look the car up only when the number changes, so a lap allocates nothing.
            if (car is null || !numberText.SequenceEqual(car.Number))
            {
                var key = numberText.ToString();
                if (!cars.TryGetValue(key, out car))
                {
                    if (!table.TryRequire(team, out var teamText))
                    {
                        car = null;
                        continue;
                    }

                    car = new CarTally(key, classText.ToString(), teamText.ToString(), table[manufacturer].ToString());
                    cars.Add(key, car);
                }
            }

            if (!classText.SequenceEqual(car.Class))
            {
                table.Problem(carClass, ErrorCodes.ConflictingEntry, $"Car #{car.Number} is in class '{car.Class}' on earlier laps but '{classText}' here.");
                continue;
            }

            if (lap <= car.Laps)
            {
                table.Problem(lapNumber, ErrorCodes.LapOutOfSequence, $"Lap {lap} of car #{car.Number} comes after its lap {car.Laps}: lap numbers must increase.");
                continue;
            }

            var isFinish = flag >= 0 && table[flag].Equals("FF", StringComparison.OrdinalIgnoreCase);
            finishFlagShown |= isFinish;
            car.Add(lap!.Value, time!.Value, elapsedTime!.Value, pit, name, drivers, isFinish);
        }

        if (cars.Count == 0 && !problems.Any)
        {
            problems.Add(ErrorCodes.EmptyInput, "The lap analysis has no lap.", table.Line);
        }

        problems.ThrowIfAny();
        return Build([.. cars.Values], drivers, race, rule, finishFlagShown, source);
    }

    private static ImportedRace Build(List<CarTally> tallies, DriverRegister drivers, RaceId race, ClassificationRule rule, bool finishFlagShown, string? source)
    {
        var overall = tallies
            .OrderByDescending(c => c.Laps)
            .ThenBy(c => c.Elapsed)
            .ThenBy(c => new CarNumber(c.Number))
            .ToList();
        var winner = overall[0];
        var classWinnerLaps = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var car in overall)
        {
            classWinnerLaps.TryAdd(car.Class, car.Laps);
        }

        var position = 0;
        var classPositions = new Dictionary<string, int>(StringComparer.Ordinal);
        var cars = new List<CarResult>(overall.Count);
        var entries = new List<Entry>(overall.Count);
        var timing = new List<CarTiming>(overall.Count);
        foreach (var car in overall)
        {
            var tookFlag = finishFlagShown ? car.TookFlag : car.Elapsed >= winner.Elapsed;
            var reference = rule.Reference == ClassificationReference.OverallWinner ? winner.Laps : classWinnerLaps[car.Class];
            var status = rule.IsMetBy(car.Laps, reference, tookFlag)
                ? ResultStatus.Classified
                : tookFlag ? ResultStatus.NotClassified : ResultStatus.Retired;
            int? classPosition = null;
            if (status == ResultStatus.Classified)
            {
                position++;
                classPosition = classPositions[car.Class] = classPositions.GetValueOrDefault(car.Class) + 1;
            }

            var number = new CarNumber(car.Number);
            cars.Add(new CarResult
            {
                Car = number,
                Position = status == ResultStatus.Classified ? position : null,
                Status = status,
                Laps = car.Laps,
                TotalTime = car.Elapsed,
                Drivers = car.Drivers.Select(d => new DriveTime(d.Id, Duration.Max(d.Time, Duration.Zero))).ToEquatableArray(),
            });
            entries.Add(new Entry
            {
                Car = number,
                Entrant = car.Team,
                Class = car.Class,
                Crew = car.Drivers.Select(d => d.Id).ToEquatableArray(),
                Vehicle = car.Vehicle.Length == 0 ? null : car.Vehicle,
            });
            timing.Add(new CarTiming
            {
                Car = number,
                Class = car.Class,
                ClassPosition = classPosition,
                BestLap = car.BestLap,
                BestLapNumber = car.BestLapNumber,
                BestLapDriver = car.BestLapDriver,
                PitStops = car.PitStops,
                PitTime = car.PitTime,
                TookChequeredFlag = tookFlag,
            });
        }

        return new ImportedRace
        {
            Source = source,
            Format = AlKamelFormat.LapAnalysis,
            Result = new RaceResult
            {
                Race = race,
                Cars = cars.ToEquatableArray(),
                FastestLaps = FastestLaps.PerClass(timing.Select(t => (t.Class, t.Car, t.BestLap, t.BestLapDriver))),
                RunningTime = winner.Elapsed,
            },
            Entries = entries.ToEquatableArray(),
            Drivers = drivers.ToEquatableArray(),
            Timing = timing.ToEquatableArray(),
        };
    }

    private sealed class CarTally(string number, string carClass, string team, string vehicle)
    {
        private DriverTally? current;

        public string Number { get; } = number;

        public string Class { get; } = carClass;

        public string Team { get; } = team;

        public string Vehicle { get; } = vehicle;

        public List<DriverTally> Drivers { get; } = [];

        public int Laps { get; private set; }

        public Duration Elapsed { get; private set; }

        public Duration? BestLap { get; private set; }

        public int? BestLapNumber { get; private set; }

        public DriverId? BestLapDriver { get; private set; }

        public int PitStops { get; private set; }

        public Duration PitTime { get; private set; }

        public bool TookFlag { get; private set; }

        public void Add(int lap, Duration time, Duration elapsed, Duration? pit, ReadOnlySpan<char> driverName, DriverRegister register, bool finish)
        {
            // A driver's stint is many laps in a row, and a crew a handful of drivers: compare the name as written before
            // building anything, so that only a car's first lap with a new driver allocates.
            if (current is null || !driverName.SequenceEqual(current.WrittenName))
            {
                current = null;
                foreach (var driver in Drivers)
                {
                    if (driverName.SequenceEqual(driver.WrittenName))
                    {
                        current = driver;
                        break;
                    }
                }

                if (current is null)
                {
                    var id = register.Add(driverName);
                    current = Drivers.Find(d => d.Id == id);
                    if (current is null)
                    {
                        current = new DriverTally(id, driverName.ToString());
                        Drivers.Add(current);
                    }
                }
            }

            current.Time += time;
            if (pit is { } stop)
            {
                current.Time -= stop;
                PitStops++;
                PitTime += stop;
            }

            if (BestLap is null || time < BestLap.Value)
            {
                BestLap = time;
                BestLapNumber = lap;
                BestLapDriver = current.Id;
            }

            Laps = lap;
            Elapsed = elapsed;
            TookFlag |= finish;
        }
    }

    private sealed class DriverTally(DriverId id, string writtenName)
    {
        public DriverId Id { get; } = id;

        public string WrittenName { get; } = writtenName;

        public Duration Time { get; set; }
    }
}
