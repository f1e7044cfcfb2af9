using Athar.Store;
using Athar.Store.Postgres;
using Athar.Tests.Cli;

namespace Athar.Tests.Store.Contract;

/// <summary>
/// Several `athar ingest` workers (child processes) on one PostgreSQL database, each given every article, the three
/// reports of each incident far apart in the input so workers hold them at the same time: every article is stored
/// once and searchable, `athar check` is clean, and the events are those of one run of the same input into a SQLite
/// store (incidents are days apart, so the order the workers took them in cannot change them): none fused twice,
/// none split. A worker killed midway leaves its batch to the others.
/// </summary>
public sealed class PostgresWorkersTests : IDisposable
{
    private const int Articles = 240;
    private readonly TempDir _dir = new();
    private readonly TestDatabase _database = PostgresServer.NewDatabase();

    public void Dispose()
    {
        _database.Dispose();
        _dir.Dispose();
    }

    // First reports of every incident, then the second ones, then the third.
    private string Batch() => ConflictCorpus.Write(Path.Combine(_dir.Path, "all.jsonl"),
        Enumerable.Range(0, 3).SelectMany(k => Enumerable.Range(0, Articles / 3).Select(i => (i * 3) + k)));

    [Fact]
    public void Four_workers_store_every_article_once_and_fuse_each_incident_once()
    {
        var batch = Batch();
        var workers = Enumerable.Range(0, 4).Select(_ => ChildAthar.Start("ingest", batch, "--db", _database.Url, "--jobs", "1")).ToList();
        var results = workers.Select(w => w.Finish()).ToList();
        workers.ForEach(w => w.Dispose());
        Assert.All(results, r => Assert.True(r.Code == 0, $"exit {r.Code}: {r.Err}"));
        AssertWhole();
    }

    [Fact]
    public void A_worker_killed_midway_leaves_its_work_to_the_others()
    {
        var batch = Batch();
        using (var doomed = ChildAthar.Start("ingest", batch, "--db", _database.Url, "--jobs", "1"))
        {
            using var survivor = ChildAthar.Start("ingest", batch, "--db", _database.Url, "--jobs", "1");
            Thread.Sleep(new Random(3).Next(2500, 4500));
            doomed.KillHard();
            var (code, _, err) = survivor.Finish();
            Assert.True(code == 0, err);
        }
        AssertWhole();
    }

    private void AssertWhole()
    {
        var (code, stdout, _) = CliRunner.Run("check", "--db", _database.Url);
        Assert.True(code == 0, stdout);
        Assert.Contains($"{Articles} articles stored, {Articles} entries in the search index", stdout, StringComparison.Ordinal);
        using var store = PostgresStore.Open(_database.Url);
        Assert.Equal(0, store.Waiting());
        Assert.Equal(Articles, store.GetArticles(store.IndexStates().Select(s => s.Id).ToList()).Select(a => a.ExternalId).Distinct().Count());
        var single = Path.Combine(_dir.Path, "single.db");
        Assert.Equal(0, CliRunner.Run("ingest", Batch(), "--db", single, "--jobs", "1").Code);
        using var alone = SqliteStore.Open(single);
        Assert.Equal(Groups(alone), Groups(store));
        var search = new Athar.Search.CorpusSearch(store.Search, store).Search(new Athar.Search.SearchRequest { Query = "سراقب" });
        Assert.Equal(24, search.TotalArticles);
    }

    // Each event as the sorted external ids of its sources, sorted: the same incidents fused alike whatever the order.
    private static List<string> Groups(IAtharStore store) => store.AllEvents(new EventQuery())
        .Select(e => string.Join(",", store.GetEvent(e.Id)!.Sources.Select(s => s.Article.ExternalId).Order(StringComparer.Ordinal)))
        .Order(StringComparer.Ordinal).ToList();
}
