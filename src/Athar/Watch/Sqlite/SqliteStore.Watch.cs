using Athar.Watch;
using Athar.Watch.Sqlite;

namespace Athar.Store;

/// <summary>The SQLite store's watch-lists, digests and deliveries (tables of its own migration, see <see cref="WatchTables"/>).</summary>
public sealed partial class SqliteStore : IWatchStore
{
    private SqliteWatchLists? _watchLists;
    private SqliteWatchCorpus? _watchCorpus;

    private SqliteWatchLists WatchListRows => _watchLists ??= new SqliteWatchLists(Sql);

    private SqliteWatchCorpus WatchCorpus => _watchCorpus ??= new SqliteWatchCorpus(Sql);

    public long LatestArticleId() => WatchCorpus.LatestArticleId();

    public long LastArticleBefore(DateTimeOffset moment) => WatchCorpus.LastArticleBefore(moment);

    public IReadOnlyList<long> ArticlesBetween(long afterId, long upToId) => WatchCorpus.Between(afterId, upToId);

    public IReadOnlyList<string> ActorKeys(string idOrName) => Actors.Keys(idOrName);

    public IReadOnlyList<ClaimRow> ClaimsIn(IReadOnlyCollection<long> articleIds) => WatchCorpus.ClaimsIn(articleIds);

    public IReadOnlyList<KnownPlace> ActorPlacesUpTo(IReadOnlyCollection<string> actorKeys, long upToArticle) => WatchCorpus.ActorPlacesUpTo(actorKeys, upToArticle);

    public bool AddWatchList(WatchList list) => WatchListRows.Add(list);

    public bool RemoveWatchList(string name) => WatchListRows.Remove(name);

    public IReadOnlyList<WatchList> WatchLists() => WatchListRows.All();

    public WatchList? GetWatchList(string name) => WatchListRows.Get(name);

    public void MarkRun(string name, DateTimeOffset at, long upTo) => WatchListRows.MarkRun(name, at, upTo);

    public long DigestedUpTo(string name) => WatchListRows.DigestedUpTo(name);

    public StoredDigest RecordDigest(Digest digest, IReadOnlyList<DeliveryTarget> targets) => InTransaction(() => WatchListRows.Record(digest, targets));

    public IReadOnlyList<StoredDigest> Digests(string name, int limit) => WatchListRows.Digests(name, limit);

    public IReadOnlyList<OpenDelivery> OpenDeliveries(string? name = null) => WatchListRows.Open(name);

    public IReadOnlyList<DeliveryState> Deliveries(long digestId) => WatchListRows.Deliveries(digestId);

    public void MarkDelivery(long digestId, DeliveryTarget target, string? error, DateTimeOffset at) => WatchListRows.MarkDelivery(digestId, target, error, at);
}
