using System.Text.Json;

namespace Athar.Tests.Cli;

public class BatchAnalyzeTests
{
    [Fact]
    public void Each_line_gives_one_result_carrying_its_id_and_a_bad_line_does_not_stop_the_rest()
    {
        using var dir = new TempDir();
        var lines = string.Join('\n',
            """{"id": "a1", "text": "اعتقلت القوات التركية ثلاثة مشتبهين في #اسطنبول", "published": "2023-09-27"}""",
            """{"id": "a2", "text": "نص", "published": "27/09/2023"}""",
            """this is not json""",
            "",
            """{"id": "a4"}""",
            """{"id": 5, "text": "قصف مدفعي على قرية شمال منبج", "url": "https://example.org/x"}""");
        var (code, stdout, stderr) = CliRunner.Run("analyze", "--jsonl", dir.File("batch.jsonl", lines), "--format", "json");
        Assert.Equal(3, code); // finished, some lines failed
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, results.Count);
        Assert.Equal("a1", results[0].GetProperty("id").GetString());
        Assert.Equal("2023-09-27", results[0].GetProperty("published").GetString());
        Assert.Single(results[0].GetProperty("hashtags").EnumerateArray());
        Assert.Equal("a2", results[1].GetProperty("id").GetString());
        Assert.Contains("published", results[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, results[2].GetProperty("line").GetInt32());
        Assert.True(results[2].TryGetProperty("error", out _));
        Assert.Contains("text", results[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("5", results[4].GetProperty("id").GetString());
        Assert.Equal("https://example.org/x", results[4].GetProperty("url").GetString());
        Assert.Equal(3, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Lone_surrogates_invalid_utf8_and_absurd_dates_fail_their_line_only()
    {
        using var dir = new TempDir();
        var good = System.Text.Encoding.UTF8.GetBytes("{\"id\": \"ok\", \"text\": \"قصف مدفعي على قرية شمال منبج\"}\n");
        var surrogate = System.Text.Encoding.UTF8.GetBytes("{\"id\": \"s\", \"text\": \"\\ud800 نص\"}\n");
        byte[] invalid = [.. System.Text.Encoding.UTF8.GetBytes("{\"id\": \"u\", \"text\": \""), 0xC3, 0x28, .. System.Text.Encoding.UTF8.GetBytes("\"}\n")];
        var ancient = System.Text.Encoding.UTF8.GetBytes("{\"id\": \"d\", \"text\": \"أمس\", \"published\": \"0001-01-01\"}\n");
        var path = dir.File("mixed.jsonl", [.. surrogate, .. invalid, .. ancient, .. good]);
        var (code, stdout, _) = CliRunner.Run("analyze", "--jsonl", path);
        Assert.Equal(3, code);
        var results = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal(["s", null, "d"], results.Take(3).Select(r => r.GetProperty("id").GetString()));
        Assert.All(results.Take(3), r => Assert.True(r.TryGetProperty("error", out _)));
        Assert.Equal("ok", results[3].GetProperty("id").GetString());
        Assert.False(results[3].TryGetProperty("error", out _));
    }

    [Fact]
    public void A_batch_of_good_lines_exits_zero()
    {
        using var dir = new TempDir();
        var path = dir.File("ok.jsonl", """{"id": "x", "text": "سيطرت هيئة تحرير الشام على قرى في ريف إدلب"}""" + "\n");
        var (code, stdout, _) = CliRunner.Run("analyze", "--jsonl", path);
        Assert.Equal(0, code);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void File_and_jsonl_together_are_refused()
    {
        using var dir = new TempDir();
        var path = dir.File("ok.jsonl", "{}\n");
        Assert.Equal(2, CliRunner.Run("analyze", CliRunner.SeedPath, "--jsonl", path).Code);
    }
}
