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
/// Results: matching articles (best first) and the events they report. Relaxed is true when no article had
/// every word and the results are those with any of them.
/// </summary>
public sealed record SearchResults(string Query, bool Relaxed, int TotalArticles, IReadOnlyList<ArticleHit> Articles, IReadOnlyList<EventHit> Events);

/// <summary>Full-text search over the index, joined with the store for articles, events and their evidence.</summary>
public sealed class CorpusSearch(ArticleIndex index, IAtharStore store)
{
    /// <summary>Matching articles considered for the events list.</summary>
    public const int MaxCandidates = 1000;

    /// <summary>
    /// The articles matching a query, best first (all words required, else any): for the events list's text
    /// filter (/api/events?q=…), passed on as <see cref="EventQuery.ArticleIds"/>.
    /// </summary>
    public IReadOnlyList<long> ArticleIds(string query, int max = MaxCandidates)
    {
        var terms = SearchQuery.Parse(query);
        var hits = index.Search(SearchQuery.Build(terms, requireAll: true), null, max);
        if (hits.Count == 0 && terms.Required > 1)
            hits = index.Search(SearchQuery.Build(terms, requireAll: false), null, max);
        return hits.Select(h => h.ArticleId).ToList();
    }

    public SearchResults Search(SearchRequest request)
    {
        if (request.Limit is < 1 or > SearchRequest.MaxLimit)
            throw new UserInputException($"limit must be between 1 and {SearchRequest.MaxLimit}");
        var terms = SearchQuery.Parse(request.Query);
        var filter = Filter(request);
        var relaxed = false;
        var query = SearchQuery.Build(terms, requireAll: true);
        var hits = index.Search(query, filter, MaxCandidates);
        if (hits.Count == 0 && terms.Required > 1)
        {
            relaxed = true;
            query = SearchQuery.Build(terms, requireAll: false);
            hits = index.Search(query, filter, MaxCandidates);
        }
        var inRange = hits.Where(h => InRange(h.Published, request)).ToList();
        var shown = inRange.Take(request.Limit).ToList();
        var summaries = store.GetArticles(shown.Select(h => h.ArticleId).ToList()).ToDictionary(a => a.Id);
        var articles = shown.Where(h => summaries.ContainsKey(h.ArticleId)).Select(h =>
            new ArticleHit(summaries[h.ArticleId], h.Score, Snippets.Of(query, store.GetArticle(h.ArticleId)!.Document.Text))).ToList();
        return new SearchResults(request.Query, relaxed, inRange.Count, articles, Events(request, query, hits.Select(h => h.ArticleId).ToHashSet()));
    }

    private List<EventHit> Events(SearchRequest request, Query query, HashSet<long> articleIds)
    {
        if (articleIds.Count == 0)
            return [];
        var page = store.QueryEvents(new EventQuery
        {
            ArticleIds = articleIds,
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
        return hits;
    }

    private static bool InRange(DateOnly? published, SearchRequest r) =>
        (r.From is null && r.To is null) || (published is { } p && (r.From is null || p >= r.From) && (r.To is null || p <= r.To));

    // Filters narrow articles to those naming the country, place, actor or event type (as the store keys them).
    private static Filter? Filter(SearchRequest r)
    {
        var filter = new BooleanQuery();
        if (r.Country is { } country)
            filter.Add(new TermQuery(new Term(ArticleFields.Country, country.Trim().ToUpperInvariant())), Occur.MUST);
        if (r.Place is { } place)
            filter.Add(AnyOf(ArticleFields.Place, PlaceFilter.Of(place).IndexTerms().Concat(ArticleFields.FilterTerms(place))), Occur.MUST);
        if (r.Actor is { } actor)
            filter.Add(AnyOf(ArticleFields.Actor, ArticleFields.FilterTerms(actor)), Occur.MUST);
        if (r.Types is { Count: > 0 } types)
            filter.Add(AnyOf(ArticleFields.Type, types.Select(EventTypes.Name)), Occur.MUST);
        if (r.Hashtag is { } hashtag)
            filter.Add(AnyOf(ArticleFields.Hashtag, ArticleFields.FilterTerms(hashtag.TrimStart('#').Replace('_', ' '))), Occur.MUST);
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var q = new BooleanQuery();
        foreach (var v in values)
            q.Add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        return q;
    }
}
