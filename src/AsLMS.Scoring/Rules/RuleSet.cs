namespace AsLMS.Scoring.Rules;

/// <summary>
/// A season's complete rules: its calendar, classes, championship tables, scoring, classification, crew requirements and
/// Le Mans invitations. Built-in AsLMS seasons ship with the library; users can write their own.
/// </summary>
/// <remarks>This type is immutable and thread-safe: one instance can be shared by any number of calculations at once.</remarks>
public sealed record RuleSet
{
    /// <summary>Gets the series, e.g. <c>"Asian Le Mans Series"</c>.</summary>
    public required string Series { get; init; }

    /// <summary>Gets the season: label, span and calendar.</summary>
    public required Season Season { get; init; }

    /// <summary>Gets the classes and sub-classifications.</summary>
    public required EquatableArray<ClassDefinition> Classes { get; init; }

    /// <summary>Gets the championship tables.</summary>
    public required EquatableArray<ChampionshipTable> Tables { get; init; }

    /// <summary>Gets the scoring rules, used by every table that has none of its own.</summary>
    public required ScoringRules Scoring { get; init; }

    /// <summary>Gets the classification rule.</summary>
    public ClassificationRule Classification { get; init; } = ClassificationRule.Default;

    /// <summary>Gets the crew requirements.</summary>
    public EquatableArray<CrewRequirement> CrewRequirements { get; init; }

    /// <summary>Gets the 24 Hours of Le Mans invitation rules, in the order they are given out.</summary>
    public EquatableArray<InvitationRule> Invitations { get; init; }

    /// <summary>
    /// Gets who may hold no more than one of the <see cref="Invitations"/>: by default a car. When a rule would give a second invitation
    /// to the same car (or entrant), the earlier rule's invitation is kept and the later rule treats the team as already holding one
    /// (see <see cref="InvitationRule.WhenDeclined"/>). No AsLMS source says; a car takes one place on the grid.
    /// </summary>
    public InvitationHolder OneInvitationPer { get; init; } = InvitationHolder.Car;

    /// <summary>Gets where the rule set as a whole comes from.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Gets notes on the rule set: what is assumed, what is not known.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets the season's label.</summary>
    public string Label => Season.Label;

    /// <summary>Finds a table by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The table, or null.</returns>
    public ChampionshipTable? FindTable(TableId id)
    {
        foreach (var table in Tables)
        {
            if (table.Id == id)
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>Finds a class by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The class, or null.</returns>
    public ClassDefinition? FindClass(ClassId id)
    {
        foreach (var definition in Classes)
        {
            if (definition.Id == id)
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>Gets the scoring rules of a table: its own, else the rule set's.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The scoring rules.</returns>
    public ScoringRules ScoringFor(ChampionshipTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return table.Scoring ?? Scoring;
    }
}
