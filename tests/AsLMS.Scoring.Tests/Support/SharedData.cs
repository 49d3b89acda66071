namespace AsLMS.Scoring.Tests.Support;

/// <summary>
/// Locates the project's shared material (<c>../shared</c> beside the checkout: real timing files, the F1 oracle, regulations).
/// Nothing from it is ever copied into the repository; tests that need it skip with a message when it is absent.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>Gets the shared folder, or null when it is absent.</summary>
    public static string? Directory => Root.Value;

    /// <summary>Gets the full path of a file or folder inside the shared folder, or null when absent.</summary>
    public static string? PathOf(string relative)
    {
        if (Directory is null)
        {
            return null;
        }

        var path = Path.Combine(Directory, relative);
        return File.Exists(path) || System.IO.Directory.Exists(path) ? path : null;
    }

    /// <summary>Gets why a test that needs a path inside the shared folder is skipped, or null when the path exists.</summary>
    public static string? SkipMessage(string relative)
        => PathOf(relative) is null
            ? $"Skipped: '../shared/{relative}' is not available beside this checkout (set ASLMS_SHARED_DIR to point elsewhere)."
            : null;

    private static string? Find()
    {
        var overridden = Environment.GetEnvironmentVariable("ASLMS_SHARED_DIR");
        if (!string.IsNullOrEmpty(overridden))
        {
            return System.IO.Directory.Exists(overridden) ? Path.GetFullPath(overridden) : null;
        }

        // Walk up from the test binaries to the checkout (the folder holding AsLMS.Scoring.sln), then look beside it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AsLMS.Scoring.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return System.IO.Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that runs only when a path inside <c>../shared</c> exists, and is skipped with a message otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        RelativePath = relativePath;
        Skip = SharedData.SkipMessage(relativePath);
    }

    public string RelativePath { get; }
}

/// <summary>A theory that runs only when a path inside <c>../shared</c> exists, and is skipped with a message otherwise.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        RelativePath = relativePath;
        Skip = SharedData.SkipMessage(relativePath);
    }

    public string RelativePath { get; }
}
