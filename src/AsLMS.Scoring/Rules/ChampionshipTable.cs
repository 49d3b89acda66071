namespace AsLMS.Scoring.Rules;

/// <summary>Who a championship table ranks.</summary>
public enum CompetitorKind
{
    /// <summary>Drivers: each scores the points of the car they drove, subject to the minimum drive time and shared-drive rules.</summary>
    Driver,

    /// <summary>Cars (an AsLMS teams' table): each entry scores on its own, identified by its number and entrant.</summary>
    Car,

    /// <summary>Entrants (a constructors' or manufacturers' table): the points of an entrant's cars are added, or only its best cars'.</summary>
    Entrant,
}

/// <summary>
/// A championship table: e.g. "LMP2 Drivers", "LMP2 Teams", "LMP2 Am Drivers". A car's position in a race, for this table,
/// is its order among the table's eligible cars, so one finish can score in "LMP2" and in "LMP2 Am".
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ChampionshipTable
{
    /// <summary>Gets the table's identifier.</summary>
    public required TableId Id { get; init; }

    /// <summary>Gets the table's display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets who the table ranks.</summary>
    public required CompetitorKind Competitors { get; init; }

    /// <summary>Gets the classes and sub-classifications whose cars score in the table (a car qualifies through its class or its sub-class).</summary>
    public required EquatableArray<ClassId> Classes { get; init; }

    /// <summary>Gets a value indicating whether only full-season entries score; other cars neither score nor displace those that do (the WEC rule).</summary>
    public bool FullSeasonEntriesOnly { get; init; }

    /// <summary>Gets races of the calendar that do not count for this table (a race in the drivers' but not the constructors' championship).</summary>
    public EquatableArray<RaceId> ExcludedRaces { get; init; }

    /// <summary>
    /// Gets how many cars of a competitor score in each race; null for all. For an <see cref="CompetitorKind.Entrant"/> table, how many of
    /// an entrant's cars (1: only the best-placed car); for a <see cref="CompetitorKind.Driver"/> table, how many of the cars a driver
    /// drove in one race (1: only the driver's best share, as in Formula One 1956). Cars beyond the limit take part but score nothing.
    /// </summary>
    public int? CarsCountedPerRace { get; init; }

    /// <summary>Gets scoring rules for this table only; null to use the rule set's.</summary>
    public ScoringRules? Scoring { get; init; }

    /// <summary>Gets where the table's definition comes from.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Tells whether a race counts for this table.</summary>
    /// <param name="race">The race.</param>
    /// <returns>True unless the race is excluded.</returns>
    public bool Counts(RaceId race)
    {
        foreach (var excluded in ExcludedRaces)
        {
            if (excluded == race)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Tells whether a car of a class and optional sub-class is eligible for this table.</summary>
    /// <param name="carClass">The car's class.</param>
    /// <param name="subClass">The car's sub-classification, or null.</param>
    /// <returns>True if the class or the sub-class feeds the table.</returns>
    public bool Accepts(ClassId carClass, ClassId? subClass)
    {
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
