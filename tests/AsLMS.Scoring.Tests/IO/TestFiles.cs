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

/// <summary>A folder of its own under the system's temporary folder, deleted with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    public string FullName { get; } = Directory.CreateTempSubdirectory("aslms-").FullName;

    /// <summary>Gets the full path of a file or folder inside.</summary>
    public string PathOf(string relative) => Path.Combine(FullName, relative);

    /// <summary>Writes a file inside and returns its full path.</summary>
    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Copies one of the files of IO/Data inside and returns the copy's full path.</summary>
    public string Copy(string dataFile, string relative)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(TestFiles.PathOf(dataFile), path);
        return path;
    }

    public void Dispose() => Directory.Delete(FullName, recursive: true);
}
