using AsLMS.Scoring.Rules;
using FluentValidation;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// Validates a dropped-results rule against the calendar: every segment sets exactly one count, starts and ends at rounds of the
/// calendar, shares no round with another segment, and counts no more results than it has races (and drops fewer than it has).
/// The rounds and races always come from the season's own calendar, never from a fixed count.
/// </summary>
/// <remarks>
/// <para>Codes: <see cref="ErrorCodes.DropCountOutOfRange"/>, <see cref="ErrorCodes.DropSegmentOutsideCalendar"/>,
/// <see cref="ErrorCodes.OverlappingDropSegments"/>, <see cref="ErrorCodes.MissingValue"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DropRuleValidator : AbstractValidator<DropRule>
{
    /// <summary>Initializes a new instance of the <see cref="DropRuleValidator"/> class.</summary>
    /// <param name="season">The calendar, or null to check only what does not depend on it.</param>
    public DropRuleValidator(Season? season)
    {
        RuleFor(d => d).Custom((drops, context) =>
        {
            var log = FailureLog.Into(context);
            ScoringChecks.DropCounts(drops, log);
            if (season is null)
            {
                return;
            }

            var races = season.Races;
            var lastRound = races.IsEmpty ? 0 : races[^1].Round;
            for (var i = 0; i < drops.Segments.Count; i++)
            {
                var segment = drops.Segments[i];
                if (segment is null)
                {
                    continue;
                }

                var property = $"Segments[{i}]";
                var what = $"The dropped-results segment from round {segment.FirstRound}{(segment.LastRound is { } last ? $" to round {last}" : string.Empty)}";
                if (segment.FirstRound < 1 || segment.FirstRound > lastRound || segment.LastRound < segment.FirstRound || segment.LastRound > lastRound)
                {
                    log.Error(
                        ErrorCodes.DropSegmentOutsideCalendar,
                        property,
                        segment.LastRound is { } end && end < segment.FirstRound ? end : segment.FirstRound,
                        lastRound == 0
                            ? $"{what} has no race: the {season.Label} calendar is empty."
                            : $"{what} does not fit the {season.Label} calendar of rounds 1 to {lastRound}.");
                    continue;
                }

                for (var j = 0; j < i; j++)
                {
                    if (drops.Segments[j] is { } other && Overlap(segment, other, lastRound))
                    {
                        log.Error(ErrorCodes.OverlappingDropSegments, property, segment.FirstRound, $"{what} shares rounds with the segment from round {other.FirstRound}: a round belongs to one segment.");
                        break;
                    }
                }

                var count = 0;
                foreach (var race in races)
                {
                    count += segment.Contains(race.Round) ? 1 : 0;
                }

                if (segment.BestResults is { } best and >= 1 && segment.WorstDropped is null && best > count)
                {
                    log.Error(ErrorCodes.DropCountOutOfRange, $"{property}.BestResults", best, $"{what} counts the best {best} results, but has {count} race{(count == 1 ? string.Empty : "s")} in the {season.Label} calendar.");
                }
                else if (segment.WorstDropped is { } worst and >= 0 && segment.BestResults is null && worst > 0 && worst >= count)
                {
                    log.Error(ErrorCodes.DropCountOutOfRange, $"{property}.WorstDropped", worst, $"{what} drops the worst {worst} results, but has only {count} race{(count == 1 ? string.Empty : "s")} in the {season.Label} calendar: at least one must count.");
                }
            }
        });
    }

    private static bool Overlap(DropSegment a, DropSegment b, int lastRound)
        => a.FirstRound <= (b.LastRound ?? lastRound) && b.FirstRound <= (a.LastRound ?? lastRound);
}
