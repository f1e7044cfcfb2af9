using Athar.Corpus.Ingest;
using Athar.Places;
using Athar.Search;
using Athar.Store;
using Athar.Store.Postgres;

namespace Athar.Cli.Commands;

/// <summary>
/// Where an ingest writes, ready to run: a SQLite file under its writer lock with its Lucene index (repaired first
/// when the counts disagree), or one worker on a PostgreSQL database's shared queue. `athar poll` writes through
/// one too (feed items instead of files). Disposing releases all.
/// </summary>
internal sealed class IngestTarget : IDisposable
{
    private readonly Func<IReadOnlyList<string>, ArticleSources, IProgress<IngestProgress>?, CancellationToken, IngestSummary> _run;
    private readonly Func<IReadOnlyList<SourceItem>, IngestSummary> _runItems;
    private readonly IDisposable[] _held;

    private IngestTarget(
        SqlStore store, IArticleSearch search, Func<IReadOnlyList<string>, ArticleSources, IProgress<IngestProgress>?, CancellationToken, IngestSummary> run,
        Func<IReadOnlyList<SourceItem>, IngestSummary> runItems, params IDisposable[] held)
    {
        Store = store;
        Search = search;
        _run = run;
        _runItems = runItems;
        _held = held;
    }

    /// <summary>The store written (both kinds keep the watch-lists and the feeds' state too).</summary>
    public SqlStore Store { get; }

    /// <summary>The store's search: the Lucene index being written, or the database's search vectors.</summary>
    public IArticleSearch Search { get; }

    public IngestSummary Run(IReadOnlyList<string> files, ArticleSources sources, IProgress<IngestProgress>? progress, CancellationToken cancel) =>
        _run(files, sources, progress, cancel);

    /// <summary>Ingests articles read already (a polled feed's items).</summary>
    public IngestSummary Run(IReadOnlyList<SourceItem> items) => _runItems(items);

    public static IngestTarget Open(IngestRun run, TextWriter stderr, int batchSize = 64)
    {
        var options = new IngestOptions { Jobs = run.Jobs, BatchSize = batchSize };
        if (PostgresAddress.Is(run.Db))
        {
            var gazetteer = CliGazetteer.Load(stderr);
            var server = PostgresStore.Open(run.Db, () => gazetteer);
            var worker = new QueueIngester(Pipeline(gazetteer), server, options);
            return new IngestTarget(server, server.Search, worker.Run, items => worker.Run(items), server);
        }
        var writer = WriterLock.Acquire(run.Db, run.Wait, message => stderr.WriteLine($"athar: {message}"));
        var places = CliGazetteer.Load(stderr);
        var store = SqliteStore.Open(run.Db, places: () => places);
        var indexPath = ArticleIndex.PathFor(run.Db);
        if (!ArticleIndex.Exists(indexPath))
            store.MarkAllNotIndexed();
        var index = ArticleIndex.OpenForWriting(indexPath);
        if (IndexCheck.CountsDisagree(store, index))
        {
            stderr.WriteLine($"athar: the search index {indexPath} disagrees with the store; repairing it (see 'athar check')");
            IndexCheck.Repair(store, index, IndexCheck.Run(store, index));
        }
        var ingester = new CorpusIngester(Pipeline(places), store, index, options);
        return new IngestTarget(store, index, ingester.Run, items => ingester.Run(items), index, store, writer);
    }

    // The pipeline analyses with the gazetteer the CLI was given (ATHAR_GAZETTEER, said on stderr), the one the
    // store resolves place filters with: loaded once for both.
    private static Pipeline Pipeline(Gazetteer gazetteer) =>
        AtharPipeline.CreateDefault(new PipelineOptions { Gazetteer = gazetteer });

    public void Dispose()
    {
        foreach (var held in _held)
            held.Dispose();
    }
}
