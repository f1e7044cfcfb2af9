using Athar.Corpus;
using Athar.Input;
using Athar.Places;
using Microsoft.Data.Sqlite;

namespace Athar.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never wait for the ingest writer), versioned
/// migrations applied on open, parameterised SQL only. One instance per thread: it holds one connection.
/// </summary>
public sealed partial class SqliteStore : IAtharStore
{
    public const string DefaultPath = "athar.db";

    private readonly SqliteConnection _connection;
    private readonly SqlRunner _sql;
    private readonly SqliteArticleWriter _writer;
    private readonly SqliteArticles _articles;
    private readonly SqliteActors _actors;
    private readonly SqliteEventQueries _events;
    private readonly Lazy<Gazetteer> _places;

    private readonly bool _readOnly;

    private SqliteStore(SqliteConnection connection, string path, Func<Gazetteer>? places, bool readOnly = false)
    {
        _connection = connection;
        _readOnly = readOnly;
        _places = new(places ?? (() => Gazetteer.BuiltIn));
        Path = path;
        _sql = new SqlRunner(connection);
        _writer = new SqliteArticleWriter(_sql);
        _articles = new SqliteArticles(_sql);
        _actors = new SqliteActors(_sql);
        _events = new SqliteEventQueries(_sql, _articles, _actors, ResolvePlace);
    }

    public string Path { get; }

    /// <summary>
    /// Opens (creating when asked) a store and brings its schema up to date. A read-only store (the web
    /// server's) is never written: its schema must be current already. <paramref name="places"/> makes the
    /// gazetteer place filters are read with, when the first is read (the built-in one when null).
    /// </summary>
    public static SqliteStore Open(string path, bool create = true, bool readOnly = false, Func<Gazetteer>? places = null)
    {
        if ((readOnly || !create) && !File.Exists(path))
            throw new UserInputException($"no store at {path}: run 'athar ingest' first (or give --db)");
        var full = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            if (readOnly)
            {
                if (Migrations.Current(connection) is var version && version != Migrations.Latest)
                {
                    connection.Dispose();
                    throw new UserInputException($"{path} has schema version {version}, this Athar needs {Migrations.Latest}: run 'athar ingest' once to upgrade it");
                }
                // Readers map the file (no read() call per page: a filtered page at 100k events drops by half).
                using (var pragma = connection.CreateCommand())
                {
                    pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA busy_timeout = 10000;";
                    pragma.ExecuteNonQuery();
                }
                return new SqliteStore(connection, path, places, readOnly: true);
            }
            using (var pragma = connection.CreateCommand())
            {
                // WAL: one writer and many readers at once; NORMAL sync is durable at each checkpoint and
                // never corrupts; a crash loses at most the last transactions, which ingest redoes.
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
                pragma.ExecuteNonQuery();
            }
            Migrations.Apply(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new UserInputException($"cannot open the store {path}: {e.Message}");
        }
        return new SqliteStore(connection, path, places);
    }

    public int SchemaVersion => Migrations.Current(_connection);

    public IReadOnlySet<string> ContentHashes() =>
        _sql.Query("SELECT content_hash FROM documents", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<SaveResult> Save(IReadOnlyList<AnalysedArticle> batch)
    {
        using var transaction = _connection.BeginTransaction();
        _sql.Transaction = transaction;
        try
        {
            var results = batch.Select(_writer.Save).ToList();
            transaction.Commit();
            return results;
        }
        finally
        {
            _sql.Transaction = null;
        }
    }

    public IReadOnlyList<long> ArticlesNotIndexed(int limit) => _articles.NotIndexed(limit);

    public void MarkIndexed(IEnumerable<long> articleIds)
    {
        using var transaction = _connection.BeginTransaction();
        _sql.Transaction = transaction;
        try
        {
            foreach (var id in articleIds)
                _sql.Execute("UPDATE documents SET indexed = 1 WHERE id = @id", ("@id", id));
            transaction.Commit();
        }
        finally
        {
            _sql.Transaction = null;
        }
    }

    public void MarkAllNotIndexed() => _sql.Execute("UPDATE documents SET indexed = 0");

    public StoredArticle? GetArticle(long id) => _articles.Get(id);

    public IReadOnlyList<ArticleSummary> GetArticles(IReadOnlyCollection<long> ids) => _articles.Summaries(ids);

    public EventPage QueryEvents(EventQuery query) => _events.Query(query);

    /// <summary>Every event matching the filters, streamed page by page (exports).</summary>
    public IEnumerable<EventSummary> AllEvents(EventQuery query) => _events.All(query);

    public EventDetail? GetEvent(long id) => _events.Get(id);

    public IReadOnlyList<DateCount> Timeline(EventQuery query, TimeBucket bucket) => _events.Timeline(query, bucket);

    public IReadOnlyList<ActorRef> ResolveActor(string idOrName) => _actors.Resolve(idOrName);

    public PlaceFilter ResolvePlace(string place) => PlaceFilter.Of(place, _places.Value);

    public WhereaboutsReport Whereabouts(string actor, DateOnly? from = null, DateOnly? to = null) => _actors.Whereabouts(actor, from, to);

    public IReadOnlyList<TermCount> Counts(MentionKind kind, int limit, DateOnly? from = null, DateOnly? to = null) => _actors.Counts(kind, limit, from, to);

    public StoreStats Stats()
    {
        var version = SchemaVersion;
        return _sql.Query(
        """
        SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL),
               (SELECT count(*) FROM events), (SELECT count(*) FROM reports), (SELECT count(*) FROM claims)
        """,
            r => new StoreStats(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), version)).Single();
    }

    public void Dispose()
    {
        // SQLite's advice before closing a connection that wrote: refresh the planner's statistics, so
        // filtered queries pick the right index (a filtered events page at 100k events: 80 ms → 20 ms).
        if (!_readOnly && _connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                _sql.Execute("PRAGMA optimize=0x10002");
            }
            catch (SqliteException)
            {
                // statistics are an optimisation: a busy or read-only file keeps its old ones
            }
        }
        _sql.Dispose();
        _connection.Dispose();
    }
}
