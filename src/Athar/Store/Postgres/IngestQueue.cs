using System.Globalization;
using System.Text.Json;
using Athar.Input;
using Athar.Output;

namespace Athar.Store.Postgres;

/// <summary>An article waiting in the shared ingest queue: its content hash, where it was read, and the article.</summary>
public sealed record QueuedArticle(string ContentHash, string Origin, string? SourcePath, Article Article);

/// <summary>
/// The server store's shared ingest queue. Every worker enqueues what it reads (content already stored or queued
/// is skipped), then all take batches with FOR UPDATE SKIP LOCKED, so N workers share the work whatever each was
/// given; a batch is stored and dequeued in one transaction, so a worker killed midway leaves its rows to the others.
/// </summary>
internal sealed class IngestQueue(SqlRunner sql)
{
    /// <summary>Queues an article unless its content is stored or queued; true when it was queued now.</summary>
    public bool Enqueue(QueuedArticle item) => sql.Execute(
        """
        INSERT INTO ingest_queue (content_hash, origin, source_path, article_json, queued_at)
        SELECT @hash, @origin, @path, @json, @at WHERE NOT EXISTS (SELECT 1 FROM documents WHERE content_hash = @hash)
        ON CONFLICT DO NOTHING
        """,
        ("@hash", item.ContentHash), ("@origin", item.Origin), ("@path", item.SourcePath),
        ("@json", JsonSerializer.Serialize(item.Article, ResultJson.Compact)),
        ("@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture))) == 1;

    /// <summary>Locks up to <paramref name="max"/> queued articles no other worker holds (inside the caller's transaction).</summary>
    public IReadOnlyList<QueuedArticle> Claim(int max) => sql.Query(
        """
        SELECT content_hash, origin, source_path, article_json FROM ingest_queue
        ORDER BY queued_at, content_hash LIMIT @max FOR UPDATE SKIP LOCKED
        """,
        r => new QueuedArticle(r.GetString(0), r.GetString(1), r.Text(2), JsonSerializer.Deserialize<Article>(r.GetString(3), ResultJson.Compact)!),
        ("@max", max));

    public void Remove(string contentHash) => sql.Execute("DELETE FROM ingest_queue WHERE content_hash = @h", ("@h", contentHash));

    public int Waiting() => Convert.ToInt32(sql.Scalar("SELECT count(*) FROM ingest_queue"), CultureInfo.InvariantCulture);
}
