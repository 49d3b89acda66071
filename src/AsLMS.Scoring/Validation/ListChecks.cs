namespace AsLMS.Scoring.Validation;

/// <summary>The checks every list of a rule set gets: no null element, and no identifier used twice.</summary>
internal static class ListChecks
{
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
