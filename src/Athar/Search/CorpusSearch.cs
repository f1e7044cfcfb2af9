using Athar.Corpus;
using Athar.Events;
using Athar.Input;
using Athar.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Athar.Search;

/// <summary>A search: the query text and optional filters (the web API's /api/search maps onto it).</summary>
public sealed record SearchRequest
{
    public const int MaxLimit = 200;

    /// <summary>Words to find; may be empty when a hashtag is given (its words are looked for then).</summary>
    public required string Query { get; init; }

    /// <summary>Articles published, and events happening, on or after this day.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
    public string? Country { get; init; }
    public string? Place { get; init; }
    public string? Actor { get; init; }
    public IReadOnlyList<EventType>? Types { get; init; }

    /// <summary>Only articles carrying this hashtag (with or without «#», words joined by «_» or spaces).</summary>
    public string? Hashtag { get; init; }

    public int Limit { get; init; } = 10;
}

public sealed record ArticleHit(ArticleSummary Article, float Score, IReadOnlyList<Snippet> Snippets);

/// <summary>An event reported by a matching article, with that article's evidence sentence highlighted.</summary>
public sealed record EventHit(EventSummary Event, long ArticleId, Snippet Snippet);

/// <summary>
/// Results: the best matching articles and how many match in all, then the newest events those articles
/// report (from every matching article) and how many they report in all. Relaxed is true when no article had
/// every word and the results are those with any of them.
/// </summary>
public sealed record SearchResults(string Query, bool Relaxed, int TotalArticles, IReadOnlyList<ArticleHit> Articles, IReadOnlyList<EventHit> Events)
{
    /// <summary>Events matching the filters that some matching article reports (Events lists the newest of them).</summary>
    public int TotalEvents { get; init; }
}

/// <summary>Full-text search over the index, joined with the store for articles, events and their evidence.</summary>
public sealed class CorpusSearch(ArticleIndex index, IAtharStore store)
{
    /// <summary>
    /// Every article with every word of a query, however many: the events list's text filter (/api/events?q=…),
    /// passed on as <see cref="EventQuery.ArticleIds"/>.
    /// </summary>
    public IReadOnlySet<long> ArticleIds(string query) => index.AllIds(SearchQuery.Build(SearchQuery.Parse(query), requireAll: true), null);

    public SearchResults Search(SearchRequest request)
    {
        if (request.Limit is < 1 or > SearchRequest.MaxLimit)
            throw new UserInputException($"limit must be between 1 and {SearchRequest.MaxLimit}");
        var words = Words(request);
        var terms = SearchQuery.Parse(words);
        var filter = Filter(request);
        var articleFilter = Filter(request, withPublished: true);
        var relaxed = false;
        var query = SearchQuery.Build(terms, requireAll: true);
        var page = index.SearchPage(query, articleFilter, request.Limit);
        if (page.Total == 0 && terms.Required > 1 && index.SearchPage(query, filter, 1).Total == 0)
        {
            relaxed = true;
            query = SearchQuery.Build(terms, requireAll: false);
            page = index.SearchPage(query, articleFilter, request.Limit);
        }
        var summaries = store.GetArticles(page.Hits.Select(h => h.ArticleId).ToList()).ToDictionary(a => a.Id);
        var articles = page.Hits.Where(h => summaries.ContainsKey(h.ArticleId)).Select(h =>
            new ArticleHit(summaries[h.ArticleId], h.Score, Snippets.Of(query, store.GetArticle(h.ArticleId)!.Document.Text))).ToList();
        var (events, totalEvents) = Events(request, query, index.AllIds(query, filter));
        return new SearchResults(words, relaxed, page.Total, articles, events) { TotalEvents = totalEvents };
    }

    // The words looked for: the query, or a hashtag's own words when only a hashtag is given.
    private static string Words(SearchRequest request) =>
        !string.IsNullOrWhiteSpace(request.Query) ? request.Query
        : request.Hashtag is { } tag && tag.TrimStart('#').Replace('_', ' ').Trim() is { Length: > 0 } tagWords ? tagWords
        : throw new UserInputException("give the words to look for (or a hashtag)");

    private (List<EventHit> Hits, int Total) Events(SearchRequest request, Query query, IReadOnlySet<long> articleIds)
    {
        if (articleIds.Count == 0)
            return ([], 0);
        var page = store.QueryEvents(new EventQuery
        {
            ArticleIds = articleIds.ToList(),
            From = request.From,
            To = request.To,
            Country = request.Country,
            Place = request.Place,
            Actor = request.Actor,
            Types = request.Types,
            Limit = request.Limit,
        });
        var hits = new List<EventHit>();
        foreach (var summary in page.Items)
        {
            if (store.GetEvent(summary.Id) is not { } detail)
                continue;
            var source = detail.Sources.FirstOrDefault(s => articleIds.Contains(s.Article.Id)) ?? detail.Sources[0];
            var snippet = source.Sentences.Select(s => Snippets.Whole(query, s.Text)).OrderByDescending(s => s.Highlights.Count).FirstOrDefault()
                ?? new Snippet(summary.Summary, []);
            hits.Add(new EventHit(summary, source.Article.Id, snippet));
        }
        return (hits, page.Total);
    }

    // Filters narrow articles to those naming the country, place, actor or event type (as the store keys them)
    // and, for the article list, to those published in the dates asked (events are filtered by their own dates).
    private Filter? Filter(SearchRequest r, bool withPublished = false)
    {
        var filter = new BooleanQuery();
        if (withPublished && (r.From is not null || r.To is not null))
            filter.Add(TermRangeQuery.NewStringRange(ArticleFields.Published, Day(r.From), Day(r.To), true, true), Occur.MUST);
        if (r.Country is { } country)
            filter.Add(new TermQuery(new Term(ArticleFields.Country, country.Trim().ToUpperInvariant())), Occur.MUST);
        if (r.Place is { } place)
            filter.Add(AnyOf(ArticleFields.Place, store.ResolvePlace(place).IndexTerms().Concat(ArticleFields.FilterTerms(place))), Occur.MUST);
        if (r.Actor is { } actor)
            filter.Add(AnyOf(ArticleFields.Actor, ArticleFields.FilterTerms(actor)), Occur.MUST);
        if (r.Types is { Count: > 0 } types)
            filter.Add(AnyOf(ArticleFields.Type, types.Select(EventTypes.Name)), Occur.MUST);
        if (r.Hashtag is { } hashtag)
            filter.Add(AnyOf(ArticleFields.Hashtag, ArticleFields.FilterTerms(hashtag.TrimStart('#').Replace('_', ' '))), Occur.MUST);
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var q = new BooleanQuery();
        foreach (var v in values)
            q.Add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        return q;
    }
}
