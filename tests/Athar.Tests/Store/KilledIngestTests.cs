using Athar.Search;
using Athar.Store;
using Athar.Tests.Cli;

namespace Athar.Tests.Store;

/// <summary>
/// `kill -9` of an ingest at random moments, again and again: after each kill every stored article is either
/// searchable or known to the store as not yet indexed (never lost, never indexed twice, no entry without an
/// article), `athar check --repair` makes the store whole, and a last ingest completes it.
/// </summary>
public sealed class KilledIngestTests : IDisposable
{
    private const int Articles = 600;
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => Path.Combine(_dir.Path, "athar.db");

    [Fact]
    public void An_ingest_killed_at_random_points_leaves_a_store_check_repairs_whole()
    {
        var batch = ConflictCorpus.Write(Path.Combine(_dir.Path, "batch.jsonl"), 0, Articles);
        var random = new Random(12); // fixed: the same kill points on every run
        for (var kill = 0; kill < 6; kill++)
        {
            using (var child = ChildAthar.Start("ingest", batch, "--db", Db, "--jobs", "2"))
            {
                Thread.Sleep(random.Next(500, 4000));
                child.KillHard();
            }
            if (!File.Exists(Db))
                continue;
            var found = CheckNow();
            Assert.True(found.MissingFromIndex.Count == 0 && found.Orphans.Count == 0 && found.Duplicated.Count == 0,
                $"after kill {kill}: missing {found.MissingFromIndex.Count}, orphans {found.Orphans.Count}, duplicated {found.Duplicated.Count}");
        }

        var (code, stdout, _) = CliRunner.Run("check", "--db", Db, "--repair");
        Assert.True(code == 0, stdout);
        (code, stdout, _) = CliRunner.Run("check", "--db", Db);
        Assert.True(code == 0, stdout);
        Assert.True(CheckNow().Whole);

        (code, stdout, var stderr) = CliRunner.Run("ingest", batch, "--db", Db);
        Assert.True(code == 0, stderr);
        (code, stdout, _) = CliRunner.Run("check", "--db", Db);
        Assert.True(code == 0, stdout);
        Assert.Contains($"{Articles} articles stored, {Articles} entries in the search index", stdout, StringComparison.Ordinal);
    }

    private IndexCheckReport CheckNow()
    {
        using var store = SqliteStore.Open(Db, create: false);
        var folder = ArticleIndex.PathFor(Db);
        if (!ArticleIndex.Exists(folder))
            return new IndexCheckReport(store.IndexStates().Count, 0, store.IndexStates().Select(s => s.Id).ToList(), [], [], [], []);
        using var index = ArticleIndex.OpenForReading(folder);
        return IndexCheck.Run(store, index);
    }
}
