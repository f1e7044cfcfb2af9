using System.Collections.Concurrent;
using Athar.Events;
using Athar.Events.SameIncident;
using Athar.Input;
using Athar.Places;
using Athar.Search;
using Npgsql;

namespace Athar.Store.Postgres;

/// <summary>
/// The server store: one PostgreSQL database shared by every worker and reader, on the same tables and SQL as the
/// embedded store, with PostGIS points and the articles' search vectors. Several workers save at once: a save
/// first takes, in one order, the advisory locks of the fusion cells its reports touch (event type family and
/// month), so two reports that could be one incident are fused one after the other and no event is made twice;
/// a deadlock or serialization failure retries the whole batch.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    private const int Retries = 5;
    internal const long SaveBarrier = 0x417468_6172_0002; // "Athar" 2: saves shared, the latest article id exclusive
    private const int WatchListLocks = 0x57617463; // "Watc": the key space of the watch-list locks
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new(StringComparer.Ordinal);

    private readonly NpgsqlConnection _connection;
    private readonly IngestQueue _queue;

    private PostgresStore(NpgsqlConnection connection, string address, Func<Gazetteer>? places)
        : base(connection, SqlDialect.Postgres, places)
    {
        _connection = connection;
        _queue = new IngestQueue(Sql);
        Address = address;
    }

    /// <summary>The database, without its password.</summary>
    public string Address { get; }

    /// <summary>
    /// Connects, creating the schema (and PostGIS) when the database is new and migrating it when old.
    /// <paramref name="places"/> gives the gazetteer place filters are resolved with (the built-in one when null).
    /// </summary>
    public static PostgresStore Open(string db, Func<Gazetteer>? places = null)
    {
        var shown = PostgresAddress.Shown(db);
        var source = Sources.GetOrAdd(PostgresAddress.ConnectionString(db), cs =>
        {
            var builder = new NpgsqlDataSourceBuilder(cs);
            builder.UseNetTopologySuite();
            return builder.Build();
        });
        NpgsqlConnection? connection = null;
        try
        {
            connection = source.OpenConnection();
            PostgresMigrations.Apply(connection, shown);
            return new PostgresStore(connection, shown, places);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            connection?.Dispose();
            throw new UserInputException($"cannot open the store {shown}: {e.Message}");
        }
    }

    public override int SchemaVersion => PostgresMigrations.Current(_connection);

    /// <summary>The full-text search over this database's search vectors.</summary>
    public IArticleSearch Search => new PostgresArticleSearch(Sql);

    public override IReadOnlyList<SaveResult> Save(IReadOnlyList<AnalysedArticle> batch) => Retrying(() => base.Save(batch));

    /// <summary>Queues articles for any worker (content stored or queued already is skipped); returns how many were queued.</summary>
    public int Enqueue(IEnumerable<QueuedArticle> items) => InTransaction(() => items.Count(_queue.Enqueue));

    /// <summary>Articles queued and not yet stored by any worker.</summary>
    public int Waiting() => _queue.Waiting();

    /// <summary>
    /// Claims up to <paramref name="max"/> queued articles no other worker holds, analyses them (null: the analysis
    /// failed, with the message), stores and dequeues them, all in one transaction. Returns what was claimed with
    /// each result (empty when the queue is empty).
    /// </summary>
    public IReadOnlyList<(QueuedArticle Item, SaveResult? Result, string? Error)> ClaimAndSave(
        int max, Func<IReadOnlyList<QueuedArticle>, IReadOnlyList<(AnalysedArticle? Article, string? Error)>> analyse) => Retrying(() => InTransaction(() =>
    {
        var claimed = _queue.Claim(max);
        var analysed = analyse(claimed);
        var articles = analysed.Where(a => a.Article is not null).Select(a => a.Article!).ToList();
        BeforeSave(articles);
        var results = claimed.Select((item, i) =>
        {
            _queue.Remove(item.ContentHash);
            if (analysed[i].Article is not { } article)
                return (item, (SaveResult?)null, analysed[i].Error);
            var result = Writer.Save(article);
            if (result.Added)
                Saved(result.ArticleId, article);
            return (item, result, (string?)null);
        }).ToList();
        return (IReadOnlyList<(QueuedArticle, SaveResult?, string?)>)results;
    }));

    /// <summary>Stored articles without a search vector (none unless written by something other than Athar).</summary>
    public IReadOnlyList<long> NotSearchable() => Sql.Query("SELECT id FROM documents WHERE search IS NULL ORDER BY id", r => r.GetInt64(0));

    /// <summary>Writes the search vectors of these articles from their stored text and layers.</summary>
    public void MakeSearchable(IReadOnlyList<long> ids) => InTransaction(() =>
    {
        foreach (var id in ids)
        {
            if (GetArticle(id) is { } article)
                Saved(id, new AnalysedArticle(article.Document, article.ContentHash, null, article.SourcePath));
        }
        return 0;
    });

    /// <summary>
    /// The last article id below which every article is committed. Ids are drawn when a save inserts, not when it
    /// commits: one worker's article 10 may commit after another's 11, and a digest cut at 11 would never tell 10.
    /// Every save holds the save barrier shared from before it draws an id until it commits; this reads the
    /// largest id holding it exclusively for an instant, so no save is half-way (later saves draw larger ids).
    /// </summary>
    public override long LatestArticleId() => InTransaction(() =>
    {
        Sql.Execute("SELECT pg_advisory_xact_lock(@k)", ("@k", SaveBarrier));
        return base.LatestArticleId();
    });

    /// <summary>
    /// A session advisory lock per list (its name hashed, in a key space of its own), held while one process makes,
    /// records and delivers the list's digest: a second `digest --send` or `poll` on the same database waits, then
    /// finds the digest recorded (its start moved past) and its deliveries sent. Chosen over locking the list's row
    /// because it spans several transactions and the network sends between them; a process that dies drops it with
    /// its connection. The recording transaction also reads the row FOR UPDATE and records nothing if another run
    /// got further (see WatchListRows.Record), so even a caller without the lock never records a digest twice.
    /// </summary>
    public override IDisposable HoldWatchList(string name)
    {
        Sql.Execute("SELECT pg_advisory_lock(@space, hashtext(@name))", ("@space", WatchListLocks), ("@name", name));
        return new Held(() => Sql.Execute("SELECT pg_advisory_unlock(@space, hashtext(@name))", ("@space", WatchListLocks), ("@name", name)));
    }

    private sealed class Held(Action release) : IDisposable
    {
        public void Dispose() => release();
    }

    private static T Retrying<T>(Func<T> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return work();
            }
            catch (PostgresException e) when (attempt < Retries && e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                Thread.Sleep(Random.Shared.Next(10, 50 * attempt));
            }
        }
    }

    private protected override void BeforeSave(IReadOnlyList<AnalysedArticle> batch)
    {
        Sql.Execute("SELECT pg_advisory_xact_lock_shared(@k)", ("@k", SaveBarrier));
        var cells = batch.SelectMany(a => a.Document.Layer<EventRecord>()).SelectMany(FusionCells).Distinct().Order().ToArray();
        if (cells.Length > 0) // one round trip, the locks taken in ascending order
            Sql.Execute("SELECT count(pg_advisory_xact_lock(cell)) FROM (SELECT unnest(@cells) AS cell ORDER BY 1) ordered", ("@cells", cells));
    }

    private protected override void Saved(long articleId, AnalysedArticle article) =>
        Sql.Defer("UPDATE documents SET search = CAST(@search AS tsvector), indexed = 1 WHERE id = @id",
            ("@id", articleId), ("@search", ArticleSearchVector.Of(article.Document)));

    /// <summary>
    /// The fusion cells of a report: its type family and each month its dates (widened by a day) touch. Two reports
    /// that may fuse overlap in time, so they share a month of the same family.
    /// </summary>
    internal static IEnumerable<long> FusionCells(EventRecord r)
    {
        if (!AcrossArticlesPolicy.Default.IsFusable(r.When))
            yield break;
        var family = AcrossArticlesPolicy.CompatibleTypes(r.Type).Min();
        var from = r.When!.Start!.Value.AddDays(-1);
        var to = (r.When.End ?? r.When.Start.Value).AddDays(1);
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            yield return (0x46L << 48) | ((long)family << 24) | (long)((month.Year * 12) + month.Month);
    }
}
