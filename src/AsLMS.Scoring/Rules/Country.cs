namespace AsLMS.Scoring.Rules;

/// <summary>
/// A country or territory of ISO 3166-1, with the region of the world its nationals count in for nationality rules
/// ("at least one Asian or Oceanian driver"). Built-in data: see <see cref="Countries"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Country
{
    /// <summary>Gets the ISO 3166-1 alpha-3 code, e.g. <c>"DEU"</c>.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the English short name, e.g. <c>"Germany"</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the region, after the continental regions of the UN M49 standard (see <see cref="Countries"/>).</summary>
    public required WorldRegion Region { get; init; }

    /// <summary>
    /// Gets other three-letter codes that sources use for the country and that are not ISO codes of another country:
    /// IOC or FIA-style codes such as <c>"GER"</c> for Germany or <c>"TAI"</c> for Taiwan.
    /// </summary>
    public EquatableArray<string> Aliases { get; init; }
}
