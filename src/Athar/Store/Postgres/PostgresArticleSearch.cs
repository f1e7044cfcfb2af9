using Athar.Search;

namespace Athar.Store.Postgres;

/// <summary>Full-text search over the server store's search vectors (GIN index), best first by PostgreSQL's ts_rank.</summary>
internal sealed class PostgresArticleSearch(SqlRunner sql) : IArticleSearch
{
    // Publication dates are ISO text in both stores, so a range compares them as text.
    private const string Matching = """
        search @@ CAST(@q AS tsquery)
        AND (CAST(@from AS text) IS NULL OR published >= @from) AND (CAST(@to AS text) IS NULL OR published <= @to)
        """;

    public IndexPage SearchPage(SearchAsk ask, int max)
    {
        var hits = sql.Query(
            $"SELECT id, CAST(ts_rank(search, CAST(@q AS tsquery)) AS real), published FROM documents WHERE {Matching} ORDER BY 2 DESC, id LIMIT @max",
            r => new IndexHit(r.GetInt64(0), r.GetFloat(1), r.Date(2)),
            Args(ask, ("@max", Math.Max(1, max))));
        var total = hits.Count < max ? hits.Count
            : sql.Query($"SELECT CAST(count(*) AS integer) FROM documents WHERE {Matching}", r => r.GetInt32(0), Args(ask)).Single();
        return new IndexPage(hits, total);
    }

    public IReadOnlySet<long> AllIds(SearchAsk ask) =>
        sql.Query($"SELECT id FROM documents WHERE {Matching}", r => r.GetInt64(0), Args(ask)).ToHashSet();

    private static (string, object?)[] Args(SearchAsk ask, params (string, object?)[] more) =>
    [
        ("@q", SearchVectorQuery.Of(ask)),
        ("@from", StoreText.Date(ask.Keys.PublishedFrom)),
        ("@to", StoreText.Date(ask.Keys.PublishedTo)),
        .. more,
    ];
}
