using System.Diagnostics;
using Athar.Store;
using Athar.Store.Postgres;

namespace Athar.Corpus.Ingest;

/// <summary>
/// One ingest worker on the server store. It queues what it reads (content already stored or queued by any worker
/// is skipped), then takes batches from the shared queue until it is empty: N workers started on the same or on
/// different inputs share the work, every article is stored once, and a worker killed midway leaves its batch to
/// the others (its transaction rolls back). Search needs no second step: each save writes the article's search vector.
/// </summary>
public sealed class QueueIngester(Pipeline pipeline, PostgresStore store, IngestOptions options)
{
    private const int EnqueueChunk = 500;

    public IngestSummary Run(IReadOnlyList<string> files, ArticleSources sources, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default) =>
        Run(files.SelectMany(sources.Read), files.Count, progress, cancel);

    /// <summary>Articles read already (a polled feed's items): each counts as one file.</summary>
    public IngestSummary Run(IReadOnlyList<SourceItem> items, IProgress<IngestProgress>? progress = null, CancellationToken cancel = default) =>
        Run(items, items.Count, progress, cancel);

    private IngestSummary Run(IEnumerable<SourceItem> items, int fileCount, IProgress<IngestProgress>? progress, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var failures = new List<IngestFailure>();
        var (read, queued, bytes) = (0, 0, 0L);
        var chunk = new List<QueuedArticle>();
        foreach (var item in items)
        {
            if (item.Article is not { } article)
            {
                failures.Add(new IngestFailure(item.Origin, item.Error ?? "unreadable"));
                continue;
            }
            read++;
            bytes += System.Text.Encoding.UTF8.GetByteCount(article.Text);
            chunk.Add(new QueuedArticle(ContentHash.Of(article.Text), item.Origin, item.File, article));
            if (chunk.Count >= EnqueueChunk)
                queued += Flush(chunk);
        }
        queued += Flush(chunk);
        var (added, nearDuplicates, pipelineTicks, storeTime) = (0, 0, 0L, new Stopwatch());
        var cancelled = false;
        while (true)
        {
            if (cancel.IsCancellationRequested)
            {
                cancelled = true;
                break;
            }
            storeTime.Start();
            var done = store.ClaimAndSave(options.BatchSize, claimed => claimed
                .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, options.Jobs))
                .Select(item =>
                {
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        return ((AnalysedArticle?)CorpusIngester.Analyse(pipeline, item.Article, item.ContentHash, item.SourcePath), (string?)null);
                    }
                    catch (PipelineException e)
                    {
                        return (null, e.Message);
                    }
                    finally
                    {
                        Interlocked.Add(ref pipelineTicks, Stopwatch.GetElapsedTime(started).Ticks);
                    }
                }).ToList());
            storeTime.Stop();
            if (done.Count == 0)
                break;
            foreach (var (item, result, error) in done)
            {
                if (error is not null)
                    failures.Add(new IngestFailure(item.Origin, error));
                else if (result is { Added: true })
                {
                    added++;
                    nearDuplicates += result.DuplicateOf is null ? 0 : 1;
                }
            }
            progress?.Report(new IngestProgress(fileCount, fileCount, added, read - queued, failures.Count, bytes, clock.Elapsed));
        }
        var analysis = TimeSpan.FromTicks(pipelineTicks);
        return new IngestSummary(fileCount, added, read - queued, failures.Count, nearDuplicates, 0, bytes, clock.Elapsed, failures, cancelled,
            analysis, storeTime.Elapsed, TimeSpan.Zero);
    }

    private int Flush(List<QueuedArticle> chunk)
    {
        var queued = store.Enqueue(chunk);
        chunk.Clear();
        return queued;
    }
}
