namespace AsLMS.Scoring.Rules;

/// <summary>The FIA driver categorisation, from the most amateur to the most professional.</summary>
public enum DriverCategory
{
    /// <summary>Bronze: amateur.</summary>
    Bronze,

    /// <summary>Silver: young professional or strong amateur.</summary>
    Silver,

    /// <summary>Gold: professional.</summary>
    Gold,

    /// <summary>Platinum: top professional.</summary>
    Platinum,
}

/// <summary>A region of the world, for nationality rules such as "at least one Asian or Oceanian driver".</summary>
public enum WorldRegion
{
    /// <summary>Africa.</summary>
    Africa,

    /// <summary>Asia, including the Middle East.</summary>
    Asia,

    /// <summary>Europe.</summary>
    Europe,

    /// <summary>North America, Central America and the Caribbean.</summary>
    NorthAmerica,

    /// <summary>South America.</summary>
    SouthAmerica,

    /// <summary>Oceania (Australia, New Zealand and the Pacific).</summary>
    Oceania,
}

/// <summary>
/// A rule on a crew's composition, as a count of drivers matching a filter between a minimum and a maximum. Examples:
/// crew size (no filter, 2 to 3); a mandatory Bronze (Bronze, at least 1); all-Am (Platinum or Gold, at most 0);
/// one Asian or Oceanian driver (regions Asia and Oceania, at least 1).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CrewRequirement
{
    /// <summary>Gets the requirement's identifier, stable across seasons (e.g. <c>"bronze-required"</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Gets the requirement in plain words.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the classes or sub-classifications it applies to; empty for every class.</summary>
    public EquatableArray<ClassId> Classes { get; init; }

    /// <summary>Gets the categories a driver must hold to be counted; empty for any category.</summary>
    public EquatableArray<DriverCategory> Categories { get; init; }

    /// <summary>Gets the regions a driver's nationality must belong to to be counted; empty for any nationality.</summary>
    public EquatableArray<WorldRegion> Regions { get; init; }

    /// <summary>Gets the least number of matching drivers, or null.</summary>
    public int? Minimum { get; init; }

    /// <summary>Gets the greatest number of matching drivers, or null.</summary>
    public int? Maximum { get; init; }

    /// <summary>Gets where the requirement comes from.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Tells whether the requirement applies to a car of a class and optional sub-class.</summary>
    /// <param name="carClass">The car's class.</param>
    /// <param name="subClass">The car's sub-classification, or null.</param>
    /// <returns>True if it applies.</returns>
    public bool AppliesTo(ClassId carClass, ClassId? subClass)
    {
        if (Classes.IsEmpty)
        {
            return true;
        }

        foreach (var c in Classes)
        {
            if (c == carClass || (subClass is { } s && c == s))
            {
                return true;
            }
        }

        return false;
    }
}
