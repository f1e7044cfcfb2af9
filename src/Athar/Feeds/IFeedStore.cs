namespace Athar.Feeds;

/// <summary>A polled feed's state: its validators for the next conditional GET, when and how it was last polled.</summary>
public sealed record FeedState(string Url, string? ETag, string? LastModified, DateTimeOffset? LastPolled, string? LastStatus, int Failures);

/// <summary>
/// What `athar poll` remembers between rounds and restarts: each feed's state, and every item taken (by its
/// link or id, with the content hash of the article made of it). A feed's validators are saved only after
/// all its items are stored, so a poll stopped half-way fetches the feed whole again and loses nothing.
/// </summary>
public interface IFeedStore
{
    FeedState? GetFeed(string url);

    void SaveFeed(FeedState state);

    bool HasItem(string key);

    /// <summary>Whether an article of this content hash is stored (an item seen under another link).</summary>
    bool HasContent(string contentHash);

    void RecordItem(string key, string feedUrl, string? contentHash, DateOnly? published, DateTimeOffset at);
}
