using NodaTime;

namespace AsLMS.Scoring.Rules;

/// <summary>
/// How races are turned into points and points into a ranking: per-race scoring by race category, shared drives,
/// shortened races, dropped results and the tie-break chain.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ScoringRules
{
    /// <summary>
    /// Gets the per-race scoring: one entry with a null <see cref="RaceScoring.Category"/> (the default) and optionally one per
    /// race category (the WEC's "8h" and "Le Mans" scales, a Formula One sprint).
    /// </summary>
    public required EquatableArray<RaceScoring> Races { get; init; }

    /// <summary>Gets how a car's points are shared between the drivers of its crew.</summary>
    public SharedDrivePolicy SharedDrives { get; init; } = SharedDrivePolicy.FullPointsToEachDriver;

    /// <summary>Gets the reductions for a race stopped early, tried in order; the first that applies is used.</summary>
    public EquatableArray<ShortenedRaceRule> ShortenedRaces { get; init; }

    /// <summary>Gets the dropped-results rule, or null when every result counts.</summary>
    public DropRule? Drops { get; init; }

    /// <summary>
    /// Gets the tie-break chain for competitors level on points, tried in order. When every criterion is equal (or the chain
    /// is empty) the competitors share the rank.
    /// </summary>
    public EquatableArray<TieBreak> TieBreaks { get; init; } = [TieBreak.Countback];

    /// <summary>Gets where the scoring rules come from.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>Finds the scoring for a race: the entry for its category, else the default.</summary>
    /// <param name="race">The race.</param>
    /// <returns>The scoring.</returns>
    /// <exception cref="InvalidOperationException">There is neither an entry for the category nor a default.</exception>
    public RaceScoring For(Race race)
    {
        ArgumentNullException.ThrowIfNull(race);
        return ForCategory(race.Category);
    }

    /// <summary>Finds the scoring for a race category, else the default.</summary>
    /// <param name="category">The category, or null.</param>
    /// <returns>The scoring.</returns>
    /// <exception cref="InvalidOperationException">There is neither an entry for the category nor a default.</exception>
    public RaceScoring ForCategory(string? category)
    {
        RaceScoring? fallback = null;
        foreach (var scoring in Races)
        {
            if (scoring.Category is null)
            {
                fallback ??= scoring;
            }
            else if (category is not null && string.Equals(scoring.Category, category, StringComparison.OrdinalIgnoreCase))
            {
                return scoring;
            }
        }

        return fallback ?? throw new InvalidOperationException(
            $"The scoring rules have no scoring for race category '{category ?? "(default)"}' and no default.");
    }
}

/// <summary>The points of one race: the scale by position, points beyond the scale, pole and fastest lap, and who may score.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RaceScoring
{
    /// <summary>Gets the race category this scoring applies to, or null for the default.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the points by position in the table (index 0 is first place), e.g. 25-18-15-12-10-8-6-4-2-1.</summary>
    public required EquatableArray<Points> Scale { get; init; }

    /// <summary>Gets the points for a classified car beyond the end of the scale (0, or 0.5 in some AsLMS seasons).</summary>
    public Points BeyondScale { get; init; }

    /// <summary>Gets the points for pole position in the table's class; not multiplied by a race multiplier.</summary>
    public Points Pole { get; init; }

    /// <summary>Gets what a pole sitter must do in the race to keep its pole points.</summary>
    public PoleCondition PoleCondition { get; init; } = PoleCondition.None;

    /// <summary>Gets the fastest-lap award, or null when there is none.</summary>
    public FastestLapRule? FastestLap { get; init; }

    /// <summary>Gets the minimum time a driver must drive to score the car's points in this race; null when there is none.</summary>
    public Duration? MinimumDriveTime { get; init; }

    /// <summary>
    /// Gets a value indicating whether results of races with this scoring count in the tie-break chain (countback and race-by-race
    /// criteria); true by default. Formula One sprints score points but do not count in countback.
    /// </summary>
    public bool CountsForTieBreaks { get; init; } = true;

    /// <summary>Gets the points a classified car earns for a position, before multipliers and reductions.</summary>
    /// <param name="position">The 1-based position in the table.</param>
    /// <returns>The scale's points, or <see cref="BeyondScale"/> beyond it.</returns>
    public Points PointsFor(int position)
        => position >= 1 && position <= Scale.Count ? Scale[position - 1] : BeyondScale;
}

/// <summary>What a pole sitter must do in the race to keep its pole points.</summary>
public enum PoleCondition
{
    /// <summary>Nothing: the pole point stands even if the car retires (the AsLMS practice).</summary>
    None,

    /// <summary>The car must start the race.</summary>
    Started,

    /// <summary>The car must be classified.</summary>
    Classified,
}

/// <summary>Points for the fastest lap of a race (in the table's classes).</summary>
/// <remarks>This type is immutable and thread-safe. Several holders of an equal fastest lap share the points equally.</remarks>
public sealed record FastestLapRule
{
    /// <summary>Gets the points.</summary>
    public required Points Points { get; init; }

