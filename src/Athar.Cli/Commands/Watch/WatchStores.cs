using Athar.Search;
using Athar.Store;
using Athar.Store.Postgres;

namespace Athar.Cli.Commands.Watch;

/// <summary>The store a watch command reads and writes, by what --db names: a SQLite file or a PostgreSQL database.</summary>
internal static class WatchStores
{
    /// <summary>Opens the store (a SQLite file is made when <paramref name="create"/>; a PostgreSQL database gets its schema).</summary>
    public static SqlStore Open(string db, bool create) => PostgresAddress.Is(db)
        ? PostgresStore.Open(db, CliGazetteer.Later())
        : SqliteStore.Open(db, create: create, places: CliGazetteer.Later());

    /// <summary>
    /// Article ids holding a query, for --words: the server store's search vectors, or the SQLite file's Lucene index
    /// (null when it has none; <paramref name="index"/> is then what to dispose).
    /// </summary>
    public static Func<string, IReadOnlySet<long>>? WordSearch(string db, SqlStore store, out ArticleIndex? index)
    {
        index = null;
        if (store is PostgresStore server)
            return new CorpusSearch(server.Search, server).ArticleIds;
        var folder = ArticleIndex.PathFor(db);
        index = ArticleIndex.Exists(folder) ? ArticleIndex.OpenForReading(folder) : null;
        return index is null ? null : new CorpusSearch(index, store).ArticleIds;
    }
}
