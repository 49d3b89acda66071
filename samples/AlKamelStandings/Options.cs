using System.Diagnostics.CodeAnalysis;

namespace AlKamelStandings;

/// <summary>The command line: a folder of Al Kamel files and the optional rule set, entry data and round order.</summary>
internal sealed record Options(string Folder, string? Rules, string? EntryData, IReadOnlyList<string>? Order)
{
    public static bool TryParse(string[] args, [NotNullWhen(true)] out Options? options, [NotNullWhen(false)] out string? error)
    {
        options = null;
        string? folder = null, rules = null, entryData = null, order = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--rules" or "--entry-data" or "--order")
            {
                if (i + 1 >= args.Length)
                {
                    error = $"{arg} needs a value.";
                    return false;
                }

                var value = args[++i];
                _ = arg switch
                {
                    "--rules" => rules = value,
                    "--entry-data" => entryData = value,
                    _ => order = value,
                };
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) || folder is not null)
            {
                error = $"Unexpected argument '{arg}'.";
                return false;
            }
            else
            {
                folder = arg;
            }
        }

        if (folder is null)
        {
            error = "Give the folder of Al Kamel files.";
            return false;
        }

        var names = order?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        options = new Options(folder, rules, entryData, names);
        error = null;
        return true;
    }

    /// <summary>Gets the files in round order: those <see cref="Order"/> names, or every <c>*.csv</c> of the folder by name.</summary>
    /// <exception cref="IOException">The folder is missing, or a name of the order has no file.</exception>
    public IReadOnlyList<string> Files()
    {
        if (!Directory.Exists(Folder))
        {
            throw new DirectoryNotFoundException($"No folder '{Folder}'.");
        }

        var files = Directory.GetFiles(Folder, "*.csv").Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (Order is null)
        {
            return files;
        }

        var byName = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase);
        var missing = Order.Where(name => !byName.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException($"No file for {string.Join(", ", missing)} in '{Folder}' (it has {string.Join(", ", byName.Keys)}).");
        }

        return Order.Select(name => byName[name]).ToList();
    }
}