    /// <summary>Gets the position (in the table) the car must be classified in or above to score it (10 in Formula One 2019-2024); null for none.</summary>
    public int? MustFinishInTop { get; init; }
}

/// <summary>How a car's points are shared between its drivers.</summary>
public enum SharedDrivePolicy
{
    /// <summary>Every driver of the crew scores the car's points in full (endurance racing).</summary>
    FullPointsToEachDriver,

    /// <summary>The car's points are divided equally between its drivers (Formula One, 1950-1957).</summary>
    SplitEqually,

    /// <summary>A car driven by more than one driver scores no drivers' points (Formula One from 1958).</summary>
    NoPointsWhenShared,
}

/// <summary>What a shortened-race threshold is measured against.</summary>
public enum ShortenedRaceBasis
{
    /// <summary>The leader's completed laps against the scheduled laps.</summary>
    Distance,

    /// <summary>The race's running time against its scheduled duration.</summary>
    Time,
}

/// <summary>
/// A reduction for a race stopped early: when the completed share is below a threshold (or the leader completed fewer than a number
/// of laps), points are multiplied by a factor or taken from a replacement scale.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ShortenedRaceRule
{
    /// <summary>Gets what the threshold is measured against.</summary>
    public ShortenedRaceBasis Basis { get; init; } = ShortenedRaceBasis.Distance;

    /// <summary>Gets the completed share below which the rule applies (3/4 for "less than 75 %"); null when only <see cref="LapsBelow"/> is used.</summary>
    public Ratio? CompletedBelow { get; init; }

    /// <summary>Gets a number of leader's laps below which the rule applies ("fewer than 2 laps"); null when not used.</summary>
    public int? LapsBelow { get; init; }

    /// <summary>
    /// Gets a value indicating whether the rule applies only to a race that was suspended and not resumed
    /// (<see cref="Results.RaceResult.Suspended"/>), not to one that ended early at its time limit (Formula One 2022).
    /// </summary>
    public bool OnlyIfSuspended { get; init; }

    /// <summary>Gets the factor applied to position points (1/2 for half points, 0 for none); ignored when <see cref="Scale"/> is set.</summary>
    public Ratio Factor { get; init; } = Ratio.Half;

    /// <summary>Gets a replacement scale by position, used instead of the race's scale when not empty.</summary>
    public EquatableArray<Points> Scale { get; init; }

    /// <summary>Gets where the rule comes from.</summary>
    public Provenance? Provenance { get; init; }
}

/// <summary>A dropped-results rule: in each segment of the season only the best results count.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DropRule
{
    /// <summary>Gets the segments (one for a whole season, two for a split season), by round of the calendar.</summary>
    public required EquatableArray<DropSegment> Segments { get; init; }

    /// <summary>Gets a value indicating whether a disqualification always counts (as a zero) and can never be dropped.</summary>
    public bool DisqualificationCannotBeDropped { get; init; }

    /// <summary>Gets where the rule comes from.</summary>
    public Provenance? Provenance { get; init; }
}

/// <summary>
/// A part of the season over which only the best results count. Exactly one of <see cref="BestResults"/> and
/// <see cref="WorstDropped"/> is set; the rounds come from the calendar, never a hard-coded count.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record DropSegment
{
    /// <summary>Gets the first round of the segment (1-based).</summary>
    public int FirstRound { get; init; } = 1;

    /// <summary>Gets the last round of the segment, or null for the end of the season.</summary>
    public int? LastRound { get; init; }

    /// <summary>Gets how many results count in the segment ("best 4"), or null.</summary>
    public int? BestResults { get; init; }

    /// <summary>Gets how many of the segment's races (by the calendar) are dropped ("all but the worst 1"), or null.</summary>
    public int? WorstDropped { get; init; }

    /// <summary>Tells whether a round falls in the segment.</summary>
    /// <param name="round">The round.</param>
    /// <returns>True if within the segment.</returns>
    public bool Contains(int round) => round >= FirstRound && (LastRound is null || round <= LastRound);
}

/// <summary>A criterion of the tie-break chain.</summary>
public enum TieBreak
{
    /// <summary>Countback: most wins, then most second places, and so on, over every result in the table's races (dropped ones included).</summary>
    Countback,

    /// <summary>Countback over the results that count towards the total only (dropped results excluded).</summary>
    CountbackOfCountedResults,

    /// <summary>The better result in the latest race in which the two differ (a result beats none).</summary>
    LatestResult,

    /// <summary>The better result in the earliest race in which the two differ (a result beats none).</summary>
    EarliestResult,

    /// <summary>
    /// Countback over the scoring places only: a result counts when its position is within its race's points scale (wins, then
    /// second places, down to the last place that scores), dropped results included. Competitors level on every scoring place stay
    /// level (the published Formula One tables until the 1990s show them sharing the place).
    /// </summary>
    CountbackOfScoringPlaces,
}
