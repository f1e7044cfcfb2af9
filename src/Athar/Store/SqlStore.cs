using System.Data.Common;
using Athar.Corpus;
using Athar.Places;

namespace Athar.Store;

/// <summary>
/// The store over one SQL connection, shared by the embedded SQLite store and the PostgreSQL server store: the
/// same tables and the same parameterised SQL (the few differences are the <see cref="SqlDialect"/>'s). A subclass
/// opens the connection, applies its migrations and may add work to each save (locks, the search vector).
/// One instance per thread: it holds one connection.
/// </summary>
public abstract partial class SqlStore : IAtharStore
{
    private readonly DbConnection _connection;

    private readonly Lazy<Gazetteer> _places;

    private protected SqlStore(DbConnection connection, SqlDialect dialect, Func<Gazetteer>? places)
    {
        _connection = connection;
        _places = new(places ?? (() => Gazetteer.BuiltIn));
        Sql = new SqlRunner(connection, dialect);
        Writer = new ArticleWriter(Sql);
        Articles = new ArticleQueries(Sql);
        Actors = new ActorQueries(Sql);
        Events = new EventQueries(Sql, Articles, Actors, ResolvePlace);
    }

    private protected SqlRunner Sql { get; }

    private protected ArticleWriter Writer { get; }

    private protected ArticleQueries Articles { get; }

    private protected ActorQueries Actors { get; }

    private protected EventQueries Events { get; }

    /// <summary>The schema version in force.</summary>
    public abstract int SchemaVersion { get; }

    public IReadOnlySet<string> ContentHashes() =>
        Sql.Query("SELECT content_hash FROM documents", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);

    public virtual IReadOnlyList<SaveResult> Save(IReadOnlyList<AnalysedArticle> batch) => InTransaction(() =>
    {
        BeforeSave(batch);
        return batch.Select(article =>
        {
            var result = Writer.Save(article);
            if (result.Added)
                Saved(result.ArticleId, article);
            return result;
        }).ToList();
    });

    /// <summary>Work at the start of a save's transaction (the server store takes its fusion locks here).</summary>
    private protected virtual void BeforeSave(IReadOnlyList<AnalysedArticle> batch)
    {
    }

    /// <summary>Work after an article is added, in the same transaction (the server store writes its search vector).</summary>
    private protected virtual void Saved(long articleId, AnalysedArticle article)
    {
    }

    public IReadOnlyList<long> ArticlesNotIndexed(int limit) => Articles.NotIndexed(limit);

    public void MarkIndexed(IEnumerable<long> articleIds) => InTransaction(() =>
    {
        foreach (var id in articleIds)
            Sql.Execute("UPDATE documents SET indexed = 1 WHERE id = @id", ("@id", id));
        return 0;
    });

    public void MarkAllNotIndexed() => Sql.Execute("UPDATE documents SET indexed = 0");

    public IReadOnlyList<(long Id, bool Indexed)> IndexStates() =>
        Sql.Query("SELECT id, indexed FROM documents ORDER BY id", r => (r.GetInt64(0), r.GetInt32(1) != 0));

    public (int Articles, int Indexed) IndexCounts() =>
        Sql.Query("SELECT CAST(count(*) AS INTEGER), CAST(coalesce(sum(indexed), 0) AS INTEGER) FROM documents", r => (r.GetInt32(0), r.GetInt32(1))).Single();

    public IReadOnlyList<long> EventsOutOfStep() => Sql.Query(
        """
        SELECT e.id FROM events e LEFT JOIN (SELECT event_id, count(DISTINCT document_id) AS n FROM reports GROUP BY event_id) r ON r.event_id = e.id
        LEFT JOIN event_tallies t ON t.event_id = e.id
        WHERE t.event_id IS NULL OR coalesce(r.n, 0) <> e.sources ORDER BY e.id
        """,
        r => r.GetInt64(0));

    public void RebuildEvents(IReadOnlyList<long> ids) => InTransaction(() =>
    {
        foreach (var id in ids)
            Writer.Fusion.Rebuild(id);
        return 0;
    });

    public StoredArticle? GetArticle(long id) => Articles.Get(id);

    public IReadOnlyList<ArticleSummary> GetArticles(IReadOnlyCollection<long> ids) => Articles.Summaries(ids);

    public EventPage QueryEvents(EventQuery query) => Events.Query(query);

    public IEnumerable<EventSummary> AllEvents(EventQuery query) => Events.All(query);

    public EventDetail? GetEvent(long id, int sourcesOffset = 0, int sourcesLimit = int.MaxValue) => Events.Get(id, sourcesOffset, sourcesLimit);

    public IReadOnlyList<DateCount> Timeline(EventQuery query, TimeBucket bucket) => Events.Timeline(query, bucket);

    public IReadOnlyList<ActorRef> ResolveActor(string idOrName) => Actors.Resolve(idOrName);

    public PlaceFilter ResolvePlace(string place) => PlaceFilter.Of(place, _places.Value);

    public WhereaboutsReport Whereabouts(string actor, DateOnly? from = null, DateOnly? to = null) => Actors.Whereabouts(actor, from, to);

    public IReadOnlyList<TermCount> Counts(MentionKind kind, int limit, DateOnly? from = null, DateOnly? to = null) => Actors.Counts(kind, limit, from, to);

    public StoreStats Stats()
    {
        var version = SchemaVersion;
        return Sql.Query(
            """
            SELECT CAST((SELECT count(*) FROM documents) AS INTEGER), CAST((SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL) AS INTEGER),
                   CAST((SELECT count(*) FROM events) AS INTEGER), CAST((SELECT count(*) FROM reports) AS INTEGER), CAST((SELECT count(*) FROM claims) AS INTEGER)
            """,
            r => new StoreStats(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), version)).Single();
    }

    /// <summary>Runs work in one transaction of this store's connection.</summary>
    private protected T InTransaction<T>(Func<T> work)
    {
        using var transaction = _connection.BeginTransaction();
        Sql.Transaction = transaction;
        try
        {
            var result = work();
            Sql.Flush();
            transaction.Commit();
            return result;
        }
        finally
        {
            Sql.Discard();
            Sql.Transaction = null;
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
            return;
        Sql.Dispose();
        _connection.Dispose();
    }
}
