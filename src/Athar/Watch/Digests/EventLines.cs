using Athar.Corpus;
using Athar.Events;
using Athar.Store;

namespace Athar.Watch.Digests;

/// <summary>The events the new articles report that pass the filter: new ones, and known ones with new sources (only those shown).</summary>
internal sealed class EventLines(IAtharStore corpus, DigestSources sources)
{
    public IEnumerable<DigestItem> For(WatchFilter filter, IReadOnlyList<long> articles, long afterArticle)
    {
        var upTo = articles[^1];
        foreach (var summary in Matching(filter.Query(articles)))
        {
            if (!filter.Holds(summary.Where?.Lat, summary.Where?.Lon) || corpus.GetEvent(summary.Id) is not { } detail)
                continue;
            var fresh = detail.Sources.Where(s => s.Article.Id > afterArticle && s.Article.Id <= upTo).ToList();
            if (fresh.Count == 0)
                continue;
            var isNew = detail.Sources.All(s => s.Article.Id > afterArticle);
            yield return new DigestItem(
                isNew ? DigestItemKind.NewEvent : DigestItemKind.MoreSources,
                EventTypes.Name(summary.Type), summary.When, summary.Where, summary.Certainty, Parties(summary), summary.Id,
                summary.Sources, summary.IndependentSources,
                fresh.Select(s => sources.Of(s.Article, string.Join(' ', s.Sentences.Select(t => t.Text)))).ToList());
        }
    }

    private IEnumerable<EventSummary> Matching(EventQuery query)
    {
        for (var page = query; ; page = page with { Offset = page.Offset + page.Limit })
        {
            var result = corpus.QueryEvents(page);
            foreach (var e in result.Items)
                yield return e;
            if (page.Offset + result.Items.Count >= result.Total || result.Items.Count == 0)
                yield break;
        }
    }

    private static string? Parties(EventSummary e) => (e.Agent, e.Target) switch
    {
        ({ } a, { } t) => $"{a.Name} → {t.Name}",
        ({ } a, null) => a.Name,
        (null, { } t) => $"→ {t.Name}",
        _ => null,
    };
}
