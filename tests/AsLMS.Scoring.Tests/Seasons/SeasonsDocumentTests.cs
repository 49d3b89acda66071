using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.Seasons;

public sealed class SeasonsDocumentTests
{
    [Fact]
    public void SeasonsDocument_MatchesTheCatalog()
    {
        var path = Path.Combine(Checkout(), SeasonsDocument.RelativePath);
        var rendered = SeasonsDocument.Render();
        if (Environment.GetEnvironmentVariable("ASLMS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.True(File.Exists(path), $"{SeasonsDocument.RelativePath} is missing: run with ASLMS_UPDATE_DOCS=1 to write it.");
        Assert.Equal(rendered, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string Checkout()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AsLMS.Scoring.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The checkout (the folder holding AsLMS.Scoring.sln) was not found above the test binaries.");
    }
}
