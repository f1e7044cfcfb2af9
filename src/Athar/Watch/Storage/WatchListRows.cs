using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Athar.Output;
using Athar.Store;

namespace Athar.Watch.Storage;

/// <summary>Watch-lists, digests and deliveries in either store (parameterised SQL only, the same on SQLite and PostgreSQL).</summary>
internal sealed class WatchListRows(SqlRunner sql)
{
    private const string ListColumns = "w.name, w.filter_json, w.schedule, w.emails_json, w.webhook, w.baseline_document, w.last_run_at, w.created_at";
    private const string DigestColumns = "g.id, w.name, g.digest_json";

    public bool Add(WatchList list) => sql.Execute(
        """
        INSERT INTO watch_lists (name, filter_json, schedule, emails_json, webhook, baseline_document, digested_up_to, created_at)
        VALUES (@name, @filter, @schedule, @emails, @webhook, @baseline, @baseline, @created) ON CONFLICT (name) DO NOTHING
        """,
        ("@name", list.Name), ("@filter", JsonSerializer.Serialize(list.Filter, ResultJson.Compact)), ("@schedule", list.Schedule.ToString()),
        ("@emails", JsonSerializer.Serialize(list.Emails)), ("@webhook", list.Webhook?.ToString()), ("@baseline", list.BaselineDocument),
        ("@created", Moment(list.Created))) == 1;

    public bool Remove(string name) => sql.Execute("DELETE FROM watch_lists WHERE name = @name", ("@name", name)) == 1;

    public IReadOnlyList<WatchList> All() => sql.Query($"SELECT {ListColumns} FROM watch_lists w ORDER BY w.name", ReadList);

    public WatchList? Get(string name) =>
        sql.Query($"SELECT {ListColumns} FROM watch_lists w WHERE w.name = @name", ReadList, ("@name", name)).FirstOrDefault();

    public void MarkRun(string name, DateTimeOffset at, long upTo) => sql.Execute(
        $"UPDATE watch_lists SET last_run_at = @at, digested_up_to = {sql.Dialect.Greatest("digested_up_to", "@upTo")} WHERE name = @name",
        ("@at", Moment(at)), ("@upTo", upTo), ("@name", name));

    public long DigestedUpTo(string name) => (long?)sql.Scalar("SELECT digested_up_to FROM watch_lists WHERE name = @name", ("@name", name)) ?? 0;

    /// <summary>
    /// Records a digest with its open deliveries and the list's run, inside the caller's transaction; null (nothing
    /// written) when the list's digests already reach past where this one starts: another run recorded it first.
    /// The list's row is read FOR UPDATE on PostgreSQL, so of two runs the second waits for the first to commit and
    /// then sees how far it went; SQLite's write transaction (BEGIN IMMEDIATE) admits one run at a time already.
    /// </summary>
    public StoredDigest? Record(Digest digest, IReadOnlyList<DeliveryTarget> targets)
    {
        var reached = (long?)sql.Scalar("SELECT digested_up_to FROM watch_lists WHERE name = @name" + sql.Dialect.ForUpdate, ("@name", digest.WatchList));
        if (reached is null || reached > digest.AfterDocument)
            return null;
        var id = sql.Insert(
            """
            INSERT INTO digests (watch_list_id, after_document, up_to_document, made_at, items, digest_json)
            SELECT w.id, @after, @upTo, @made, @items, @json FROM watch_lists w WHERE w.name = @name
            """,
            ("@after", digest.AfterDocument), ("@upTo", digest.UpToDocument), ("@made", Moment(digest.Made)), ("@items", digest.Items.Count),
            ("@json", JsonSerializer.Serialize(digest, ResultJson.Compact)), ("@name", digest.WatchList));
        foreach (var target in targets)
        {
            sql.Execute(
                "INSERT INTO digest_deliveries (digest_id, channel, target, status) VALUES (@id, @channel, @target, 'open') ON CONFLICT DO NOTHING",
                ("@id", id), ("@channel", Channel(target)), ("@target", target.Address));
        }
        MarkRun(digest.WatchList, digest.Made, digest.UpToDocument);
        return new StoredDigest(id, digest.WatchList, digest with { Id = id });
    }

    public IReadOnlyList<StoredDigest> Digests(string name, int limit) => sql.Query(
        $"SELECT {DigestColumns} FROM digests g JOIN watch_lists w ON w.id = g.watch_list_id WHERE w.name = @name ORDER BY g.id DESC LIMIT @limit",
        ReadDigest, ("@name", name), ("@limit", Math.Clamp(limit, 1, 1000)));

    public IReadOnlyList<OpenDelivery> Open(string? name) => sql.Query(
        $"""
        SELECT {DigestColumns}, d.channel, d.target, d.attempts, d.last_error
        FROM digest_deliveries d JOIN digests g ON g.id = d.digest_id JOIN watch_lists w ON w.id = g.watch_list_id
        WHERE d.status <> 'sent' AND (CAST(@name AS text) IS NULL OR w.name = @name)
        ORDER BY g.id, d.channel, d.target
        """,
        r => new OpenDelivery(ReadDigest(r), new DeliveryTarget(ParseChannel(r.GetString(3)), r.GetString(4)), r.GetInt32(5), r.Text(6)),
        ("@name", name));

    public IReadOnlyList<DeliveryState> Deliveries(long digestId) => sql.Query(
        "SELECT channel, target, status, attempts, last_error, sent_at FROM digest_deliveries WHERE digest_id = @id ORDER BY channel, target",
        r => new DeliveryState(new DeliveryTarget(ParseChannel(r.GetString(0)), r.GetString(1)), r.GetString(2), r.GetInt32(3), r.Text(4),
            r.Text(5) is { } sent ? DateTimeOffset.Parse(sent, CultureInfo.InvariantCulture) : null),
        ("@id", digestId));

    public void MarkDelivery(long digestId, DeliveryTarget target, string? error, DateTimeOffset at) => sql.Execute(
        """
        UPDATE digest_deliveries
        SET status = CASE WHEN CAST(@error AS text) IS NULL THEN 'sent' ELSE 'failed' END, attempts = attempts + 1, last_error = @error,
            last_attempt_at = @at, sent_at = CASE WHEN CAST(@error AS text) IS NULL THEN @at ELSE NULL END
        WHERE digest_id = @id AND channel = @channel AND target = @target AND status <> 'sent'
        """,
        ("@error", error), ("@at", Moment(at)), ("@id", digestId), ("@channel", Channel(target)), ("@target", target.Address));

    internal static string Moment(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static string Channel(DeliveryTarget target) => target.Channel.ToString().ToLowerInvariant();

    private static DeliveryChannel ParseChannel(string text) => Enum.Parse<DeliveryChannel>(text, ignoreCase: true);

    private static WatchList ReadList(DbDataReader r) =>
        new(r.GetString(0), JsonSerializer.Deserialize<WatchFilter>(r.GetString(1), ResultJson.Compact)!, DigestSchedule.Parse(r.GetString(2)),
            DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture))
        {
            Emails = JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [],
            Webhook = r.Text(4) is { } url ? new Uri(url) : null,
            BaselineDocument = r.GetInt64(5),
            LastRun = r.Text(6) is { } run ? DateTimeOffset.Parse(run, CultureInfo.InvariantCulture) : null,
        };

    private static StoredDigest ReadDigest(DbDataReader r)
    {
        var id = r.GetInt64(0);
        var digest = JsonSerializer.Deserialize<Digest>(r.GetString(2), ResultJson.Compact)! with { Id = id };
        return new StoredDigest(id, r.GetString(1), digest);
    }
}
