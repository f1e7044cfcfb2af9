using Athar.Feeds;
using Athar.Feeds.Sqlite;

namespace Athar.Store;

/// <summary>The SQLite store's memory of polled feeds and their items.</summary>
public sealed partial class SqliteStore : IFeedStore
{
    private SqliteFeedState? _feeds;

    private SqliteFeedState Feeds => _feeds ??= new SqliteFeedState(Sql);

    public FeedState? GetFeed(string url) => Feeds.Get(url);

    public void SaveFeed(FeedState state) => Feeds.Save(state);

    public bool HasItem(string key) => Feeds.HasItem(key);

    public bool HasContent(string contentHash) => Feeds.HasContent(contentHash);

    public void RecordItem(string key, string feedUrl, string? contentHash, DateOnly? published, DateTimeOffset at) => Feeds.Record(key, feedUrl, contentHash, published, at);
}
