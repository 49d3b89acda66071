using System.Globalization;
using AsLMS.Scoring.Internal;
using AsLMS.Scoring.IO.AlKamel;
using AsLMS.Scoring.IO.Json;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.IO;

/// <summary>Merges <see cref="EntryData"/> into results; when the data came from a file, failures point at its lines.</summary>
internal static class EntryDataMerge
{
    public static SeasonResults Apply(EntryData data, SeasonResults results, string? source, ReadOnlyMemory<byte> json)
    {
        Preconditions.CheckNotNull(data);
        Preconditions.CheckNotNull(results);
        var problems = new Problems(source, json);

        var drivers = results.Drivers.ToList();
        var driverIndex = new Dictionary<DriverId, int>();
        for (var i = 0; i < drivers.Count; i++)
        {
            driverIndex.TryAdd(drivers[i].Id, i);
        }

        for (var i = 0; i < data.Drivers.Count; i++)
        {
            var details = data.Drivers[i];
            var path = $"$.drivers[{I(i)}]";
            DriverId id;
            if (details.Id is { } given)
            {
                id = given;
            }
            else if (!string.IsNullOrWhiteSpace(details.Name))
            {
                id = AlKamelReader.DriverIdOf(details.Name);
            }
            else
            {
                problems.Add(ErrorCodes.MissingValue, "A driver needs an \"id\" or a \"name\".", path);
                continue;
            }

            if (!driverIndex.TryGetValue(id, out var at))
            {
                problems.Add(ErrorCodes.UnknownDriver, $"No driver '{id}' is in the results{(details.Id is null ? $" (the identifier of the name '{details.Name}')" : string.Empty)}.", path + (details.Id is null ? ".name" : ".id"), id.Value);
                continue;
            }

            var driver = drivers[at];
            drivers[at] = driver with
            {
                Name = details.Id is not null && !string.IsNullOrWhiteSpace(details.Name) ? details.Name : driver.Name,
                Nationality = details.Nationality ?? driver.Nationality,
                Category = details.Category ?? driver.Category,
            };
        }

        var entries = results.Entries.ToList();
        var entryIndex = new Dictionary<CarNumber, int>();
        for (var i = 0; i < entries.Count; i++)
        {
            entryIndex.TryAdd(entries[i].Car, i);
        }

        for (var i = 0; i < data.Entries.Count; i++)
        {
            var details = data.Entries[i];
            var path = $"$.entries[{I(i)}]";
            if (!entryIndex.TryGetValue(details.Car, out var at))
            {
                problems.Add(ErrorCodes.UnknownCar, $"No car #{details.Car} is in the results.", path + ".car", details.Car.Value);
                continue;
            }

            if (details.Crew is { } crew)
            {
                for (var d = 0; d < crew.Count; d++)
                {
                    if (!driverIndex.ContainsKey(crew[d]))
                    {
                        problems.Add(ErrorCodes.UnknownDriver, $"No driver '{crew[d]}' is in the results.", $"{path}.crew[{I(d)}]", crew[d].Value);
                    }
                }
            }

            var entry = entries[at];
            entries[at] = entry with
            {
                Entrant = details.Entrant ?? entry.Entrant,
                Class = details.Class ?? entry.Class,
                SubClass = details.SubClass ?? entry.SubClass,
                FullSeason = details.FullSeason ?? entry.FullSeason,
                Vehicle = details.Vehicle ?? entry.Vehicle,
                Crew = details.Crew ?? entry.Crew,
            };
        }

        var races = results.Races.ToList();
        for (var i = 0; i < data.Races.Count; i++)
        {
            var details = data.Races[i];
            var path = $"$.races[{I(i)}]";
            var at = races.FindIndex(r => r.Race == details.Race);
            if (at < 0)
            {
                problems.Add(ErrorCodes.NoResultForRace, $"Race '{details.Race}' has no result to add details to.", path + ".race", details.Race.Value);
                continue;
            }

            for (var p = 0; p < details.Poles.Count; p++)
            {
                CheckCar(details.Poles[p].Car, $"{path}.poles[{I(p)}].car");
            }

            for (var f = 0; f < details.FastestLaps.Count; f++)
            {
                CheckCar(details.FastestLaps[f].Car, $"{path}.fastestLaps[{I(f)}].car");
                if (details.FastestLaps[f].Driver is { } driver && !driverIndex.ContainsKey(driver))
                {
                    problems.Add(ErrorCodes.UnknownDriver, $"No driver '{driver}' is in the results.", $"{path}.fastestLaps[{I(f)}].driver", driver.Value);
                }
            }

            CheckAdjustments(details.Adjustments, path + ".adjustments");
            var race = races[at];
            var poleClasses = details.Poles.Select(p => p.Class).ToHashSet();
            var lapClasses = details.FastestLaps.Select(f => f.Class).ToHashSet();
            races[at] = race with
            {
                Poles = race.Poles.Where(p => !poleClasses.Contains(p.Class)).Concat(details.Poles).ToEquatableArray(),
                FastestLaps = race.FastestLaps.Where(f => !lapClasses.Contains(f.Class)).Concat(details.FastestLaps).ToEquatableArray(),
                Adjustments = race.Adjustments.Concat(details.Adjustments).ToEquatableArray(),
                State = details.State ?? race.State,
            };
        }

        CheckAdjustments(data.Adjustments, "$.adjustments");
        problems.ThrowIfAny();
        return results with
        {
            Drivers = drivers.ToEquatableArray(),
            Entries = entries.ToEquatableArray(),
            Races = races.ToEquatableArray(),
            Adjustments = results.Adjustments.Concat(data.Adjustments).ToEquatableArray(),
        };

        void CheckCar(CarNumber car, string path)
        {
            if (!entryIndex.ContainsKey(car))
            {
                problems.Add(ErrorCodes.UnknownCar, $"No car #{car} is in the results.", path, car.Value);
            }
        }

        void CheckAdjustments(EquatableArray<Adjustment> adjustments, string path)
        {
            for (var a = 0; a < adjustments.Count; a++)
            {
                var here = $"{path}[{I(a)}]";
                CarNumber? car = null;
                DriverId? driver = null;
                switch (adjustments[a])
                {
                    case PointsDeduction deduction:
                        (car, driver) = (deduction.Car, deduction.Driver);
                        break;
                    case TimePenalty penalty:
                        car = penalty.Car;
                        break;
                    case PositionPenalty penalty:
                        car = penalty.Car;
                        break;
                    case RaceExclusion exclusion:
                        car = exclusion.Car;
                        break;
                    case ChampionshipExclusion exclusion:
                        (car, driver) = (exclusion.Car, exclusion.Driver);
                        break;
                }

                if (car is { } number)
                {
                    CheckCar(number, here + ".car");
                }

                if (driver is { } id && !driverIndex.ContainsKey(id))
                {
                    problems.Add(ErrorCodes.UnknownDriver, $"No driver '{id}' is in the results.", here + ".driver", id.Value);
                }
            }
        }
    }

    private static string I(int index) => index.ToString(CultureInfo.InvariantCulture);

    private sealed class Problems(string? source, ReadOnlyMemory<byte> json)
    {
        private readonly InputProblems inner = new(source);

        public void Add(string code, string message, string path, string? value = null)
        {
            var at = json.IsEmpty ? null : JsonLocator.Find(json.Span, path);
            inner.Add(code, message, at?.Line, at?.Column, path, value);
        }

        public void ThrowIfAny() => inner.ThrowIfAny();
    }
}
