using Athar.Corpus.Ingest;
using Athar.Input;
using Athar.Search;
using Athar.Store;
using Athar.Tests.Cli;

namespace Athar.Tests.Corpus;

public sealed class CorpusIngesterTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly Pipeline _pipeline = AtharPipeline.CreateDefault();

    public void Dispose() => _dir.Dispose();

    private string Db => Path.Combine(_dir.Path, "c.db");

    private IReadOnlyList<string> WriteArticles()
    {
        var batch = string.Join('\n',
            System.Text.Json.JsonSerializer.Serialize(new { id = "alpha-101", text = NewsFixtures.StrikeText, published = "2023-03-14", url = "https://alpha-news.example/1" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "beta-7", text = NewsFixtures.SecondOutletText, published = "2023-03-14" }),
            "{broken");
        return
        [
            _dir.File("news.jsonl", batch),
            _dir.File("shelling.txt", NewsFixtures.ShellingText),
            _dir.File("copy.txt", NewsFixtures.SyndicatedText),
            _dir.File("same-again.txt", "\n" + NewsFixtures.ShellingText.Replace("\n", "\r\n", StringComparison.Ordinal) + "\n"),
        ];
    }

    private IngestSummary Ingest(IReadOnlyList<string> files, int jobs = 1, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        using var store = SqliteStore.Open(Db);
        using var index = ArticleIndex.OpenForWriting(ArticleIndex.PathFor(Db));
        var ingester = new CorpusIngester(_pipeline, store, index, new IngestOptions { Jobs = jobs, BatchSize = 2 });
        return ingester.Run(files, new ArticleSources(InputLimits.Default), progress, cancel);
    }

    [Fact]
    public void Ingesting_twice_stores_each_content_once_and_reports_what_was_already_there()
    {
        var files = WriteArticles();
        var first = Ingest(files);
        Assert.Equal((4, 1, 1), (first.Added, first.Existing, first.Failed)); // same-again.txt is shelling.txt rewrapped
        Assert.Equal(1, first.NearDuplicates);
        Assert.Contains(first.Failures, f => f.Origin.EndsWith("news.jsonl:3", StringComparison.Ordinal));
        var second = Ingest(files, jobs: 2);
        Assert.Equal((0, 5, 1), (second.Added, second.Existing, second.Failed));
        using var store = SqliteStore.Open(Db);
        Assert.Equal(4, store.Stats().Articles);
        using var index = ArticleIndex.OpenForReading(ArticleIndex.PathFor(Db));
        Assert.Equal(4, index.Count);
    }

    [Fact]
    public void Parallel_analysis_stores_articles_in_input_order()
    {
        var files = WriteArticles();
        Ingest(files, jobs: 3);
        using var store = SqliteStore.Open(Db);
        Assert.Equal(["alpha-101", "beta-7", "shelling", "copy"], store.GetArticles([1, 2, 3, 4]).Select(a => a.ExternalId));
    }

    [Fact]
    public void Articles_stored_but_not_indexed_before_a_stop_are_indexed_on_the_next_run()
    {
        var files = WriteArticles();
        using (var store = SqliteStore.Open(Db))
        {
            // A run that stopped after the store transaction and before the index commit.
            var ingester = new CorpusIngester(_pipeline, store, null, new IngestOptions());
            Assert.Equal(4, ingester.Run(files, new ArticleSources(InputLimits.Default)).Added);
        }
        var resumed = Ingest(files);
        Assert.Equal((0, 4), (resumed.Added, resumed.Reindexed));
        using var index = ArticleIndex.OpenForReading(ArticleIndex.PathFor(Db));
        Assert.Equal(4, index.Count);
        Assert.Equal(0, Ingest(files).Reindexed);
    }

    [Fact]
    public void A_cancelled_ingest_keeps_what_it_stored_and_a_rerun_completes_without_duplicates()
    {
        var files = WriteArticles();
        using var cancel = new CancellationTokenSource();
        var stopped = Ingest(files, progress: new StopAfterFirst(cancel), cancel: cancel.Token);
        Assert.True(stopped.Cancelled);
        Assert.True(stopped.Added < 4);
        var rest = Ingest(files);
        Assert.Equal(4, stopped.Added + rest.Added);
        using var store = SqliteStore.Open(Db);
        Assert.Equal(4, store.Stats().Articles);
    }

    [Fact]
    public void Progress_counts_files_and_ends_with_all_files_done()
    {
        var files = WriteArticles();
        var seen = new List<IngestProgress>();
        Ingest(files, progress: new Collect(seen));
        Assert.All(seen, p => Assert.Equal(4, p.FilesTotal));
        Assert.Equal(4, seen[^1].FilesDone);
        Assert.Equal(4, seen[^1].Added);
    }

    private sealed class StopAfterFirst(CancellationTokenSource cancel) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            if (value.Added + value.Existing + value.Failed >= 1)
                cancel.Cancel();
        }
    }

    private sealed class Collect(List<IngestProgress> seen) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => seen.Add(value);
    }
}
