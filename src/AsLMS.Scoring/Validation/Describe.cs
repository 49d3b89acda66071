using System.Globalization;
using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Validation;

/// <summary>How failure messages and property paths name things, so every message names them the same way.</summary>
internal static class Describe
{
    /// <summary>Gets <c>"4 Hours of Sepang, race 1 (R1)"</c>.</summary>
    public static string Race(Race? race, RaceId id)
        => race is null || string.IsNullOrWhiteSpace(race.Name) || race.Name == id.Value ? $"race '{id}'" : $"{race.Name} ({id})";

    /// <summary>Gets <c>"car #4 (Phoenix Racing)"</c>.</summary>
    public static string Car(Entry entry) => $"car #{entry.Car} ({entry.Entrant})";

    /// <summary>Gets <c>"car #4 (Phoenix Racing)"</c> when the car has an entry, else <c>"car #4"</c>.</summary>
    public static string Car(CarNumber car, Entry? entry) => entry is null ? $"car #{car}" : Car(entry);

    /// <summary>Gets <c>"driver 'D001' (Akira Tanaka)"</c>.</summary>
    public static string Driver(DriverId id, Driver? driver)
        => driver is null || string.IsNullOrWhiteSpace(driver.Name) ? $"driver '{id}'" : $"driver '{id}' ({driver.Name})";

    /// <summary>Gets <c>"crew requirement 'bronze-required' (At least one Bronze driver)"</c>.</summary>
    public static string Requirement(CrewRequirement requirement) => $"crew requirement '{requirement.Id}' ({requirement.Description})";

    /// <summary>Gets the property path index of a car: <c>"[#4]"</c>.</summary>
    public static string CarIndex(CarNumber car) => $"[#{car}]";

    /// <summary>Gets the property path index of an identifier: <c>"[R1]"</c>.</summary>
    public static string Index(object? id) => $"[{id}]";

    /// <summary>Formats a number for a message.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats a duration as h:mm:ss.fff for a message.</summary>
    public static string Time(NodaTime.Duration duration)
        => duration.ToString("-H:mm:ss.FFF", CultureInfo.InvariantCulture);
}
