using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// The checks on scoring rules that the calculator makes before scoring (rules it could not apply) and the rule-set validator
/// makes too: one implementation for both.
/// </summary>
internal static class ScoringChecks
{
    /// <summary>Reports each race category of the given races that has no scoring when the rules have no default either.</summary>
    /// <param name="scoring">The scoring rules (the log is at their path).</param>
    /// <param name="races">The races to be scored with them.</param>
    /// <param name="log">The log.</param>
    public static void Coverage(ScoringRules scoring, IEnumerable<Race> races, FailureLog log)
    {
        var hasDefault = false;
        for (var i = 0; i < scoring.Races.Count; i++)
        {
            var raceScoring = scoring.Races[i];
            if (raceScoring is null)
            {
                log.Error(ErrorCodes.MissingValue, $"Races[{i}]", null, $"Race scoring {i} is null.");
            }

            hasDefault |= raceScoring is { Category: null };
        }

        if (hasDefault)
        {
            return;
        }

        Dictionary<string, List<RaceId>>? missing = null;
        foreach (var race in races)
        {
            if (race is null || Covers(scoring, race.Category))
            {
                continue;
            }

            var key = race.Category ?? string.Empty;
            missing ??= new Dictionary<string, List<RaceId>>(StringComparer.OrdinalIgnoreCase);
            if (!missing.TryGetValue(key, out var list))
            {
                missing.Add(key, list = []);
            }

            list.Add(race.Id);
        }

        foreach (var (category, ids) in missing ?? [])
        {
            var name = category.Length == 0 ? "the default category" : $"category '{category}'";
            log.Error(
                ErrorCodes.MissingRaceScoring,
                "Races",
                category.Length == 0 ? null : category,
                $"Race{(ids.Count == 1 ? string.Empty : "s")} {string.Join(", ", ids)} of {name} cannot be scored: the scoring rules have no scoring for it and no default (a race scoring without a category).");
        }
    }

    /// <summary>
    /// Reports dropped-results segments whose counts are out of range whatever the calendar: not exactly one of best results and
    /// worst dropped, best results below 1, worst dropped below 0.
    /// </summary>
    /// <param name="drops">The drop rule (the log is at its path).</param>
    /// <param name="log">The log.</param>
    public static void DropCounts(DropRule drops, FailureLog log)
    {
        for (var i = 0; i < drops.Segments.Count; i++)
        {
            var segment = drops.Segments[i];
            if (segment is null)
            {
                log.Error(ErrorCodes.MissingValue, $"Segments[{i}]", null, $"Dropped-results segment {i} is null.");
                continue;
            }

            var property = $"Segments[{i}]";
            var what = $"The dropped-results segment from round {segment.FirstRound}";
            if (segment.BestResults is null == segment.WorstDropped is null)
            {
                log.Error(
                    ErrorCodes.DropCountOutOfRange,
                    property,
                    null,
                    segment.BestResults is null
                        ? $"{what} sets neither how many results count (BestResults) nor how many are dropped (WorstDropped): set one."
                        : $"{what} sets both how many results count (BestResults = {segment.BestResults}) and how many are dropped (WorstDropped = {segment.WorstDropped}): set one.");
            }
            else if (segment.BestResults is < 1)
            {
                log.Error(ErrorCodes.DropCountOutOfRange, $"{property}.BestResults", segment.BestResults, $"{what} counts the best {segment.BestResults} results: at least 1 must count.");
            }
            else if (segment.WorstDropped is < 0)
            {
                log.Error(ErrorCodes.DropCountOutOfRange, $"{property}.WorstDropped", segment.WorstDropped, $"{what} drops the worst {segment.WorstDropped} results: the number dropped cannot be negative.");
            }
        }
    }

    /// <summary>Tells whether <see cref="Coverage"/> has nothing to report: a default race scoring and no null one.</summary>
    public static bool CoversEveryCategory(ScoringRules scoring)
    {
        var hasDefault = false;
        foreach (var raceScoring in scoring.Races)
        {
            if (raceScoring is null)
            {
                return false;
            }

            hasDefault |= raceScoring.Category is null;
        }

        return hasDefault;
    }

    /// <summary>Tells whether the scoring rules have a scoring for a category (the default aside).</summary>
    public static bool Covers(ScoringRules scoring, string? category)
    {
        foreach (var raceScoring in scoring.Races)
        {
            if (raceScoring is null)
            {
                continue;
            }

            if (raceScoring.Category is null || (category is not null && string.Equals(raceScoring.Category, category, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
