using Lucene.Net.Search;

namespace Athar.Search;

/// <summary>
/// What a search's filters keep, as index keys (places already resolved through the gazetteer): articles naming
/// one of each list's keys and, when given, published within the dates. Both indexes read the same keys.
/// </summary>
public sealed record SearchKeys
{
    public string? Country { get; init; }
    public IReadOnlyList<string>? Places { get; init; }
    public IReadOnlyList<string>? Actors { get; init; }
    public IReadOnlyList<string>? Types { get; init; }
    public IReadOnlyList<string>? Hashtags { get; init; }
    public DateOnly? PublishedFrom { get; init; }
    public DateOnly? PublishedTo { get; init; }

    public bool IsEmpty => Country is null && Places is null && Actors is null && Types is null && Hashtags is null
        && PublishedFrom is null && PublishedTo is null;
}

/// <summary>
/// A search as both indexes need it: the user's terms (all required, or any when relaxed) with the filters' keys,
/// and the same as a Lucene query and filter (the Lucene index runs those; snippets highlight with the query).
/// </summary>
public sealed record SearchAsk(SearchTerms Terms, bool RequireAll, Query Query, Filter? Filter, SearchKeys Keys)
{
    /// <summary>Terms with no filter (the events list's text filter).</summary>
    public static SearchAsk Of(SearchTerms terms, bool requireAll) => Of(terms, requireAll, new SearchKeys());

    public static SearchAsk Of(SearchTerms terms, bool requireAll, SearchKeys keys) =>
        new(terms, requireAll, SearchQuery.Build(terms, requireAll), SearchFilter.Of(keys), keys);
}

/// <summary>
/// The articles' full-text index: Lucene beside an embedded store (<see cref="ArticleIndex"/>), or the server
/// store's own search vectors, which every worker writes and every reader sees.
/// </summary>
public interface IArticleSearch
{
    /// <summary>The best matching articles (at most <paramref name="max"/>) and how many match in all.</summary>
    IndexPage SearchPage(SearchAsk ask, int max);

    /// <summary>The store ids of every matching article, however many.</summary>
    IReadOnlySet<long> AllIds(SearchAsk ask);
}
