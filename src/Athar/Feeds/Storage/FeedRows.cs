using System.Globalization;
using Athar.Store;

namespace Athar.Feeds.Storage;

/// <summary>Feeds and their items in either store (tables of the watch migration: SQLite's 3, PostgreSQL's 2).</summary>
internal sealed class FeedRows(SqlRunner sql)
{
    public FeedState? Get(string url) => sql.Query(
        "SELECT url, etag, last_modified, last_polled_at, last_status, failures FROM feeds WHERE url = @url",
        r => new FeedState(r.GetString(0), r.Text(1), r.Text(2), r.Text(3) is { } at ? DateTimeOffset.Parse(at, CultureInfo.InvariantCulture) : null, r.Text(4), r.GetInt32(5)),
        ("@url", url)).FirstOrDefault();

    public void Save(FeedState s) => sql.Execute(
        """
        INSERT INTO feeds (url, etag, last_modified, last_polled_at, last_status, failures) VALUES (@url, @etag, @lm, @at, @status, @failures)
        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,
            last_status = excluded.last_status, failures = excluded.failures
        """,
        ("@url", s.Url), ("@etag", s.ETag), ("@lm", s.LastModified), ("@at", s.LastPolled?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
        ("@status", s.LastStatus), ("@failures", s.Failures));

    public bool HasItem(string key) => sql.Scalar("SELECT 1 FROM feed_items WHERE item_key = @key", ("@key", key)) is not null;

    public bool HasContent(string hash) => sql.Scalar("SELECT 1 FROM documents WHERE content_hash = @h", ("@h", hash)) is not null;

    public void Record(string key, string feedUrl, string? hash, DateOnly? published, DateTimeOffset at) => sql.Execute(
        """
        INSERT INTO feed_items (item_key, feed_url, content_hash, document_id, published, seen_at)
        VALUES (@key, @feed, @hash, (SELECT id FROM documents WHERE content_hash = @hash), @published, @at) ON CONFLICT (item_key) DO NOTHING
        """,
        ("@key", key), ("@feed", feedUrl), ("@hash", hash), ("@published", published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("@at", at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)));
}
