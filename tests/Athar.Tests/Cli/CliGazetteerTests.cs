using System.Text.Json;
using Athar.Cli;
using Athar.Tests.Places;

namespace Athar.Tests.Cli;

/// <summary>Only the CLI looks for the user's gazetteer, and says when it adds one.</summary>
public class CliGazetteerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void The_local_gazetteer_folder_is_athar_gazetteer_then_xdg_data_home_then_the_user_data_folder()
    {
        var both = new Dictionary<string, string?> { ["ATHAR_GAZETTEER"] = "/data/gaz", ["XDG_DATA_HOME"] = "/xdg" };
        Assert.Equal("/data/gaz", CliGazetteer.DefaultDirectory(both.GetValueOrDefault));
        Assert.Equal(Path.Combine("/xdg", "athar"), CliGazetteer.DefaultDirectory(new Dictionary<string, string?> { ["XDG_DATA_HOME"] = "/xdg" }.GetValueOrDefault));
        Assert.EndsWith("athar", CliGazetteer.DefaultDirectory(_ => null), StringComparison.Ordinal);
    }

    // A child process: its environment is its own, so no test running beside this one sees the variable.
    [Fact]
    public void Analyze_adds_the_gazetteer_of_ATHAR_GAZETTEER_and_says_so()
    {
        using var dir = new TempDir();
        var local = FakeMosul.WriteIn(dir.Path);
        var article = dir.File("mosul.txt", FakeMosul.AirStrike);
        var run = CliProcess.Run(Timeout, ["analyze", article, "--published", "2020-09-20"], new Dictionary<string, string> { ["ATHAR_GAZETTEER"] = dir.Path });
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains($"gazetteer: built-in + local {local} (1 place)", run.Err, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Out);
        var used = json.RootElement.GetProperty("localGazetteer");
        Assert.Equal((local, 1), (used.GetProperty("path").GetString(), used.GetProperty("places").GetInt32()));
        var mosul = json.RootElement.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("text").GetString() == "الموصل");
        Assert.Equal(FakeMosul.FakeLat, mosul.GetProperty("lat").GetDouble());
    }

    [Fact]
    public void Without_a_local_gazetteer_analyze_says_nothing_and_the_output_has_no_field_for_it()
    {
        using var dir = new TempDir();
        var article = dir.File("mosul.txt", FakeMosul.AirStrike);
        var run = CliProcess.Run(Timeout, ["analyze", article, "--published", "2020-09-20"], new Dictionary<string, string> { ["ATHAR_GAZETTEER"] = dir.Path });
        Assert.True(run.Code == 0, run.Err);
        Assert.DoesNotContain("gazetteer:", run.Err, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Out);
        Assert.False(json.RootElement.TryGetProperty("localGazetteer", out _));
        var mosul = json.RootElement.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("text").GetString() == "الموصل");
        Assert.Equal(FakeMosul.BuiltInLat, mosul.GetProperty("lat").GetDouble());
    }

    [Fact]
    public void Ingest_says_which_local_gazetteer_it_adds()
    {
        using var dir = new TempDir();
        var local = FakeMosul.WriteIn(dir.Path);
        var article = dir.File("mosul.txt", FakeMosul.AirStrike);
        var db = Path.Combine(dir.Path, "test.db");
        var run = CliProcess.Run(Timeout, ["ingest", article, "--db", db, "--published", "2020-09-20"], new Dictionary<string, string> { ["ATHAR_GAZETTEER"] = dir.Path });
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains($"gazetteer: built-in + local {local} (1 place)", run.Err, StringComparison.Ordinal);
    }
}
