using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Athar.Cli;
using Athar.Tests.Places;

namespace Athar.Tests.Cli;

/// <summary>The daily rough edges of the CLI: each gives a clear line and a fitting exit code, or just works.</summary>
public sealed class RoughEdgesTests
{
    private const string Article = "قتل ثلاثة عناصر في قصف على #الرقة يوم 14 آذار 2021";

    [Theory]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    public void Utf16_text_is_read_as_text(string form)
    {
        using var dir = new TempDir();
        var bytes = form switch
        {
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Article)],
            _ => Encoding.Unicode.GetBytes(Article),
        };
        var (code, stdout, stderr) = CliRunner.Run("analyze", dir.File($"{form}.txt", bytes));
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(Article.Length, json.RootElement.GetProperty("length").GetInt32());
        Assert.Equal("الرقة", json.RootElement.GetProperty("hashtags")[0].GetProperty("phrase").GetString());
    }

    [Fact]
    public void A_batch_with_a_table_format_is_refused_in_one_line()
    {
        using var dir = new TempDir();
        var batch = dir.File("batch.jsonl", JsonSerializer.Serialize(new { id = "a", text = Article }) + "\n");
        var (code, stdout, stderr) = CliRunner.Run("analyze", "--jsonl", batch, "--format", "table");
        Assert.Equal(CommandRunner.UserError, code);
        Assert.Empty(stdout);
        Assert.Contains("--format table", stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Whereabouts_of_an_actor_the_store_does_not_know_exits_with_not_found()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "athar.db");
        Assert.Equal(0, CliRunner.Run("ingest", CliRunner.SeedPath, "--db", db, "--published", "2020-09-20").Code);
        var (code, stdout, stderr) = CliRunner.Run("whereabouts", "nobody-at-all", "--db", db);
        Assert.Equal(CommandRunner.NotFound, code);
        Assert.Empty(stdout);
        Assert.Contains("no actor 'nobody-at-all'", stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("whereabouts", "داعش", "--db", db).Code);
    }

    [Fact]
    public void A_geonames_zip_is_read_like_the_dump_inside_it()
    {
        using var dir = new TempDir();
        var zip = Path.Combine(dir.Path, "SY.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            archive.CreateEntryFromFile(Path.Combine(Path.GetDirectoryName(PlaceTestSet.Path)!, "geonames-excerpt.txt"), "SY.txt");
            using var readme = new StreamWriter(archive.CreateEntry("readme.txt").Open());
            readme.Write("GeoNames readme: not a dump");
        }
        var (code, stdout, stderr) = CliRunner.Run("gazetteer", "import", zip, "--gazetteer-dir", Path.Combine(dir.Path, "gazetteer"));
        Assert.True(code == 0, stderr);
        Assert.Contains("SY.zip:SY.txt: 6 places imported", stdout, StringComparison.Ordinal);
        Assert.Contains("6 places (6 new)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_without_a_dump_is_refused()
    {
        using var dir = new TempDir();
        var zip = Path.Combine(dir.Path, "empty.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            archive.CreateEntry("readme.txt");
        var (code, _, stderr) = CliRunner.Run("gazetteer", "import", zip, "--gazetteer-dir", Path.Combine(dir.Path, "gazetteer"));
        Assert.Equal(CommandRunner.UserError, code);
        Assert.Contains("no GeoNames dump", stderr, StringComparison.Ordinal);
    }
}
