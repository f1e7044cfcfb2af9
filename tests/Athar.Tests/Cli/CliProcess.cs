using System.Diagnostics;
using System.Globalization;

namespace Athar.Tests.Cli;

/// <summary>
/// Runs the built `athar` (athar.dll beside the tests) in a child process, as a user runs it: real standard
/// streams, real exit code, and the process's own peak memory.
/// </summary>
internal static class CliProcess
{
    public sealed record Result(int Code, string Out, string Err, long PeakBytes);

    public static Result Run(TimeSpan timeout, params string[] args) => Run(timeout, args, new Dictionary<string, string>());

    public static Result Run(TimeSpan timeout, string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "athar.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ATHAR_REPORT_PEAK_MEMORY"] = "1";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"athar {string.Join(' ', args)} ran over {timeout}");
        }
        process.WaitForExit();
        var err = stderr.Result;
        const string Peak = "athar: peak memory ";
        var peakLine = err.Split('\n').LastOrDefault(l => l.StartsWith(Peak, StringComparison.Ordinal));
        var peak = peakLine is null ? -1 : long.Parse(peakLine[Peak.Length..].Split(' ')[0], CultureInfo.InvariantCulture);
        return new Result(process.ExitCode, stdout.Result, peakLine is null ? err : err.Replace(peakLine, "", StringComparison.Ordinal).Trim(), peak);
    }
}
