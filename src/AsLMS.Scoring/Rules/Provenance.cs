namespace AsLMS.Scoring.Rules;

/// <summary>How sure we are of a rule-set fact, using the labels of the project's regulation notes.</summary>
public enum Confidence
{
    /// <summary>From regulation text or an official ACO, series, FIA or Le Mans site.</summary>
    Confirmed,

    /// <summary>From news media, Wikipedia or a mirror of it.</summary>
    Reported,

    /// <summary>Worked out from published points totals: consistent with the evidence but not stated anywhere.</summary>
    Derived,

    /// <summary>Sources conflict, or nothing was found; the rule set takes the most likely value.</summary>
    Uncertain,
}

/// <summary>Where a rule-set fact comes from and how sure it is.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Provenance
{
    /// <summary>Gets how sure the fact is.</summary>
    public required Confidence Confidence { get; init; }

    /// <summary>Gets the sources, e.g. <c>"S33: en.wikipedia.org/wiki/2021_Asian_Le_Mans_Series"</c>.</summary>
    public EquatableArray<string> Sources { get; init; }

    /// <summary>Gets a note on the fact: what was assumed, what conflicts.</summary>
    public string? Note { get; init; }

    /// <summary>Creates a provenance.</summary>
    /// <param name="confidence">How sure the fact is.</param>
    /// <param name="note">A note, or null.</param>
    /// <param name="sources">The sources.</param>
    /// <returns>The provenance.</returns>
    public static Provenance Of(Confidence confidence, string? note, params string[] sources)
        => new() { Confidence = confidence, Note = note, Sources = EquatableArray.Create<string>(sources) };
}
