using Athar.Search;

namespace Athar.Store.Postgres;

/// <summary>Full-text search over the server store's search vectors (GIN index), best first by PostgreSQL's ts_rank.</summary>
internal sealed class PostgresArticleSearch(SqlRunner sql) : IArticleSearch
{
    public IReadOnlyList<IndexHit> Search(SearchAsk ask, int max) => sql.Query(
        """
        SELECT id, CAST(ts_rank(search, CAST(@q AS tsquery)) AS real), published FROM documents
        WHERE search @@ CAST(@q AS tsquery) ORDER BY 2 DESC, id LIMIT @max
        """,
        r => new IndexHit(r.GetInt64(0), r.GetFloat(1), r.Date(2)),
        ("@q", SearchVectorQuery.Of(ask)), ("@max", Math.Max(1, max)));
}
