using Lucene.Net.Search;

namespace Athar.Search;

/// <summary>
/// A search as both indexes need it: the user's terms (all required, or any when relaxed) with the request's
/// filters, and the same as a Lucene query and filter (the Lucene index runs those; snippets highlight with the query).
/// </summary>
public sealed record SearchAsk(SearchTerms Terms, bool RequireAll, Query Query, Filter? Filter, SearchRequest? Request)
{
    /// <summary>Terms with no filter (the events list's text filter).</summary>
    public static SearchAsk Of(SearchTerms terms, bool requireAll) => new(terms, requireAll, SearchQuery.Build(terms, requireAll), null, null);
}

/// <summary>
/// The articles' full-text index: Lucene beside an embedded store (<see cref="ArticleIndex"/>), or the server
/// store's own search vectors, which every worker writes and every reader sees.
/// </summary>
public interface IArticleSearch
{
    /// <summary>Matching articles, best first, at most <paramref name="max"/>.</summary>
    IReadOnlyList<IndexHit> Search(SearchAsk ask, int max);
}
