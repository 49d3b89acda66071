namespace AsLMS.Scoring.Tests.Support;

/// <summary>
/// Locates the checkout (the folder holding <c>AsLMS.Scoring.sln</c>) above the test binaries, for tests that compare a committed
/// file (docs/seasons.md, the public API listing) with what the code produces.
/// </summary>
internal static class Checkout
{
    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>Gets the checkout's folder, or null when the test binaries are not inside one.</summary>
    public static string? DirectoryOrNull => Found.Value;

    /// <summary>Gets the full path of a file inside the checkout.</summary>
    /// <exception cref="InvalidOperationException">The test binaries are not inside a checkout.</exception>
    public static string PathOf(string relative)
        => Path.Combine(
            Found.Value ?? throw new InvalidOperationException("The checkout (the folder holding AsLMS.Scoring.sln) was not found above the test binaries."),
            relative);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AsLMS.Scoring.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
