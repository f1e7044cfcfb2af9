using System.Collections.Concurrent;
using System.Diagnostics;
using Athar.Search;
using Athar.Store;

namespace Athar.Corpus.Ingest;

/// <summary>How an ingest runs: analysis threads, articles per store transaction, articles per index commit.</summary>
public sealed record IngestOptions
{
    public int Jobs { get; init; } = 1;
    public int BatchSize { get; init; } = 64;
    public int IndexCommitEvery { get; init; } = 2000;
}

/// <summary>Where an ingest stands, reported after every input item.</summary>
public sealed record IngestProgress(int FilesDone, int FilesTotal, int Added, int Existing, int Failed, long Bytes, TimeSpan Elapsed);

public sealed record IngestFailure(string Origin, string Message);

/// <summary>
/// What an ingest did. Added and Existing count articles (Existing: the same content was stored already);
/// NearDuplicates counts added articles flagged as syndicated copies; the three times split the work.
/// </summary>
public sealed record IngestSummary(
    int Files, int Added, int Existing, int Failed, int NearDuplicates, int Reindexed, long Bytes, TimeSpan Elapsed,
    IReadOnlyList<IngestFailure> Failures, bool Cancelled, TimeSpan PipelineTime, TimeSpan StoreTime, TimeSpan IndexTime);

/// <summary>
/// Reads articles, analyses new ones (in parallel when asked, results kept in input order), and saves them in
/// small transactions, each followed by indexing. Content already stored is recognised by hash before any
/// analysis. Interrupted, it stops after the batch in hand; articles stored but not yet indexed (a stop
/// between the two) are indexed at the start of the next run, so a rerun neither loses nor duplicates.
/// </summary>
public sealed class CorpusIngester(Pipeline pipeline, IAtharStore store, ArticleIndex? index, IngestOptions options)
{
    private long _pipelineTicks;

    public IngestSummary Run(IReadOnlyList<string> files, ArticleSources sources, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default) =>
        Run(files.SelectMany((file, i) => sources.Read(file).Select(item => (FileIndex: i, Item: item))), files.Count, progress, cancel);

    /// <summary>Articles read already (a polled feed's items): each counts as one file.</summary>
    public IngestSummary Run(IReadOnlyList<SourceItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default) =>
        Run(items.Select((item, i) => (FileIndex: i, Item: item)), items.Count, progress, cancel);

    private IngestSummary Run(IEnumerable<(int FileIndex, SourceItem Item)> items, int fileCount, IProgress<IngestProgress>? progress, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        _pipelineTicks = 0;
        var tally = new Tally(fileCount);
        tally.Reindexed = CatchUpIndex();
        var known = new ConcurrentDictionary<string, bool>(store.ContentHashes().Select(h => KeyValuePair.Create(h, true)), StringComparer.Ordinal);
        var batch = new List<Prepared>();
        try
        {
            foreach (var prepared in Prepare(items, known, cancel))
            {
                tally.FilesDone = Math.Max(tally.FilesDone, prepared.FileIndex);
                tally.Bytes += prepared.Bytes;
                if (prepared.Error is { } error)
                    tally.Failures.Add(new IngestFailure(prepared.Origin, error));
                else if (prepared.Article is null)
                    tally.Existing++;
                else
                    batch.Add(prepared);
                if (batch.Count >= options.BatchSize)
                    Flush(batch, known, tally);
                progress?.Report(tally.Progress(clock.Elapsed));
            }
        }
        catch (OperationCanceledException)
        {
            tally.Cancelled = true;
        }
        Flush(batch, known, tally);
        CommitIndex(tally);
        tally.FilesDone = tally.Cancelled ? tally.FilesDone : fileCount;
        progress?.Report(tally.Progress(clock.Elapsed));
        return new IngestSummary(
            fileCount, tally.Added, tally.Existing, tally.Failures.Count, tally.NearDuplicates, tally.Reindexed, tally.Bytes, clock.Elapsed,
            tally.Failures, tally.Cancelled, TimeSpan.FromTicks(_pipelineTicks), tally.StoreTime.Elapsed, tally.IndexTime.Elapsed);
    }

    private IEnumerable<Prepared> Prepare(IEnumerable<(int FileIndex, SourceItem Item)> items, ConcurrentDictionary<string, bool> known, CancellationToken cancel)
    {
        if (options.Jobs <= 1)
        {
            foreach (var item in items)
            {
                cancel.ThrowIfCancellationRequested();
                yield return Prepare(item.FileIndex, item.Item, known);
            }
            yield break;
        }
        foreach (var prepared in items.AsParallel().AsOrdered().WithDegreeOfParallelism(options.Jobs).WithCancellation(cancel)
                     .Select(item => Prepare(item.FileIndex, item.Item, known)))
            yield return prepared;
    }

