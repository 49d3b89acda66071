using AsLMS.Scoring.Tests.Support;

namespace AsLMS.Scoring.Tests.Seasons;

public sealed class SeasonsDocumentTests
{
    [Fact]
    public void SeasonsDocument_MatchesTheCatalog()
    {
        var path = Checkout.PathOf(SeasonsDocument.RelativePath);
        var rendered = SeasonsDocument.Render();
        if (Environment.GetEnvironmentVariable("ASLMS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.True(File.Exists(path), $"{SeasonsDocument.RelativePath} is missing: run with ASLMS_UPDATE_DOCS=1 to write it.");
        Assert.Equal(rendered, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
