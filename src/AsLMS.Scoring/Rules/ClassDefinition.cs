namespace AsLMS.Scoring.Rules;

/// <summary>A class of a season (LMP2, GT), or a sub-classification inside one (LMP2 Am inside LMP2).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ClassDefinition
{
    /// <summary>Gets the class's identifier, used by entries and tables.</summary>
    public required ClassId Id { get; init; }

    /// <summary>Gets the class's display name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the class this is a sub-classification of, or null for a class of its own.</summary>
    public ClassId? Parent { get; init; }

    /// <summary>Gets a description: the cars, the crews it is for.</summary>
    public string? Description { get; init; }

    /// <summary>Gets where the class's existence in this season comes from.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Gets a value indicating whether this is a sub-classification of another class.</summary>
    public bool IsSubClass => Parent is not null;
}
