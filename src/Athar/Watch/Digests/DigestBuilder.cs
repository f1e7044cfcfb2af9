using Athar.Input;
using Athar.Store;

namespace Athar.Watch.Digests;

/// <summary>
/// Makes a list's digest over the articles stored after one id up to another: new events, events that
/// gained sources, new whereabouts claims (with --claims), and, for a list on an actor, each place the actor
/// had never been reported at before. Reads only; recording and delivery are the caller's.
/// </summary>
/// <param name="wordSearch">Article ids holding a search query (the search index); null when there is no index.</param>
public sealed class DigestBuilder(IAtharStore corpus, IWatchStore watch, Func<string, IReadOnlySet<long>>? wordSearch)
{
    public Digest Build(WatchList list, long afterArticle, long upToArticle, DateTimeOffset made)
    {
        var filter = list.Filter;
        IReadOnlyList<long> articles = watch.ArticlesBetween(afterArticle, upToArticle);
        if (filter.Words is { } words && articles.Count > 0)
        {
            var holding = (wordSearch ?? throw new UserInputException($"watch-list '{list.Name}' needs the search index for --words, and the store has none: run `athar ingest` on it once"))(words);
            articles = articles.Where(holding.Contains).ToList();
        }
        var items = new List<DigestItem>();
        if (articles.Count > 0)
        {
            var sources = new DigestSources(corpus);
            items.AddRange(new EventLines(corpus, sources).For(filter, articles, afterArticle));
            if (filter.Claims)
                items.AddRange(new ClaimLines(watch, sources, corpus.ResolvePlace).For(filter, articles));
            if (filter.Actor is { } actor)
                items.InsertRange(0, FirstSightings.Among(items, watch.ActorPlacesUpTo(watch.ActorKeys(actor), afterArticle)));
        }
        return new Digest(list.Name, filter.Describe(), made, afterArticle, upToArticle, items);
    }
}
