using AsLMS.Scoring.Results;
using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Validation;

/// <summary>
/// How crew requirements are read: which drivers a requirement counts, which requirements no crew can meet, and the check of a
/// crew against the requirements of its class.
/// </summary>
/// <remarks>
/// A driver whose FIA category is not known never counts towards a requirement on categories, and one whose region is not known
/// never counts towards a requirement on regions: they cannot help meet a minimum, and cannot be shown to break a maximum.
/// </remarks>
internal static class CrewRules
{
    /// <summary>A requirement no crew can meet, and the requirement (possibly the same) whose maximum it cannot fit under.</summary>
    public readonly record struct Conflict(CrewRequirement Requirement, CrewRequirement Limit, ClassId? Class);

    /// <summary>Tells whether a requirement counts a driver.</summary>
    public static bool Counts(CrewRequirement requirement, Driver driver, Func<string, WorldRegion?> regionOf)
    {
        if (!requirement.Categories.IsEmpty && (driver.Category is not { } category || !Has(requirement.Categories, category)))
        {
            return false;
        }

        if (!requirement.Regions.IsEmpty)
        {
            var region = driver.Nationality is { } nationality ? regionOf(nationality) : null;
            return region is { } known && Has(requirement.Regions, known);
        }

        return true;
    }

    /// <summary>
    /// Finds the requirements no crew can meet. A requirement's minimum cannot be met when it is above the maximum of a
    /// requirement that counts at least the same drivers and applies to a common class: its own maximum, the crew size's maximum,
    /// or e.g. "at most 1 Silver or Bronze" for "at least 2 Bronzes".
    /// </summary>
    public static List<Conflict> Conflicts(RuleSet rules)
    {
        var conflicts = new List<Conflict>();
        var requirements = rules.CrewRequirements;
        var contexts = Contexts(rules);
        foreach (var requirement in requirements)
        {
            if (requirement?.Minimum is not { } minimum)
            {
                continue;
            }

            if (requirement.Maximum is { } own && minimum > own)
            {
                conflicts.Add(new Conflict(requirement, requirement, null));
                continue;
            }

            foreach (var limit in requirements)
            {
                if (limit is null || ReferenceEquals(limit, requirement) || limit.Maximum is not { } maximum || minimum <= maximum || !Contains(limit, requirement))
                {
                    continue;
                }

                var common = contexts.FindIndex(c => requirement.AppliesTo(c.Class, c.SubClass) && limit.AppliesTo(c.Class, c.SubClass));
                if (common >= 0)
                {
                    conflicts.Add(new Conflict(requirement, limit, contexts[common].SubClass ?? contexts[common].Class));
                    break;
                }
            }
        }

        return conflicts;
    }

    /// <summary>
    /// Checks a crew against the requirements that apply to its class and sub-class: counts the matching drivers and reports a
    /// count below a minimum or above a maximum, as a warning naming the requirement.
    /// </summary>
    public static void Check(IReadOnlyList<CrewRequirement> requirements, Entry entry, IReadOnlyList<Driver> crew, Func<string, WorldRegion?> regionOf, string who, string property, FailureLog log)
    {
        foreach (var requirement in requirements)
        {
            if (!requirement.AppliesTo(entry.Class, entry.SubClass))
            {
                continue;
            }

            var count = 0;
            var unknown = 0;
            foreach (var driver in crew)
            {
                if (Counts(requirement, driver, regionOf))
                {
                    count++;
                }
                else if ((!requirement.Categories.IsEmpty && driver.Category is null)
                    || (!requirement.Regions.IsEmpty && (driver.Nationality is not { } nationality || regionOf(nationality) is null)))
                {
                    unknown++;
                }
            }

            string? broken = null;
            if (requirement.Minimum is { } minimum && count < minimum)
            {
                broken = $"it needs at least {minimum} matching driver{(minimum == 1 ? string.Empty : "s")}";
            }
            else if (requirement.Maximum is { } maximum && count > maximum)
            {
                broken = $"it allows at most {maximum} matching driver{(maximum == 1 ? string.Empty : "s")}";
            }

            if (broken is null)
            {
                continue;
            }

            var names = string.Join(", ", crew.Select(d => $"{d.Name} ({d.Category?.ToString() ?? "no category"}, {d.Nationality ?? "no nationality"})"));
            var note = unknown == 0 ? string.Empty : $" {unknown} driver{(unknown == 1 ? " has" : "s have")} no known {(requirement.Categories.IsEmpty ? "region" : requirement.Regions.IsEmpty ? "category" : "category or region")} and cannot count.";
            log.Warning(
                ErrorCodes.CrewRequirementNotMet,
                property,
                count,
                $"{who}: {Describe.Requirement(requirement)} is not met: {broken}, and the crew ({names}) has {count}.{note}");
        }
    }

    private static bool Has<T>(EquatableArray<T> items, T value)
        where T : struct, Enum
    {
        foreach (var item in items)
        {
            if (EqualityComparer<T>.Default.Equals(item, value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(CrewRequirement outer, CrewRequirement inner)
        => Covers(outer.Categories, inner.Categories) && Covers(outer.Regions, inner.Regions);

    private static bool Covers<T>(EquatableArray<T> outer, EquatableArray<T> inner)
        where T : struct, Enum
    {
        if (outer.IsEmpty)
        {
            return true;
        }

        if (inner.IsEmpty)
        {
            return false;
        }

        foreach (var value in inner)
        {
            if (!Has(outer, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets every (class, sub-class) a car can have: each class alone, and each sub-classification inside its class.</summary>
    private static List<(ClassId Class, ClassId? SubClass)> Contexts(RuleSet rules)
    {
        var contexts = new List<(ClassId, ClassId?)>();
        foreach (var definition in rules.Classes)
        {
            if (definition is null)
            {
                continue;
            }

            contexts.Add(definition.Parent is { } parent ? (parent, definition.Id) : (definition.Id, (ClassId?)null));
        }

        return contexts;
    }
}
