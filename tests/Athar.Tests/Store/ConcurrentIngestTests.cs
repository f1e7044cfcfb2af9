using Athar.Store;
using Athar.Tests.Cli;

namespace Athar.Tests.Store;

/// <summary>
/// Several `athar ingest` processes into one SQLite store at once: they take turns (one writer at a time),
/// every article ends stored once and searchable, `athar check` finds the store whole, and the events are
/// those of one run over the same articles in the order they were stored (fusion depends on that order only).
/// </summary>
public sealed class ConcurrentIngestTests : IDisposable
{
    private const int Articles = 240;
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => Path.Combine(_dir.Path, "athar.db");

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Concurrent_ingests_store_every_article_once_and_searchable(int workers)
    {
        // Overlapping slices: each article is offered by one or two workers.
        var width = Articles * 2 / (workers + 1);
        var step = (Articles - width) / (workers - 1);
        var batches = Enumerable.Range(0, workers)
            .Select(w => ConflictCorpus.Write(Path.Combine(_dir.Path, $"batch{w}.jsonl"), w * step, w == workers - 1 ? Articles : (w * step) + width))
            .ToList();
        var children = batches.Select(b => ChildAthar.Start("ingest", b, "--db", Db, "--jobs", "2")).ToList();
        var results = children.Select(c => c.Finish()).ToList();
        foreach (var child in children)
            child.Dispose();
        Assert.All(results, r => Assert.True(r.Code == 0, $"exit {r.Code}: {r.Err}"));
        Assert.Contains(results, r => r.Err.Contains("is being written by process", StringComparison.Ordinal));

        var (code, stdout, _) = CliRunner.Run("check", "--db", Db);
        Assert.True(code == 0, stdout);
        Assert.Contains($"{Articles} articles stored, {Articles} entries in the search index", stdout, StringComparison.Ordinal);
        Assert.Contains("whole", stdout, StringComparison.Ordinal);
        Assert.Equal(Articles, StoredNumbers(Db).Distinct().Count());
        var (searchCode, found, _) = CliRunner.Run("search", "سراقب", "--db", Db, "--format", "json");
        Assert.Equal(0, searchCode);
        using var json = System.Text.Json.JsonDocument.Parse(found);
        Assert.True(json.RootElement.GetProperty("totalArticles").GetInt32() == 24, found[..Math.Min(found.Length, 400)]); // 8 incidents in Saraqib, 3 articles each

        var single = Path.Combine(_dir.Path, "single.db");
        var inStoredOrder = ConflictCorpus.Write(Path.Combine(_dir.Path, "ordered.jsonl"), StoredNumbers(Db));
        Assert.Equal(0, CliRunner.Run("ingest", inStoredOrder, "--db", single, "--jobs", "1").Code);
        Assert.Equal(Events(single), Events(Db));
    }

    [Fact]
    public void With_no_wait_a_second_ingest_exits_2_naming_the_writer()
    {
        var big = ConflictCorpus.Write(Path.Combine(_dir.Path, "big.jsonl"), 0, 1500);
        using var first = ChildAthar.Start("ingest", big, "--db", Db, "--jobs", "1");
        var lockFile = WriterLock.PathFor(Db);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!(File.Exists(lockFile) && ReadShared(lockFile).Contains($"process {first.Id} ", StringComparison.Ordinal)))
        {
            Assert.False(first.HasExited, "the first ingest ended before taking the lock");
            Assert.True(DateTime.UtcNow < deadline, "the first ingest never took the lock");
            Thread.Sleep(50);
        }
        var small = ConflictCorpus.Write(Path.Combine(_dir.Path, "small.jsonl"), 0, 3);
        var (code, _, stderr) = CliRunner.Run("ingest", small, "--db", Db, "--no-wait");
        Assert.Equal(2, code);
        Assert.Contains($"is being written by process {first.Id} on {Environment.MachineName} since", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void One_process_cannot_take_the_writer_lock_twice()
    {
        using var held = WriterLock.TryAcquire(Db, out _);
        Assert.NotNull(held);
        Assert.Null(WriterLock.TryAcquire(Db, out var holder));
        Assert.Contains("this process", holder, StringComparison.Ordinal);
        held!.Dispose();
        using var again = WriterLock.TryAcquire(Db, out _);
        Assert.NotNull(again);
    }

    [Fact]
    public void The_index_writer_lock_is_honoured()
    {
        var folder = Athar.Search.ArticleIndex.PathFor(Db);
        using var first = Athar.Search.ArticleIndex.OpenForWriting(folder);
        var refused = Assert.Throws<Athar.Input.UserInputException>(() => Athar.Search.ArticleIndex.OpenForWriting(folder));
        Assert.Contains("being written by another ingest", refused.Message, StringComparison.Ordinal);
    }

    private static string ReadShared(string path)
    {
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        return reader.ReadToEnd();
    }

    /// <summary>The corpus numbers of the stored articles, in the order they were stored.</summary>
    internal static List<int> StoredNumbers(string db)
    {
        using var store = SqliteStore.Open(db, create: false);
        var ids = store.IndexStates().Select(s => s.Id).ToList();
        return store.GetArticles(ids).OrderBy(a => a.Id).Select(a => int.Parse(a.ExternalId![1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>Each event as its type, dates, place and the external ids of its sources, in a stable order.</summary>
    internal static List<string> Events(string db)
    {
        using var store = SqliteStore.Open(db, create: false);
        return store.AllEvents(new EventQuery()).Select(e =>
        {
            var sources = store.GetEvent(e.Id)!.Sources.Select(s => s.Article.ExternalId).Order(StringComparer.Ordinal);
            return $"{e.Type} {e.When?.Start} {e.When?.End} {e.Where?.Name} {e.Fatalities} {e.Injured} {e.IndependentSources}/{e.Sources}: {string.Join(",", sources)}";
        }).Order(StringComparer.Ordinal).ToList();
    }
}
