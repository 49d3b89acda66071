using System.Globalization;
using AsLMS.Scoring.Rules;
using NodaTime;

namespace AsLMS.Scoring.Comparison;

/// <summary>How rule values read in plain words, so that every change and every report names them the same way.</summary>
internal static class RuleText
{
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets <c>"1st"</c>, <c>"2nd"</c>, <c>"3rd"</c>, <c>"11th"</c>.</summary>
    public static string Ordinal(int position)
    {
        var suffix = (position % 100) is 11 or 12 or 13 ? "th" : (position % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return Number(position) + suffix;
    }

    public static string YesNo(bool value) => value ? "yes" : "no";

    public static string Scale(EquatableArray<Points> scale) => scale.IsEmpty ? "none" : string.Join("-", scale.Select(p => p.ToString()));

    /// <summary>Gets a ratio as a percentage when it is a whole one (<c>"70 %"</c>), else as a fraction.</summary>
    public static string Share(Ratio ratio)
        => ratio.Numerator * 100 % ratio.Denominator == 0 ? $"{Number(ratio.Numerator * 100 / ratio.Denominator)} %" : ratio.ToString();

    public static string Time(Duration? duration)
    {
        if (duration is not { } time)
        {
            return "none";
        }

        if (time.SubsecondNanoseconds == 0 && time.Seconds == 0)
        {
            var minutes = (long)time.TotalMinutes;
            return minutes % 60 == 0 ? $"{Number(minutes / 60)} h" : $"{Number(minutes)} min";
        }

        return time.ToString("-H:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture);
    }

    public static string PoleCondition(PoleCondition condition) => condition switch
    {
        Rules.PoleCondition.Started => "if the car starts",
        Rules.PoleCondition.Classified => "if the car is classified",
        _ => "whatever the car does",
    };

    public static string FastestLap(FastestLapRule? rule)
        => rule is null ? "none" : rule.MustFinishInTop is { } top ? $"{Points(rule.Points)}, if classified in the top {Number(top)}" : Points(rule.Points);

    public static string Points(Points points) => points == Scoring.Points.One ? "1 point" : $"{points} points";

    public static string SharedDrives(SharedDrivePolicy policy) => policy switch
    {
        SharedDrivePolicy.SplitEqually => "a car's points split equally between its drivers",
        SharedDrivePolicy.NoPointsWhenShared => "no drivers' points for a shared car",
        _ => "full points to each driver",
    };

    public static string ShortenedRaces(EquatableArray<ShortenedRaceRule> rules)
        => rules.IsEmpty ? "none" : string.Join("; then ", rules.Select(ShortenedRace));

    public static string ShortenedRace(ShortenedRaceRule rule)
    {
        var conditions = new List<string>();
        if (rule.CompletedBelow is { } share)
        {
            conditions.Add($"below {Share(share)} of the scheduled {(rule.Basis == ShortenedRaceBasis.Time ? "time" : "distance")}");
        }

        if (rule.LapsBelow is { } laps)
        {
            conditions.Add($"fewer than {Number(laps)} leader's laps");
        }

        var when = conditions.Count == 0 ? "always" : string.Join(" or ", conditions);
        var effect = !rule.Scale.IsEmpty ? $"scale {Scale(rule.Scale)}"
            : rule.Factor == Ratio.Half ? "half points"
            : rule.Factor == Ratio.Zero ? "no points"
            : $"points x {rule.Factor}";
        return $"{when}{(rule.OnlyIfSuspended ? " (suspended races only)" : string.Empty)}: {effect}";
    }

    public static string Drops(DropRule? rule)
    {
        if (rule is null || rule.Segments.IsEmpty)
        {
            return "every result counts";
        }

        var segments = rule.Segments.Select(s =>
        {
            var count = s.BestResults is { } best ? $"best {Number(best)} result{(best == 1 ? string.Empty : "s")}"
                : s.WorstDropped is { } worst ? $"worst {Number(worst)} result{(worst == 1 ? string.Empty : "s")} dropped"
                : "every result";
            var whole = s.FirstRound == 1 && s.LastRound is null;
            return whole ? count : $"rounds {Number(s.FirstRound)}-{(s.LastRound is { } last ? Number(last) : "end")}: {count}";
        });
        return string.Join("; ", segments) + (rule.DisqualificationCannotBeDropped ? "; a disqualification cannot be dropped" : string.Empty);
    }

    public static string TieBreaks(EquatableArray<TieBreak> chain)
        => chain.IsEmpty ? "none (level competitors share the rank)" : string.Join(", then ", chain.Select(TieBreak));

    public static string TieBreak(TieBreak criterion) => criterion switch
    {
        Rules.TieBreak.Countback => "countback",
        Rules.TieBreak.CountbackOfCountedResults => "countback of counted results",
        Rules.TieBreak.LatestResult => "latest better result",
        Rules.TieBreak.EarliestResult => "earliest better result",
        Rules.TieBreak.CountbackOfScoringPlaces => "countback of scoring places",
        _ => criterion.ToString(),
    };

    public static string Competitors(CompetitorKind kind) => kind switch
    {
        CompetitorKind.Driver => "drivers",
        CompetitorKind.Entrant => "entrants",
        _ => "cars",
    };

    public static string List<T>(EquatableArray<T> items, string empty) => items.IsEmpty ? empty : string.Join(", ", items.Select(i => i?.ToString()));

    public static string Optional(int? value, string none) => value is { } v ? Number(v) : none;

    public static string Table(ChampionshipTable table) => $"{table.Id} ({Competitors(table.Competitors)}; {List(table.Classes, "no class")})";

    public static string Class(ClassDefinition definition)
        => definition.Parent is { } parent ? $"{definition.Id} (inside {parent})" : definition.Id.ToString();

    public static string Reference(ClassificationReference reference)
        => reference == ClassificationReference.OverallWinner ? "the overall winner's laps" : "the class winner's laps";

    /// <summary>Gets who a requirement counts: <c>"Bronze drivers"</c>, <c>"drivers from Asia or Oceania"</c>, <c>"drivers"</c>.</summary>
    public static string DriversCounted(CrewRequirement requirement) => DriversCounted(requirement, plural: true);

    /// <summary>Gets a requirement in words: <c>"bronze-required (at least 1 Bronze driver, every class)"</c>.</summary>
    public static string Requirement(CrewRequirement requirement)
    {
        var (count, plural) = (requirement.Minimum, requirement.Maximum) switch
        {
            ({ } min, { } max) when min == max => ($"exactly {Number(min)}", min != 1),
            ({ } min, { } max) => ($"{Number(min)} to {Number(max)}", true),
            ({ } min, null) => ($"at least {Number(min)}", min != 1),
            (null, { } max) => ($"at most {Number(max)}", max != 1),
            _ => ("any number of", true),
        };
        return $"{requirement.Id} ({count} {DriversCounted(requirement, plural)}, {List(requirement.Classes, "every class")})";
    }

    private static string DriversCounted(CrewRequirement requirement, bool plural)
    {
        var noun = plural ? "drivers" : "driver";
        var categories = requirement.Categories.IsEmpty ? null : string.Join(" or ", requirement.Categories);
        var regions = requirement.Regions.IsEmpty ? null : string.Join(" or ", requirement.Regions);
        return (categories, regions) switch
        {
            (null, null) => noun,
            (not null, null) => $"{categories} {noun}",
            (null, not null) => $"{noun} from {regions}",
            _ => $"{categories} {noun} from {regions}",
        };
    }

    public static string Invitation(InvitationRule rule)
        => $"{rule.Id} ({Ordinal(rule.Position)} in {rule.Table}, {rule.LeMansClass} at Le Mans)";

    public static string MinimumEntries(InvitationRule rule)
        => rule.MinimumEntries is { } minimum
            ? $"{Number(minimum)} {(rule.CountedEntries == EntryCountBasis.FullSeasonEntries ? "full-season entries" : "class entries")}"
            : "none";

    public static string Fallback(InvitationFallback? fallback)
        => fallback is null ? "none (lapses)" : $"{Ordinal(fallback.Position)} in {fallback.Table}, {fallback.LeMansClass} at Le Mans";

    public static string WhenDeclined(DeclinedInvitationPolicy policy)
        => policy == DeclinedInvitationPolicy.Lapses ? "lapses" : "passes to the next eligible team";

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
