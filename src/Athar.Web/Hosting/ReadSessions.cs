using Athar.Places;
using Athar.Search;
using Athar.Store;
using Microsoft.Extensions.ObjectPool;

namespace Athar.Web.Hosting;

/// <summary>
/// A read-only connection to the store and, opened when first needed, to its search index. A session serves
/// one request at a time (a store holds one SQLite connection); <see cref="ReadSessions"/> pools them.
/// Place filters are read with the gazetteer <paramref name="places"/> makes (the built-in one when null).
/// </summary>
public sealed class ReadSession(string db, Func<Gazetteer>? places = null) : IDisposable
{
    private readonly StoreSession _session = StoreSession.OpenForReading(db, readOnly: true, places);
    private ArticleIndex? _index;

    public IAtharStore Store => _session.Store;

    /// <summary>The search index; null when the store has none (an ingest never finished indexing).</summary>
    public IArticleSearch? Index
    {
        get
        {
            if (_session.Search is { } search)
                return search;
            var folder = ArticleIndex.PathFor(db);
            if (_index is null && ArticleIndex.Exists(folder))
                _index = ArticleIndex.OpenForReading(folder);
            return _index;
        }
    }

    public void Dispose()
    {
        _index?.Dispose();
        _session.Dispose();
    }
}

/// <summary>A pool of read sessions over one store: requests borrow one for the time of a query.</summary>
public sealed class ReadSessions : IDisposable
{
    private readonly ObjectPool<ReadSession> _pool;

    public ReadSessions(string db, Func<Gazetteer>? places = null)
    {
        // Opening one now reports a missing or outdated store before the server starts listening.
        var first = new ReadSession(db, places);
        var provider = new DefaultObjectPoolProvider { MaximumRetained = Math.Max(4, Environment.ProcessorCount * 2) };
        _pool = provider.Create(new Policy(db, places));
        _pool.Return(first);
    }

    public T Read<T>(Func<ReadSession, T> work)
    {
        var session = _pool.Get();
        try
        {
            return work(session);
        }
        finally
        {
            _pool.Return(session);
        }
    }

    public void Dispose() => (_pool as IDisposable)?.Dispose();

    private sealed class Policy(string db, Func<Gazetteer>? places) : IPooledObjectPolicy<ReadSession>
    {
        public ReadSession Create() => new(db, places);

        public bool Return(ReadSession obj) => true;
    }
}
