using System.Reflection;
using System.Text.RegularExpressions;
using AsLMS.Scoring.Validation;

namespace AsLMS.Scoring.Tests.Validation;

/// <summary>docs/error-codes.md lists exactly the codes of <see cref="ErrorCodes"/>, each with what the page promises, so the page cannot rot.</summary>
public sealed partial class ErrorCodesDocumentationTests
{
    private static readonly Lazy<string> Page = new(() => File.ReadAllText(Path.Combine(Checkout(), "docs", "error-codes.md")));

    [Fact]
    public void Page_ListsExactlyTheCodesOfErrorCodes()
    {
        var constants = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Name: f.Name, Value: (string)f.GetValue(null)!))
            .ToList();
        Assert.All(constants, c => Assert.Equal(c.Name, c.Value));

        var documented = Heading().Matches(Page.Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(documented.Distinct().Count(), documented.Count);
        Assert.Equal(constants.Select(c => c.Value).Order(), documented.Order());
    }

    [Fact]
    public void Page_GivesEachCodeItsAreaTriggerExampleAndFix()
    {
        var sections = Heading().Split(Page.Value);

        // Split gives the text before the first heading, then code, body, code, body...
        for (var i = 1; i + 1 < sections.Length; i += 2)
        {
            var body = sections[i + 1];
            foreach (var part in new[] { "**Area**", "**Severity**", "**Trigger**", "**Example**", "**Fix**" })
            {
                Assert.True(body.Contains(part, StringComparison.Ordinal), $"{sections[i]} has no {part}.");
            }
        }
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

    [GeneratedRegex(@"^### `(\w+)`\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
