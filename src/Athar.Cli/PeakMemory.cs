using System.Globalization;

namespace Athar.Cli;

/// <summary>
/// With ATHAR_REPORT_PEAK_MEMORY=1 the command ends by telling its peak resident memory on stderr
/// («athar: peak memory 123456789 bytes»): how the memory tests (and anyone sizing a machine) measure a run.
/// </summary>
internal static class PeakMemory
{
    public const string Variable = "ATHAR_REPORT_PEAK_MEMORY";

    public const string Prefix = "athar: peak memory ";

    public static string Line() => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Bytes()} bytes");

    // Linux keeps the high-water mark of the resident set in /proc/self/status (VmHWM, in kB); elsewhere .NET's own figure.
    private static long Bytes()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }
        return Environment.WorkingSet;
    }
}
