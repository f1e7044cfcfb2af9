using System.Text.Json;
using Athar.Tests.Cli;

namespace Athar.Tests.Store.Contract;

/// <summary>The corpus commands on a PostgreSQL --db (and ATHAR_DB as the default): ingest, search, export, whereabouts, check.</summary>
public sealed class ServerCommandsTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly TestDatabase _database = PostgresServer.NewDatabase();

    public void Dispose()
    {
        _database.Dispose();
        _dir.Dispose();
    }

    [Fact]
    public void Every_corpus_command_works_on_a_PostgreSQL_database_named_by_ATHAR_DB_or_db()
    {
        var batch = ConflictCorpus.Write(Path.Combine(_dir.Path, "batch.jsonl"), 0, 30);
        using (var child = ChildAthar.Start(new Dictionary<string, string> { ["ATHAR_DB"] = _database.Url }, "ingest", batch, "--jobs", "1"))
        {
            var (code, stdout, stderr) = child.Finish();
            Assert.True(code == 0, stderr);
            Assert.Contains("30 new", stdout, StringComparison.Ordinal);
            Assert.Contains("postgresql://", stdout, StringComparison.Ordinal);
        }
        var db = _database.Url;
        var search = CliRunner.Run("search", "سراقب", "--db", db, "--format", "json");
        Assert.Equal(0, search.Code);
        using (var json = JsonDocument.Parse(search.Out))
            Assert.Equal(3, json.RootElement.GetProperty("totalArticles").GetInt32());
        var export = CliRunner.Run("export", "--db", db, "--format", "geojson", "--bbox", "35,32,42,37");
        Assert.Equal(0, export.Code);
        Assert.Contains("FeatureCollection", export.Out, StringComparison.Ordinal);
        var whereabouts = CliRunner.Run("whereabouts", "قوات النظام", "--db", db, "--format", "json");
        Assert.True(whereabouts.Code == 0, whereabouts.Err);
        using (var json = JsonDocument.Parse(whereabouts.Out))
            Assert.Equal("syria_gov_forces", json.RootElement.GetProperty("actors")[0].GetProperty("id").GetString());
        Assert.Equal(4, CliRunner.Run("whereabouts", "isis", "--db", db).Code); // the corpus never names it
        var check = CliRunner.Run("check", "--db", db);
        Assert.True(check.Code == 0, check.Out);
        Assert.Contains("30 articles stored, 30 entries in the search index", check.Out, StringComparison.Ordinal);
    }
}
