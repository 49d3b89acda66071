using AsLMS.Scoring.Internal;
using AsLMS.Scoring.Results;

namespace AsLMS.Scoring.Invitations;

/// <summary>
/// A team named in the inputs of an invitation allocation: one car (by its number) or every car of an entrant (by its name, compared
/// ordinally as <see cref="Entry.Entrant"/>).
/// </summary>
/// <remarks>This type is immutable and thread-safe. The <c>default</c> names no team.</remarks>
public readonly record struct TeamReference
{
    private TeamReference(CarNumber? car, string? entrant)
    {
        Car = car;
        Entrant = entrant;
    }

    /// <summary>Gets the car, when the reference names one car; otherwise null.</summary>
    public CarNumber? Car { get; }

    /// <summary>Gets the entrant, when the reference names every car of an entrant; otherwise null.</summary>
    public string? Entrant { get; }

    /// <summary>Creates a reference to one car.</summary>
    /// <param name="car">The car's number.</param>
    /// <returns>The reference.</returns>
    public static TeamReference ForCar(CarNumber car) => new(car, null);

    /// <summary>Creates a reference to every car of an entrant.</summary>
    /// <param name="entrant">The entrant's name, as in <see cref="Entry.Entrant"/>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The name is empty or white space.</exception>
    public static TeamReference ForEntrant(string entrant) => new(null, Preconditions.CheckNotBlank(entrant));

    /// <summary>Tells whether an entry is the car, or one of the entrant's cars, this reference names.</summary>
    /// <param name="entry">The entry.</param>
    /// <returns>True if it is.</returns>
    public bool Matches(Entry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Car is { } car ? entry.Car == car : Entrant is { } entrant && string.Equals(entry.Entrant, entrant, StringComparison.Ordinal);
    }

    /// <summary>Gets the reference as people write it: <c>#7</c> or the entrant's name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Car is { } car ? $"#{car}" : Entrant ?? "(no team)";
}
