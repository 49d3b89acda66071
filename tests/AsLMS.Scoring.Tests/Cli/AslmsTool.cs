using System.Diagnostics;

namespace AsLMS.Scoring.Tests.Cli;

/// <summary>What one run of the tool gave: its exit code and what it wrote to standard output and standard error.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}--- stdout:{Environment.NewLine}{Output}--- stderr:{Environment.NewLine}{Error}";
}

/// <summary>
/// The built <c>aslms.dll</c>, run as a process (<c>dotnet aslms.dll ...</c>) in a temporary folder that holds two demo seasons, written
/// once for a test class by the tool itself: <c>demo/</c> (the generated demo rule set, 6 races) and <c>season/</c> (results for the
/// built-in 2023-24 calendar and classes, 5 races). The tool is built with the tests: the test project references the CLI project, which
/// copies aslms.dll, its runtime configuration and System.CommandLine.dll next to the tests.
/// </summary>
public sealed class AslmsTool : IDisposable
{
    public AslmsTool()
    {
        Dll = Path.Combine(AppContext.BaseDirectory, "aslms.dll");
        if (!File.Exists(Dll))
        {
            throw new InvalidOperationException($"The tool was not built next to the tests: {Dll} is missing.");
        }

        Folder = Directory.CreateTempSubdirectory("aslms-cli-tests-").FullName;
        var demo = Run("demo", "demo");
        var season = Run("demo", "season", "--season", "2023-24");
        if (demo.ExitCode != 0 || season.ExitCode != 0)
        {
            throw new InvalidOperationException($"The demo seasons could not be written:{Environment.NewLine}{demo}{Environment.NewLine}{season}");
        }
    }

    public string Dll { get; }

    public string Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public ToolRun Run(params string[] args) => RunIn(Folder, args);

    /// <summary>Runs the tool in a folder of its own (created if needed).</summary>
    public ToolRun RunIn(string folder, params string[] args)
    {
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"aslms {string.Join(' ', args)} did not finish within a minute.");
        }

        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
