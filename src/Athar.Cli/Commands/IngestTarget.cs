using Athar.Corpus.Ingest;
using Athar.Search;
using Athar.Store;
using Athar.Store.Postgres;

namespace Athar.Cli.Commands;

/// <summary>
/// Where an ingest writes, ready to run: a SQLite file under its writer lock with its Lucene index (repaired first
/// when the counts disagree), or one worker on a PostgreSQL database's shared queue. Disposing releases all.
/// </summary>
internal sealed class IngestTarget : IDisposable
{
    private readonly Func<IReadOnlyList<string>, ArticleSources, IProgress<IngestProgress>?, CancellationToken, IngestSummary> _run;
    private readonly IDisposable[] _held;

    private IngestTarget(IAtharStore store, Func<IReadOnlyList<string>, ArticleSources, IProgress<IngestProgress>?, CancellationToken, IngestSummary> run, params IDisposable[] held)
    {
        Store = store;
        _run = run;
        _held = held;
    }

    public IAtharStore Store { get; }

    public IngestSummary Run(IReadOnlyList<string> files, ArticleSources sources, IProgress<IngestProgress>? progress, CancellationToken cancel) =>
        _run(files, sources, progress, cancel);

    public static IngestTarget Open(IngestRun run, TextWriter stderr)
    {
        var options = new IngestOptions { Jobs = run.Jobs };
        if (PostgresAddress.Is(run.Db))
        {
            var server = PostgresStore.Open(run.Db, CliGazetteer.Later());
            return new IngestTarget(server, new QueueIngester(Pipeline(stderr), server, options).Run, server);
        }
        var writer = WriterLock.Acquire(run.Db, run.Wait, message => stderr.WriteLine($"athar: {message}"));
        var store = SqliteStore.Open(run.Db, places: CliGazetteer.Later());
        var indexPath = ArticleIndex.PathFor(run.Db);
        if (!ArticleIndex.Exists(indexPath))
            store.MarkAllNotIndexed();
        var index = ArticleIndex.OpenForWriting(indexPath);
        if (IndexCheck.CountsDisagree(store, index))
        {
            stderr.WriteLine($"athar: the search index {indexPath} disagrees with the store; repairing it (see 'athar check')");
            IndexCheck.Repair(store, index, IndexCheck.Run(store, index));
        }
        return new IngestTarget(store, new CorpusIngester(Pipeline(stderr), store, index, options).Run, index, store, writer);
    }

    // The pipeline with the gazetteer the CLI was given (ATHAR_GAZETTEER), said on stderr.
    private static Pipeline Pipeline(TextWriter stderr) =>
        AtharPipeline.CreateDefault(new PipelineOptions { Gazetteer = CliGazetteer.Load(stderr) });

    public void Dispose()
    {
        foreach (var held in _held)
            held.Dispose();
    }
}
