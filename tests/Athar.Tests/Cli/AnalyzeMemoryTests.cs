namespace Athar.Tests.Cli;

/// <summary>
/// A large article costs memory in proportion to its size: the result is written as it is made (never held
/// whole as a JSON tree or one table), so the peak of a run stays a small multiple of the input above the
/// peak for a short article. Each run is a child process reporting its own peak resident memory. The GC's
/// gen0 budget is pinned to 4 MB: by default it follows the CPU's cache (260 MB on the CI host), so the peak
/// would measure how lazily garbage is collected, not what the command holds.
/// </summary>
public sealed class AnalyzeMemoryTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Theory]
    [InlineData("json", 55)]
    [InlineData("table", 110)]
    public void A_large_article_takes_memory_in_proportion_to_its_size(string format, int bytesPerInputByte)
    {
        using var dir = new TempDir();
        var seed = File.ReadAllText(CliRunner.SeedPath);
        var large = dir.File("large.txt", string.Concat(Enumerable.Repeat(seed + "\n", 150)));
        var size = new FileInfo(large).Length;
        var small = CliProcess.Run(Timeout, ["analyze", CliRunner.SeedPath, "--published", "2020-09-20", "--format", format], SmallGen0);
        var big = CliProcess.Run(Timeout, ["analyze", large, "--published", "2020-09-20", "--format", format], SmallGen0);
        Assert.True(small.Code == 0 && big.Code == 0, small.Err + big.Err);
        Assert.True(small.PeakBytes > 0 && big.PeakBytes > 0, "no peak memory reported");
        Assert.True(big.Out.Length > size, "the large article's result is written whole");
        var perInputByte = (double)(big.PeakBytes - small.PeakBytes) / size;
        Assert.True(perInputByte <= bytesPerInputByte,
            $"{size / 1e6:F1} MB of {format} input took {(big.PeakBytes - small.PeakBytes) / 1e6:F0} MB above a short article's {small.PeakBytes / 1e6:F0} MB: {perInputByte:F0} bytes per input byte (limit {bytesPerInputByte})");
    }

    private static readonly Dictionary<string, string> SmallGen0 = new() { ["DOTNET_GCgen0size"] = "0x400000" };
}
