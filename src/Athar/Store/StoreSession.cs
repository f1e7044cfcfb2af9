using Athar.Places;
using Athar.Search;
using Athar.Store.Postgres;

namespace Athar.Store;

/// <summary>
/// A store opened for reading with its search, by what --db names: a SQLite file (its Lucene index beside it,
/// when there is one) or a PostgreSQL database (its search vectors). ATHAR_DB gives the default.
/// </summary>
public sealed class StoreSession : IDisposable
{
    private readonly ArticleIndex? _index;

    private StoreSession(IAtharStore store, IArticleSearch? search, ArticleIndex? index)
    {
        Store = store;
        Search = search;
        _index = index;
    }

    /// <summary>The --db of a command that was given none: $ATHAR_DB, else athar.db in the working folder.</summary>
    public static string DefaultDb => Environment.GetEnvironmentVariable("ATHAR_DB") is { Length: > 0 } db ? db : SqliteStore.DefaultPath;

    public IAtharStore Store { get; }

    /// <summary>A --db as messages show it (a database's password left out).</summary>
    public static string Shown(string db) => PostgresAddress.Is(db) ? PostgresAddress.Shown(db) : db;

    /// <summary>The full-text search; null for a SQLite store whose index was never built.</summary>
    public IArticleSearch? Search { get; }

    /// <summary>
    /// Opens a store that must exist (a file read-only when asked: its schema must then be current); place filters
    /// are resolved with the gazetteer <paramref name="places"/> makes (the built-in one when null).
    /// </summary>
    public static StoreSession OpenForReading(string db, bool readOnly = false, Func<Gazetteer>? places = null)
    {
        if (PostgresAddress.Is(db))
        {
            var server = PostgresStore.Open(db, places);
            return new StoreSession(server, server.Search, null);
        }
        var store = SqliteStore.Open(db, create: false, readOnly: readOnly, places: places);
        var folder = ArticleIndex.PathFor(db);
        var index = ArticleIndex.Exists(folder) ? ArticleIndex.OpenForReading(folder) : null;
        return new StoreSession(store, index, index);
    }

    public void Dispose()
    {
        _index?.Dispose();
        Store.Dispose();
    }
}
