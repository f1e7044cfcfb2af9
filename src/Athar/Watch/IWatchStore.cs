using Athar.Corpus;

namespace Athar.Watch;

/// <summary>A whereabouts claim as a digest needs it: its row id and actor key beside the stored claim.</summary>
public sealed record ClaimRow(long Id, string ActorKey, StoredClaim Stored);

/// <summary>Where an actor was reported, as far as «first time at this place» needs: a place key and its point.</summary>
public sealed record KnownPlace(string Key, double Lat, double Lon);

/// <summary>A recorded digest of a list.</summary>
public sealed record StoredDigest(long Id, string WatchList, Digest Digest);

/// <summary>A delivery of a digest still to make (new) or to retry (failed before).</summary>
public sealed record OpenDelivery(StoredDigest Digest, DeliveryTarget Target, int Attempts, string? LastError);

/// <summary>A delivery as the store tracks it.</summary>
public sealed record DeliveryState(DeliveryTarget Target, string Status, int Attempts, string? LastError, DateTimeOffset? SentAt);

/// <summary>
/// Watch-lists, their digests and the deliveries of each, beside the corpus (IAtharStore). A digest is
/// recorded with one open delivery per target in one transaction; a delivery is marked sent once, so a
/// digest is never sent twice to one target, and an open one is retried on the next run.
/// </summary>
public interface IWatchStore
{
    /// <summary>The id of the last article stored (0 for an empty store): digests are cut at article ids.</summary>
    long LatestArticleId();

    /// <summary>The last article id stored before the given moment (0 when none was).</summary>
    long LastArticleBefore(DateTimeOffset moment);

    /// <summary>The articles stored after one id up to another, oldest first.</summary>
    IReadOnlyList<long> ArticlesBetween(long afterId, long upToId);

    /// <summary>The keys an actor filter stands for (catalogue id, name keys), as the events filter reads it.</summary>
    IReadOnlyList<string> ActorKeys(string idOrName);

    /// <summary>The whereabouts claims made by these articles.</summary>
    IReadOnlyList<ClaimRow> ClaimsIn(IReadOnlyCollection<long> articleIds);

    /// <summary>The places of events and claims naming any of these actors in articles up to an id.</summary>
    IReadOnlyList<KnownPlace> ActorPlacesUpTo(IReadOnlyCollection<string> actorKeys, long upToArticle);

    /// <summary>Adds a list; false when one of that name exists.</summary>
    bool AddWatchList(WatchList list);

    /// <summary>Removes a list with its digests and deliveries; false when there is none of that name.</summary>
    bool RemoveWatchList(string name);

    IReadOnlyList<WatchList> WatchLists();

    WatchList? GetWatchList(string name);

    /// <summary>Notes that the list's digest found nothing new at this moment, looking up to this article.</summary>
    void MarkRun(string name, DateTimeOffset at, long upTo);

    /// <summary>The last article the list's digests have looked at (its baseline when none was made).</summary>
    long DigestedUpTo(string name);

    /// <summary>
    /// Holds a list against other processes on the same store while its digest is made, recorded and delivered
    /// (released on disposal): of two `digest --send` or `poll` runs at once, the second waits, then finds the
    /// first's digest recorded and its deliveries made.
    /// </summary>
    IDisposable HoldWatchList(string name);

    /// <summary>
    /// Records a digest, an open delivery to each target, and the list's run, in one transaction; null (nothing
    /// recorded) when the list's digests reach past the digest's start already (another run recorded it first).
    /// </summary>
    StoredDigest? RecordDigest(Digest digest, IReadOnlyList<DeliveryTarget> targets);

    /// <summary>The list's recorded digests, newest first.</summary>
    IReadOnlyList<StoredDigest> Digests(string name, int limit);

    /// <summary>Deliveries not yet made (new or failed before), oldest digest first; of one list, or of all.</summary>
    IReadOnlyList<OpenDelivery> OpenDeliveries(string? name = null);

    IReadOnlyList<DeliveryState> Deliveries(long digestId);

    /// <summary>Marks one delivery sent, or failed with its error (counting the attempt).</summary>
    void MarkDelivery(long digestId, DeliveryTarget target, string? error, DateTimeOffset at);
}
