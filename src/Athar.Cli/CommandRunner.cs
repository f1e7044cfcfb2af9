using System.CommandLine;
using Athar.Input;

namespace Athar.Cli;

/// <summary>
/// Runs a command line with Athar's exit codes: 0 success, 1 internal error, 2 user error (bad option,
/// missing or unreadable input), 3 a batch finished with some items failed, 4 not found. Errors are one line on stderr.
/// </summary>
public static class CommandRunner
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int UserError = 2;
    public const int PartialFailure = 3;

    /// <summary>What was asked for is not in the store (an unknown actor).</summary>
    public const int NotFound = 4;

    public static int Run(RootCommand root, string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = stdout ?? Console.Out;
        var error = stderr ?? Console.Error;
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            error.WriteLine($"athar: {parsed.Errors[0].Message}{(parsed.Errors.Count > 1 ? $" (and {parsed.Errors.Count - 1} more)" : "")}; see --help");
            return UserError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UserInputException e)
        {
            error.WriteLine($"athar: {e.Message}");
            return UserError;
        }
        catch (Exception e)
        {
            error.WriteLine($"athar: internal error: {e.Message}");
            if (Environment.GetEnvironmentVariable("ATHAR_DEBUG") == "1")
                error.WriteLine(e);
            return InternalError;
        }
    }
}
