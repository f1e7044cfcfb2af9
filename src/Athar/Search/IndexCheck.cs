using Athar.Store;

namespace Athar.Search;

/// <summary>
/// What comparing a store with its search index found. NotYetIndexed are stored articles the store knows are
/// waiting for the index (an ingest stopped between the two); every other list is damage: articles recorded as
/// indexed yet absent, entries of articles the store does not hold, articles with more than one entry, and
/// indexed articles the store has not recorded yet (harmless, fixed by recording them).
/// </summary>
public sealed record IndexCheckReport(
    int StoredArticles,
    int IndexEntries,
    IReadOnlyList<long> NotYetIndexed,
    IReadOnlyList<long> MissingFromIndex,
    IReadOnlyList<long> Orphans,
    IReadOnlyList<long> Duplicated,
    IReadOnlyList<long> NotRecorded)
{
    /// <summary>Events whose fields disagree with their reports (rebuilt from them by a repair).</summary>
    public IReadOnlyList<long> EventsOutOfStep { get; init; } = [];

    /// <summary>Every stored article is searchable exactly once and the index holds nothing else.</summary>
    public bool Whole => NotYetIndexed.Count == 0 && MissingFromIndex.Count == 0 && Orphans.Count == 0 && Duplicated.Count == 0 && NotRecorded.Count == 0
        && EventsOutOfStep.Count == 0;
}

/// <summary>
/// Compares a store with its search index (counts and ids) and repairs the index from the store, which is the
/// truth: articles missing from the index are indexed, entries without an article removed, duplicates
/// replaced by one entry, and the store's record of what is indexed set right.
/// </summary>
public static class IndexCheck
{
    private const int RepairCommitEvery = 500;

    public static IndexCheckReport Run(IAtharStore store, ArticleIndex index)
    {
        var states = store.IndexStates();
        var entries = index.Entries();
        var stored = states.Select(s => s.Id).ToHashSet();
        return new IndexCheckReport(
            states.Count,
            entries.Values.Sum(),
            states.Where(s => !s.Indexed && !entries.ContainsKey(s.Id)).Select(s => s.Id).ToList(),
            states.Where(s => s.Indexed && !entries.ContainsKey(s.Id)).Select(s => s.Id).ToList(),
            entries.Keys.Where(id => !stored.Contains(id)).Order().ToList(),
            entries.Where(e => e.Value > 1 && stored.Contains(e.Key)).Select(e => e.Key).Order().ToList(),
            states.Where(s => !s.Indexed && entries.ContainsKey(s.Id)).Select(s => s.Id).ToList())
        {
            EventsOutOfStep = store.EventsOutOfStep(),
        };
    }

    /// <summary>
    /// The cheap part, run by every ingest on start: true when the counts alone show damage (fewer entries than
    /// articles recorded as indexed, or more entries than articles). Articles waiting to be indexed are not
    /// damage: ingest indexes them anyway.
    /// </summary>
    public static bool CountsDisagree(IAtharStore store, ArticleIndex index)
    {
        var (articles, indexed) = store.IndexCounts();
        var entries = index.Count;
        return entries < indexed || entries > articles;
    }

    /// <summary>Repairs what <see cref="Run"/> found; returns the report of a check run after the repair.</summary>
    public static IndexCheckReport Repair(IAtharStore store, ArticleIndex index, IndexCheckReport found)
    {
        store.RebuildEvents(found.EventsOutOfStep);
        foreach (var id in found.Orphans)
            index.Delete(id);
        var done = new List<long>();
        foreach (var id in found.NotYetIndexed.Concat(found.MissingFromIndex).Concat(found.Duplicated))
        {
            if (store.GetArticle(id) is { } article)
                index.Put(id, article.Document);
            done.Add(id);
            if (done.Count >= RepairCommitEvery)
                Commit(store, index, done);
        }
        done.AddRange(found.NotRecorded);
        Commit(store, index, done);
        return Run(store, index);
    }

    private static void Commit(IAtharStore store, ArticleIndex index, List<long> done)
    {
        index.Commit();
        store.MarkIndexed(done);
        done.Clear();
    }
}
