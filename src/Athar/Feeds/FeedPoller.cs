using Athar.Corpus;
using Athar.Corpus.Ingest;
using Athar.Input;

namespace Athar.Feeds;

/// <summary>What polling one feed did.</summary>
public sealed record FeedOutcome(Uri Feed, int New, int Seen, int Failed, string Status)
{
    public bool Ok => Status is "ok" or "not modified";
}

/// <summary>
/// Polls one feed: a conditional GET; each item not taken before (by link, or id) read — its page fetched and
/// read with SmartReader when the feed gives only a summary —, the new ones ingested (content already stored
/// is recognised by hash), each recorded as taken once stored, and only then the feed's validators saved.
/// Anything the feed or the network does wrong is one log line and a failed outcome, never an exception.
/// </summary>
public sealed class FeedPoller(IFeedStore state, Func<IReadOnlyList<SourceItem>, IngestSummary> ingest, FeedFetcher fetcher, InputLimits limits, TimeProvider time, Action<string> log)
{
    /// <summary>A feed body shorter than this (characters) is a summary: the item's page is read instead.</summary>
    public const int SummaryChars = 400;

    private readonly ArticleReader _reader = new(limits);

    public async Task<FeedOutcome> PollAsync(Uri feed, CancellationToken cancel)
    {
        var url = feed.ToString();
        var known = state.GetFeed(url);
        var fetched = await fetcher.GetAsync(feed, known?.ETag, known?.LastModified, cancel).ConfigureAwait(false);
        if (fetched.NotModified)
            return Done(feed, known, fetched, new FeedOutcome(feed, 0, 0, 0, "not modified"));
        if (fetched.Note is { } note)
            log($"feed {feed}: {note}");
        string? error = fetched.Error;
        var items = error is null ? Items(fetched.Text!, url, out error) : null;
        if (items is null)
            return Failed(feed, known, error!);
        var fresh = new List<(string Key, SourceItem Item)>();
        int seen = 0, failed = 0;
        foreach (var item in items)
        {
            if (item.Article is not { } article)
            {
                log($"feed {feed}: item {item.Origin}: {item.Error}");
                failed++;
                continue;
            }
            var key = article.Info.Url ?? article.Info.Id ?? item.Origin;
            if (state.HasItem(key) || fresh.Exists(f => f.Key == key))
            {
                seen++;
                continue;
            }
            fresh.Add((key, item with { Article = await Whole(feed, article, cancel).ConfigureAwait(false) }));
        }
        return Store(feed, known, fetched, fresh, seen, failed);
    }

    private List<SourceItem>? Items(string text, string url, out string? error)
    {
        error = null;
        if (!FeedArticles.LooksLikeFeed(text))
            error = "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> at its start)";
        else if (text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
            error = "the feed declares XML entities: refused";
        var items = error is null ? FeedArticles.Read(text, url, _reader).ToList() : null;
        if (items is [{ Article: null, Origin: var origin, Error: var e }] && origin == url)
            (error, items) = (e, null);
        return items;
    }

    // The item's page when the feed carries only a summary; the summary when the page cannot be read.
    private async Task<Article> Whole(Uri feed, Article article, CancellationToken cancel)
    {
        if (article.Text.Length >= SummaryChars || FeedList.Url(article.Info.Url ?? string.Empty) is not { } page)
            return article;
        var fetched = await fetcher.GetAsync(page, null, null, cancel).ConfigureAwait(false);
        try
        {
            if (fetched.Error is { } error)
                throw new UserInputException(error);
            var read = HtmlArticle.Extract(fetched.Text!, article.Info);
            return read.Text.Length > article.Text.Length ? read : article;
        }
        catch (UserInputException e)
        {
            log($"feed {feed}: page {page}: {e.Message}; the feed's summary is kept");
            return article;
        }
    }

    private FeedOutcome Store(Uri feed, FeedState? known, FetchResult fetched, List<(string Key, SourceItem Item)> fresh, int seen, int failed)
    {
        var now = time.GetUtcNow();
        var stored = 0;
        var complete = true;
        if (fresh.Count > 0)
        {
            var summary = ingest(fresh.Select(f => f.Item).ToList());
            foreach (var failure in summary.Failures)
                log($"feed {feed}: item {failure.Origin}: {failure.Message}");
            foreach (var (key, item) in fresh)
            {
                var hash = ContentHash.Of(item.Article!.Text);
                var failedAnalysis = summary.Failures.Any(f => f.Origin == item.Origin && !f.Message.StartsWith("cannot store", StringComparison.Ordinal));
                if (state.HasContent(hash) || failedAnalysis)
                {
                    state.RecordItem(key, feed.ToString(), failedAnalysis ? null : hash, item.Article.Info.Published, now);
                    stored += failedAnalysis ? 0 : 1;
                }
                else
                    complete = false; // not stored: the feed is fetched whole again next round
            }
            failed += summary.Failed;
        }
        var outcome = new FeedOutcome(feed, stored, seen, failed, "ok");
        return complete ? Done(feed, known, fetched, outcome) : Failed(feed, known, "some items could not be stored; they are tried again next round");
    }

    private FeedOutcome Done(Uri feed, FeedState? known, FetchResult fetched, FeedOutcome outcome)
    {
        state.SaveFeed(new FeedState(feed.ToString(), fetched.ETag ?? known?.ETag, fetched.LastModified ?? known?.LastModified, time.GetUtcNow(), outcome.Status, 0));
        log(outcome.Status == "not modified"
            ? $"feed {feed}: not modified"
            : $"feed {feed}: {outcome.New} new items, {outcome.Seen} taken before{(outcome.Failed > 0 ? $", {outcome.Failed} unreadable" : string.Empty)}");
        return outcome;
    }

    private FeedOutcome Failed(Uri feed, FeedState? known, string error)
    {
        var failures = (known?.Failures ?? 0) + 1;
        state.SaveFeed(new FeedState(feed.ToString(), known?.ETag, known?.LastModified, time.GetUtcNow(), "error: " + error, failures));
        log($"feed {feed}: FAILED ({failures} in a row): {error}");
        return new FeedOutcome(feed, 0, 0, 1, "error: " + error);
    }
}