    // Runs on analysis threads: reading is done; hash, skip if stored, analyse, sign.
    private Prepared Prepare(int fileIndex, SourceItem item, ConcurrentDictionary<string, bool> known)
    {
        if (item.Article is not { } article)
            return new Prepared(fileIndex, item.Origin, 0, null, item.Error);
        var bytes = (long)System.Text.Encoding.UTF8.GetByteCount(article.Text);
        var hash = ContentHash.Of(article.Text);
        if (known.ContainsKey(hash))
            return new Prepared(fileIndex, item.Origin, bytes, null, null);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return new Prepared(fileIndex, item.Origin, bytes, Analyse(pipeline, article, hash, item.File), null);
        }
        catch (PipelineException e)
        {
            return new Prepared(fileIndex, item.Origin, bytes, null, e.Message);
        }
        finally
        {
            Interlocked.Add(ref _pipelineTicks, Stopwatch.GetElapsedTime(started).Ticks);
        }
    }

    /// <summary>An article analysed and signed for the store (throws <see cref="PipelineException"/>).</summary>
    internal static AnalysedArticle Analyse(Pipeline pipeline, Input.Article article, string contentHash, string? sourcePath)
    {
        var document = pipeline.Analyze(article.Text, article.Info);
        return new AnalysedArticle(document, contentHash, NearDuplicates.Signature(document.Layer<Text.Token>()), sourcePath);
    }

    private void Flush(List<Prepared> batch, ConcurrentDictionary<string, bool> known, Tally tally)
    {
        if (batch.Count == 0)
            return;
        tally.StoreTime.Start();
        var results = SaveEach(batch, tally);
        tally.StoreTime.Stop();
        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i] is not { } result)
                continue;
            known[batch[i].Article!.ContentHash] = true;
            if (!result.Added)
            {
                tally.Existing++;
                continue;
            }
            tally.Added++;
            if (result.DuplicateOf is not null)
                tally.NearDuplicates++;
            if (index is not null)
            {
                tally.IndexTime.Start();
                index.Add(result.ArticleId, batch[i].Article!.Document);
                tally.IndexTime.Stop();
                tally.NotCommitted.Add(result.ArticleId);
            }
        }
        batch.Clear();
        if (tally.NotCommitted.Count >= options.IndexCommitEvery)
            CommitIndex(tally);
    }

    // One transaction for the batch; if the store refuses it, each article alone, so one bad article fails alone.
    private IReadOnlyList<SaveResult?> SaveEach(List<Prepared> batch, Tally tally)
    {
        try
        {
            return store.Save(batch.Select(p => p.Article!).ToList());
        }
        catch (Exception e) when (e is not OperationCanceledException && batch.Count > 1)
        {
            return batch.Select(p => SaveOne(p, tally)).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            tally.Failures.Add(new IngestFailure(batch[0].Origin, $"cannot store: {e.Message}"));
            return [null];
        }
    }

    private SaveResult? SaveOne(Prepared prepared, Tally tally)
    {
        try
        {
            return store.Save([prepared.Article!])[0];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            tally.Failures.Add(new IngestFailure(prepared.Origin, $"cannot store: {e.Message}"));
            return null;
        }
    }

    private void CommitIndex(Tally tally)
    {
        if (index is null || tally.NotCommitted.Count == 0)
            return;
        tally.IndexTime.Start();
        index.Commit();
        tally.IndexTime.Stop();
        store.MarkIndexed(tally.NotCommitted);
        tally.NotCommitted.Clear();
    }

    // Articles a previous run stored but did not index (it stopped between the two): index them first.
    private int CatchUpIndex()
    {
        if (index is null)
            return 0;
        var done = 0;
        while (store.ArticlesNotIndexed(500) is { Count: > 0 } ids)
        {
            foreach (var id in ids)
            {
                if (store.GetArticle(id) is { } article)
                    index.Put(id, article.Document);
            }
            index.Commit();
            store.MarkIndexed(ids);
            done += ids.Count;
        }
        return done;
    }

    private sealed record Prepared(int FileIndex, string Origin, long Bytes, AnalysedArticle? Article, string? Error);

    private sealed class Tally(int files)
    {
        public int FilesDone { get; set; }
        public int Added { get; set; }
        public int Existing { get; set; }
        public int NearDuplicates { get; set; }
        public int Reindexed { get; set; }
        public long Bytes { get; set; }
        public bool Cancelled { get; set; }
        public List<IngestFailure> Failures { get; } = [];
        public List<long> NotCommitted { get; } = [];
        public Stopwatch StoreTime { get; } = new();
        public Stopwatch IndexTime { get; } = new();

        public IngestProgress Progress(TimeSpan elapsed) => new(FilesDone, files, Added, Existing, Failures.Count, Bytes, elapsed);
    }
}
