using System.Globalization;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Validation;
using NodaTime;

namespace AsLMS.Scoring.IO.AlKamel;

/// <summary>
/// Reads an Al Kamel race classification by header name. Rows are put in POSITION order (the overall order); a classified
/// car keeps its POSITION, the others get none; class positions are the overall order within each CLASS.
/// </summary>
internal static class ClassificationReader
{
    private const string Format = "race classification";

    public static ImportedRace Read(CsvTable table, RaceId race, string? source)
    {
        var problems = table.Problems;
        var position = table.Require("POSITION", Format);
        var number = table.Require("NUMBER", Format);
        var team = table.Require("TEAM", Format);
        var carClass = table.Require("CLASS", Format);
        var status = table.Require("STATUS", Format);
        var laps = table.Require("LAPS", Format);
        var totalTime = table.Find("TOTAL_TIME");
        var vehicle = table.Find("VEHICLE");
        var bestLap = table.Find("FL_TIME");
        var bestLapNumber = table.Find("FL_LAPNUM");
        var driverColumns = table.DriverColumns();
        problems.ThrowIfAny();

        var rows = new List<Row>();
        var carsSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var positionsSeen = new Dictionary<int, string>();
        var drivers = new DriverRegister();
        while (table.Next())
        {
            var ok = table.TryRequire(number, out var numberText);
            ok &= table.TryRequire(carClass, out var classText);
            ok &= table.TryRequire(team, out var teamText);
            ok &= ReadStatus(table, status, out var carStatus);
            ok &= table.TryInt(laps, out var lapCount);
            // Only a classified car needs a POSITION; for the others it only orders the rows, so a non-number ("NC") is no error.
            var carPosition = int.TryParse(table[position], NumberStyles.None, CultureInfo.InvariantCulture, out var written) ? written : (int?)null;
            ok &= table.TryTime(totalTime, out var total);
            ok &= table.TryTime(bestLap, out var best);
            ok &= table.TryInt(bestLapNumber, out var bestNumber);
            var car = numberText.ToString();
            if (!numberText.IsEmpty && !carsSeen.TryAdd(car, table.Line))
            {
                table.Problem(number, ErrorCodes.DuplicateCarInRace, $"Car #{car} is listed twice (first on line {carsSeen[car]}).");
                ok = false;
            }

            if (ok && carStatus == ResultStatus.Classified)
            {
                if (table[position].IsEmpty)
                {
                    table.Missing(position, ErrorCodes.MissingPosition);
                    ok = false;
                }
                else if (carPosition is not { } p || p < 1)
                {
                    table.Invalid(position, "a position (1 or more)");
                    ok = false;
                }
                else if (!positionsSeen.TryAdd(p, car))
                {
                    table.Problem(position, ErrorCodes.DuplicatePosition, $"Cars #{positionsSeen[p]} and #{car} are both classified in position {p}.");
                    ok = false;
                }
            }

            var crew = new List<DriverId>(driverColumns.Count);
            foreach (var column in driverColumns)
            {
                var name = table[column];
                if (!name.IsEmpty)
                {
                    var id = drivers.Add(name);
                    if (!crew.Contains(id))
                    {
                        crew.Add(id);
                    }
                }
            }

            if (!ok)
            {
                continue;
            }

            var vehicleText = table[vehicle];
            rows.Add(new Row(
                rows.Count,
                new CarNumber(car),
                classText.ToString(),
                teamText.ToString(),
                vehicleText.IsEmpty ? null : vehicleText.ToString(),
                carStatus,
                carPosition,
                lapCount ?? 0,
                total,
                best,
                bestNumber,
                crew.ToEquatableArray()));
        }

        if (rows.Count == 0 && !problems.Any)
        {
            problems.Add(ErrorCodes.EmptyInput, "The classification lists no car.", table.Line);
        }

        problems.ThrowIfAny();
        return Build(rows, drivers, race, source);
    }

    private static bool ReadStatus(CsvTable table, int column, out ResultStatus status)
    {
        status = default;
        if (!table.TryRequire(column, out var text))
        {
            return false;
        }

        if (AlKamelStatus.TryParse(text, out status))
        {
            return true;
        }

        table.Problem(column, ErrorCodes.UnknownStatus, $"'{text}' is not a status this reader knows: {AlKamelStatus.Accepted}.");
        return false;
    }

    private static ImportedRace Build(List<Row> rows, DriverRegister drivers, RaceId race, string? source)
    {
        // The overall order is POSITION's; a row without one keeps its place after those that have one.
        var overall = rows.OrderBy(r => r.Position ?? int.MaxValue).ThenBy(r => r.Index).ToList();
        var classPositions = new Dictionary<string, int>(StringComparer.Ordinal);
        var cars = new List<CarResult>(overall.Count);
        var entries = new List<Entry>(overall.Count);
        var timing = new List<CarTiming>(overall.Count);
        foreach (var row in overall)
        {
            var classified = row.Status == ResultStatus.Classified;
            int? classPosition = null;
            if (classified)
            {
                classPosition = classPositions[row.Class] = classPositions.GetValueOrDefault(row.Class) + 1;
            }

            cars.Add(new CarResult
            {
                Car = row.Car,
                Position = classified ? row.Position : null,
                Status = row.Status,
                Laps = row.Laps,
                TotalTime = row.TotalTime,
                Drivers = row.Crew.Select(d => new DriveTime(d, null)).ToEquatableArray(),
            });
            entries.Add(new Entry { Car = row.Car, Entrant = row.Team, Class = row.Class, Crew = row.Crew, Vehicle = row.Vehicle });
            timing.Add(new CarTiming
            {
                Car = row.Car,
                Class = row.Class,
                ClassPosition = classPosition,
                BestLap = row.BestLap,
                BestLapNumber = row.BestLap is null ? null : row.BestLapNumber,
            });
        }

        var winner = overall.FirstOrDefault(r => r.Status == ResultStatus.Classified);
        return new ImportedRace
        {
            Source = source,
            Format = AlKamelFormat.Classification,
            Result = new RaceResult
            {
                Race = race,
                Cars = cars.ToEquatableArray(),
                FastestLaps = FastestLaps.PerClass(timing.Select(t => (t.Class, t.Car, t.BestLap, (DriverId?)null))),
                RunningTime = winner?.TotalTime,
            },
            Entries = entries.ToEquatableArray(),
            Drivers = drivers.ToEquatableArray(),
            Timing = timing.ToEquatableArray(),
        };
    }

    private sealed record Row(
        int Index,
        CarNumber Car,
        string Class,
        string Team,
        string? Vehicle,
        ResultStatus Status,
        int? Position,
        int Laps,
        Duration? TotalTime,
        Duration? BestLap,
        int? BestLapNumber,
        EquatableArray<DriverId> Crew);
}
