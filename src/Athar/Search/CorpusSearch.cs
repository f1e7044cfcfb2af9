using Athar.Corpus;
using Athar.Events;
using Athar.Input;
using Athar.Store;
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
public sealed class CorpusSearch(IArticleSearch index, IAtharStore store)
{
    /// <summary>
    /// Every article with every word of a query, however many: the events list's text filter (/api/events?q=…),
    /// passed on as <see cref="EventQuery.ArticleIds"/>.
    /// </summary>
    public IReadOnlySet<long> ArticleIds(string query) => index.AllIds(SearchAsk.Of(SearchQuery.Parse(query), requireAll: true));

    public SearchResults Search(SearchRequest request)
    {
        if (request.Limit is < 1 or > SearchRequest.MaxLimit)
            throw new UserInputException($"limit must be between 1 and {SearchRequest.MaxLimit}");
        var words = Words(request);
        var terms = SearchQuery.Parse(words);
        var keys = Keys(request);
        var articleKeys = keys with { PublishedFrom = request.From, PublishedTo = request.To };
        var relaxed = false;
        var ask = SearchAsk.Of(terms, requireAll: true, articleKeys);
        var page = index.SearchPage(ask, request.Limit);
        if (page.Total == 0 && terms.Required > 1 && index.SearchPage(SearchAsk.Of(terms, requireAll: true, keys), 1).Total == 0)
        {
            relaxed = true;
            ask = SearchAsk.Of(terms, requireAll: false, articleKeys);
            page = index.SearchPage(ask, request.Limit);
        }
        var query = ask.Query;
        var summaries = store.GetArticles(page.Hits.Select(h => h.ArticleId).ToList()).ToDictionary(a => a.Id);
        var articles = page.Hits.Where(h => summaries.ContainsKey(h.ArticleId)).Select(h =>
            new ArticleHit(summaries[h.ArticleId], h.Score, Snippets.Of(query, store.GetArticle(h.ArticleId)!.Document.Text))).ToList();
        var (events, totalEvents) = Events(request, query, index.AllIds(SearchAsk.Of(terms, !relaxed, keys)));
        return new SearchResults(words, relaxed, page.Total, articles, events) { TotalEvents = totalEvents };
    }

    // The words looked for: the query, or a hashtag's own words when only a hashtag is given.
    private static string Words(SearchRequest request) =>
        !string.IsNullOrWhiteSpace(request.Query) ? request.Query
        : request.Hashtag is { } tag && HashtagWords(tag).Trim() is { Length: > 0 } tagWords ? tagWords
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

    // Filters narrow articles to those naming the country, place (any spelling or id the gazetteer knows, or a
    // province containing it), actor or event type as the store keys them; the article list is also narrowed to
    // the dates asked (events are filtered by their own dates).
    private SearchKeys Keys(SearchRequest r) => new()
    {
        Country = r.Country?.Trim().ToUpperInvariant(),
        Places = r.Place is { } place ? store.ResolvePlace(place).IndexTerms().Concat(ArticleFields.FilterTerms(place)).ToList() : null,
        Actors = r.Actor is { } actor ? ArticleFields.FilterTerms(actor).ToList() : null,
        Types = r.Types is { Count: > 0 } types ? types.Select(EventTypes.Name).ToList() : null,
        Hashtags = r.Hashtag is { } hashtag ? ArticleFields.FilterTerms(HashtagWords(hashtag)).ToList() : null,
    };

    // «#إدلب_تحترق» as words: with or without «#», words joined by «_» or spaces
    private static string HashtagWords(string tag) => tag.TrimStart('#').Replace('_', ' ');
}
