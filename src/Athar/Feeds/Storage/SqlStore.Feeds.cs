using Athar.Feeds;
using Athar.Feeds.Storage;

namespace Athar.Store;

/// <summary>Both stores' memory of polled feeds and their items (the same SQL on SQLite and PostgreSQL).</summary>
public abstract partial class SqlStore : IFeedStore
{
    private FeedRows? _feeds;

    private FeedRows Feeds => _feeds ??= new FeedRows(Sql);

    public FeedState? GetFeed(string url) => Feeds.Get(url);

    public void SaveFeed(FeedState state) => Feeds.Save(state);

    public bool HasItem(string key) => Feeds.HasItem(key);

    public bool HasContent(string contentHash) => Feeds.HasContent(contentHash);

    public void RecordItem(string key, string feedUrl, string? contentHash, DateOnly? published, DateTimeOffset at) => Feeds.Record(key, feedUrl, contentHash, published, at);
}
