using Athar.Watch;
using Athar.Watch.Storage;

namespace Athar.Store;

/// <summary>
/// Both stores' watch-lists, digests and deliveries: the same SQL on SQLite (migration 3) and PostgreSQL (migration 2),
/// see <see cref="WatchTables"/>. The server store adds what several processes on one database need (it overrides
/// <see cref="LatestArticleId"/> and <see cref="HoldWatchList"/>).
/// </summary>
public abstract partial class SqlStore : IWatchStore
{
    private WatchListRows? _watchLists;
    private WatchCorpus? _watchCorpus;

    private WatchListRows WatchListRows => _watchLists ??= new WatchListRows(Sql);

    private WatchCorpus WatchCorpus => _watchCorpus ??= new WatchCorpus(Sql);

    public virtual long LatestArticleId() => WatchCorpus.LatestArticleId();

    public long LastArticleBefore(DateTimeOffset moment) => WatchCorpus.LastArticleBefore(moment);

    public IReadOnlyList<long> ArticlesBetween(long afterId, long upToId) => WatchCorpus.Between(afterId, upToId);

    public IReadOnlyList<string> ActorKeys(string idOrName) => Actors.Keys(idOrName);

    public IReadOnlyList<ClaimRow> ClaimsIn(IReadOnlyCollection<long> articleIds) => WatchCorpus.ClaimsIn(articleIds);

    public IReadOnlyList<KnownPlace> ActorPlacesUpTo(IReadOnlyCollection<string> actorKeys, long upToArticle) => WatchCorpus.ActorPlacesUpTo(actorKeys, upToArticle);

    public bool AddWatchList(WatchList list) => WatchListRows.Add(list);

    public bool RemoveWatchList(string name) => WatchListRows.Remove(name);

    public IReadOnlyList<WatchList> WatchLists() => WatchListRows.All();

    public WatchList? GetWatchList(string name) => WatchListRows.Get(name);

    /// <summary>Nothing to hold on SQLite: one process writes at a time (and a digest's record is one write transaction).</summary>
    public virtual IDisposable HoldWatchList(string name) => NoHold.Instance;

    public void MarkRun(string name, DateTimeOffset at, long upTo) => WatchListRows.MarkRun(name, at, upTo);

    public long DigestedUpTo(string name) => WatchListRows.DigestedUpTo(name);

    public StoredDigest? RecordDigest(Digest digest, IReadOnlyList<DeliveryTarget> targets) => InTransaction(() => WatchListRows.Record(digest, targets));

    public IReadOnlyList<StoredDigest> Digests(string name, int limit) => WatchListRows.Digests(name, limit);

    public IReadOnlyList<OpenDelivery> OpenDeliveries(string? name = null) => WatchListRows.Open(name);

    public IReadOnlyList<DeliveryState> Deliveries(long digestId) => WatchListRows.Deliveries(digestId);

    public void MarkDelivery(long digestId, DeliveryTarget target, string? error, DateTimeOffset at) => WatchListRows.MarkDelivery(digestId, target, error, at);

    private sealed class NoHold : IDisposable
    {
        public static readonly NoHold Instance = new();

        public void Dispose()
        {
        }
    }
}
