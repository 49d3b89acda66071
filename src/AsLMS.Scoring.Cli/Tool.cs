using System.CommandLine;
using System.Text.Json;
using AsLMS.Scoring.IO;

namespace AsLMS.Scoring.Cli;

/// <summary>The process's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>A rule set or results fail validation (errors, not warnings): listed on standard error, or on standard output by <c>validate</c>.</summary>
    public const int ValidationFailures = 1;

    /// <summary>The command line is wrong, or a file is missing or cannot be read (the message names it and, for a bad file, the line and column).</summary>
    public const int UsageOrInput = 2;

    /// <summary>A fault of the tool itself: a short message on standard error, never the user's input.</summary>
    public const int InternalError = 3;
}

/// <summary>
/// The <c>aslms</c> command line: <c>seasons</c>, <c>validate</c>, <c>standings</c>, <c>compare</c>, <c>export</c> and <c>demo</c>, each
/// with <c>--format text|json|markdown</c>. Results go to standard output, errors to standard error, and the exit code says which
/// (<see cref="ExitCodes"/>); bad input never prints a stack trace.
/// </summary>
internal static class Tool
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = Commands.Build(output, error);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"aslms: error: {problem.Message}");
            }

            error.WriteLine("Run 'aslms --help' for usage.");
            return ExitCodes.UsageOrInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InputFormatException ex)
        {
            error.WriteLine($"aslms: error: cannot read the input ({ex.Failures.Count} problem{(ex.Failures.Count == 1 ? string.Empty : "s")}):");
            foreach (var failure in ex.Failures)
            {
                error.WriteLine($"  {failure}");
            }

            return ExitCodes.UsageOrInput;
        }
        catch (ScoringInputException ex)
        {
            error.WriteLine("aslms: error: the input cannot be scored:");
            foreach (var failure in ex.Errors)
            {
                error.WriteLine($"  {failure.Severity} {failure.ErrorCode} {failure.PropertyName}: {failure.ErrorMessage}");
            }

            return ExitCodes.ValidationFailures;
        }
        catch (UsageException ex)
        {
            error.WriteLine($"aslms: error: {ex.Message}");
            return ExitCodes.UsageOrInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            error.WriteLine($"aslms: error: {ex.Message}");
            return ExitCodes.UsageOrInput;
        }
#pragma warning disable CA1031 // The last resort: a fault of the tool is reported in one line rather than as a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"aslms: internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.InternalError;
        }
    }
}
