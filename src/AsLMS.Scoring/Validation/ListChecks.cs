using AsLMS.Scoring.Rules;

namespace AsLMS.Scoring.Validation;

/// <summary>The checks every list of a rule set gets (no null element, no identifier used twice), and look-ups that survive null elements.</summary>
internal static class ListChecks
{
    /// <summary>Finds a class of a rule set, skipping null elements (which validation reports on their own).</summary>
    public static ClassDefinition? FindClass(RuleSet rules, ClassId id)
    {
        foreach (var definition in rules.Classes)
        {
            if (definition is not null && definition.Id == id)
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>Finds a table of a rule set, skipping null elements (which validation reports on their own).</summary>
    public static ChampionshipTable? FindTable(RuleSet rules, TableId id)
    {
        foreach (var table in rules.Tables)
        {
            if (table is not null && table.Id == id)
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>Reports null elements and second uses of a key; a key is named in paths by <paramref name="index"/>.</summary>
    public static void Check<T, TKey>(EquatableArray<T> items, Func<T, TKey> key, Func<T, string> index, string code, Func<T, string> message, FailureLog log)
        where T : class
    {
        var seen = new HashSet<TKey>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                log.Error(ErrorCodes.MissingValue, $"[{i}]", null, $"Element {i} is null.");
            }
            else if (!seen.Add(key(item)))
            {
                log.Error(code, index(item), key(item), message(item));
            }
        }
    }
}
