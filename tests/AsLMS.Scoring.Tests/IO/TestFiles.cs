using System.Text;
using AsLMS.Scoring.IO;

namespace AsLMS.Scoring.Tests.IO;

/// <summary>The hand-written files of IO/Data, and helpers to read text as a file.</summary>
internal static class TestFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "IO", "Data", name);

    public static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    /// <summary>Runs a read that must fail, and returns its single failure (asserting there is exactly one).</summary>
    public static InputFailure SingleFailure(Action read)
    {
        var ex = Assert.Throws<InputFormatException>(read);
        return Assert.Single(ex.Failures);
    }
}
