using Athar.Corpus;

namespace Athar.Store;

/// <summary>
/// The corpus store: articles with their layers, fused events with their sources, claims and counts. The
/// pipeline never sees it; ingest writes through it and the CLI and web API read through it, so another
/// database (PostgreSQL) is one more implementation. Reads map onto the web API: QueryEvents → /api/events,
/// GetEvent → /api/events/{id}, GetArticle → /api/articles/{id}, Whereabouts → /api/actors/{id}/whereabouts,
/// Counts(Hashtag) → /api/hashtags, Counts(Actor|Place) → «most mentioned».
/// </summary>
public interface IAtharStore : IDisposable
{
    /// <summary>Content hashes already stored: ingest skips those articles before analysing them.</summary>
    IReadOnlySet<string> ContentHashes();

    /// <summary>
    /// Saves a batch in one transaction: each new article with its layers, its near-duplicate check, and its
    /// events fused into clusters. An article whose content hash is stored already is skipped (Added false).
    /// </summary>
    IReadOnlyList<SaveResult> Save(IReadOnlyList<AnalysedArticle> batch);

    /// <summary>Articles stored but not yet in the search index (an ingest stopped between the two).</summary>
    IReadOnlyList<long> ArticlesNotIndexed(int limit);

    void MarkIndexed(IEnumerable<long> articleIds);

    /// <summary>Marks every article for re-indexing (the index folder was lost or rebuilt).</summary>
    void MarkAllNotIndexed();

    /// <summary>Every stored article's id and whether the store records it as indexed, in id order (for <c>athar check</c>).</summary>
    IReadOnlyList<(long Id, bool Indexed)> IndexStates();

    /// <summary>How many articles are stored, and how many of them are recorded as indexed (the cheap check).</summary>
    (int Articles, int Indexed) IndexCounts();

    /// <summary>Events whose running tally disagrees with their reports (none, unless a store was damaged or is from before tallies).</summary>
    IReadOnlyList<long> EventsOutOfStep();

    /// <summary>Folds the reports of these events again (an event left without reports is removed).</summary>
    void RebuildEvents(IReadOnlyList<long> ids);

    StoredArticle? GetArticle(long id);

    IReadOnlyList<ArticleSummary> GetArticles(IReadOnlyCollection<long> ids);

    EventPage QueryEvents(EventQuery query);

    /// <summary>Every event matching the filters (paging ignored), streamed page by page (exports).</summary>
    IEnumerable<EventSummary> AllEvents(EventQuery query);

    /// <summary>An event with its sources, earliest first: all of them, or the page asked for (EventDetail.SourcesTotal counts all).</summary>
    EventDetail? GetEvent(long id, int sourcesOffset = 0, int sourcesLimit = int.MaxValue);

    /// <summary>How many events matching the filters (paging ignored) start in each day, month or year, in date order.</summary>
    IReadOnlyList<DateCount> Timeline(EventQuery query, TimeBucket bucket);

    /// <summary>Actors matching a catalogue id, a key or a name as written («داعش», «isis», «Islamic State»).</summary>
    IReadOnlyList<ActorRef> ResolveActor(string idOrName);

    /// <summary>What a place filter («إدلب», «Idlib», «SY07») stands for, read with the gazetteer the store was opened with.</summary>
    PlaceFilter ResolvePlace(string place);

    WhereaboutsReport Whereabouts(string actor, DateOnly? from = null, DateOnly? to = null);

    /// <summary>The most named hashtags, actors or places, optionally only in articles published in [from, to].</summary>
    IReadOnlyList<TermCount> Counts(MentionKind kind, int limit, DateOnly? from = null, DateOnly? to = null);

    StoreStats Stats();
}
