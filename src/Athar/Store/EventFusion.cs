using System.Text.Json;
using Athar.Corpus;
using Athar.Events;
using Athar.Events.SameIncident;
using Athar.Output;

namespace Athar.Store;

/// <summary>
/// Puts each report of a new article into an event cluster: the best-matching cluster among those with a
/// signature of compatible type and nearby dates (<see cref="AcrossArticlesPolicy"/>, scored against each
/// cluster's distinct <see cref="FusionSignature"/>s), or a new one. A cluster takes at most one report per
/// article (an article's own reports were already merged by the events stage). The cluster's fields are then
/// updated from its <see cref="ClusterTally"/>: adding a report costs the same for a cluster of 3 or 3,000.
/// </summary>
internal sealed class EventFusion(SqlRunner sql)
{
    private const int MaxCached = 50_000;
    private readonly Dictionary<long, EventRecord> _signatures = []; // parsed signature records by row id: rows never change

    /// <summary>The article's reports fused; <paramref name="witness"/> is its independence key.</summary>
    public IReadOnlyList<long> AddReports(long articleId, string witness, DateOnly? published, IReadOnlyList<EventRecord> records)
    {
        var clusters = new List<long>();
        foreach (var record in records)
        {
            var clusterId = BestCluster(record, clusters) ?? NewCluster(record);
            var json = JsonSerializer.Serialize(record, ResultJson.Compact);
            var newArticle = sql.Scalar("SELECT 1 FROM reports WHERE event_id = @e AND document_id = @d LIMIT 1", ("@e", clusterId), ("@d", articleId)) is null;
            sql.Defer(
                """
                INSERT INTO reports (document_id, event_id, local_id, type, date_start, date_end, lat, lon, country, record_json)
                VALUES (@doc, @event, @local, @type, @ds, @de, @lat, @lon, @country, @json)
                """,
                ("@doc", articleId), ("@event", clusterId), ("@local", record.Id), ("@type", EventTypes.Name(record.Type)),
                ("@ds", StoreText.Date(record.When?.Start)), ("@de", StoreText.Date(record.When?.End ?? record.When?.Start)),
                ("@lat", record.Where?.Lat), ("@lon", record.Where?.Lon), ("@country", record.Where?.Country), ("@json", json));
            Join(clusterId, Tally(clusterId), new ClusterMember(record, articleId, witness, published), json, newArticle);
            clusters.Add(clusterId);
        }
        return clusters;
    }

    /// <summary>Folds every report of a cluster again (a store from before tallies, or one <c>athar check</c> found out of step).</summary>
    public void Rebuild(long clusterId)
    {
        sql.Execute("DELETE FROM event_witnesses WHERE event_id = @id", ("@id", clusterId));
        sql.Execute("DELETE FROM event_signatures WHERE event_id = @id", ("@id", clusterId));
        sql.Execute("DELETE FROM event_actors WHERE event_id = @id", ("@id", clusterId));
        sql.Execute("DELETE FROM event_tallies WHERE event_id = @id", ("@id", clusterId));
        var members = sql.Query(
            """
            SELECT r.record_json, d.id, d.duplicate_of, root.outlet, d.published
            FROM reports r JOIN documents d ON d.id = r.document_id
            JOIN documents root ON root.id = coalesce(d.duplicate_of, d.id)
            WHERE r.event_id = @id ORDER BY r.id
            """,
            r => (Json: r.GetString(0), Member: new ClusterMember(StoredLayers.Parse<EventRecord>(r.GetString(0)), r.GetInt64(1), Independence.Key(r.GetInt64(1), r.Long(2), r.Text(3)), r.Date(4))),
            ("@id", clusterId));
        if (members.Count == 0)
        {
            sql.Execute("DELETE FROM events WHERE id = @id", ("@id", clusterId)); // a cluster left without reports is no event
            return;
        }
        var tally = new ClusterTally();
        var articles = new HashSet<long>();
        foreach (var (json, member) in members)
            Join(clusterId, tally, member, json, articles.Add(member.ArticleId));
    }

    // Adds one member to the cluster's tally, witnesses, signatures and actors, and writes the event's fields.
    private void Join(long clusterId, ClusterTally tally, ClusterMember member, string json, bool newArticle)
    {
        var newWitness = sql.Execute(
            "INSERT INTO event_witnesses (event_id, witness) VALUES (@e, @w) ON CONFLICT DO NOTHING", ("@e", clusterId), ("@w", member.IndependenceKey)) == 1;
        tally.Add(member, newArticle, newWitness);
        var record = member.Report;
        if (tally.Signatures < FusionSignature.MaxPerCluster && AcrossArticlesPolicy.Default.IsFusable(record.When))
        {
            tally.Signatures += sql.Execute(
                """
                INSERT INTO event_signatures (event_id, signature, type, date_start, date_end, record_json)
                VALUES (@e, @s, @type, @ds, @de, @json) ON CONFLICT DO NOTHING
                """,
                ("@e", clusterId), ("@s", FusionSignature.Of(record)), ("@type", EventTypes.Name(record.Type)),
                ("@ds", StoreText.Date(record.When!.Start)), ("@de", StoreText.Date(record.When.End ?? record.When.Start)), ("@json", json));
        }
        foreach (var (role, actor) in new[] { ("agent", record.Agent), ("target", record.Target) })
        {
            if (actor is not null)
            {
                sql.Defer(
                    "INSERT INTO event_actors (event_id, actor_key, role) VALUES (@id, @key, @role) ON CONFLICT DO NOTHING",
                    ("@id", clusterId), ("@key", CorpusKeys.Actor(actor.Id, actor.Name)), ("@role", role));
            }
        }
        EventRows.Update(sql, tally.Summary(clusterId));
        sql.Defer(
            "INSERT INTO event_tallies (event_id, state) VALUES (@id, @state) ON CONFLICT (event_id) DO UPDATE SET state = excluded.state",
            ("@id", clusterId), ("@state", JsonSerializer.Serialize(tally, ResultJson.Compact)));
    }

    private ClusterTally Tally(long clusterId)
    {
        if (sql.Scalar("SELECT state FROM event_tallies WHERE event_id = @id" + sql.Dialect.ForUpdate, ("@id", clusterId)) is string state)
            return JsonSerializer.Deserialize<ClusterTally>(state, ResultJson.Compact)!;
        Rebuild(clusterId); // a cluster from before tallies: fold its reports once
        return JsonSerializer.Deserialize<ClusterTally>((string)sql.Scalar("SELECT state FROM event_tallies WHERE event_id = @id", ("@id", clusterId))!, ResultJson.Compact)!;
    }

    private long? BestCluster(EventRecord record, List<long> taken)
    {
        if (!AcrossArticlesPolicy.Default.IsFusable(record.When))
            return null;
        var start = record.When!.Start!.Value;
        var end = record.When.End ?? start;
        var types = AcrossArticlesPolicy.CompatibleTypes(record.Type);
        var typeParams = string.Join(", ", types.Select((_, i) => $"@t{i}"));
        var args = new List<(string, object?)>
        {
            ("@lo", StoreText.Date(start.AddDays(-1 - AcrossArticlesPolicy.Default.MaxFusableDays))),
            ("@hi", StoreText.Date(end.AddDays(1))),
            ("@from", StoreText.Date(start.AddDays(-1))),
        };
        args.AddRange(types.Select((t, i) => ($"@t{i}", (object?)EventTypes.Name(t))));
        var candidates = sql.Query(
            $"""
            SELECT id, event_id, record_json FROM event_signatures
            WHERE type IN ({typeParams}) AND date_start BETWEEN @lo AND @hi AND date_end >= @from
            """,
            r => (EventId: r.GetInt64(1), Record: Signature(r.GetInt64(0), r.GetString(2))),
            [.. args]);
        return candidates
            .Where(c => !taken.Contains(c.EventId))
            .Select(c => (c.EventId, Score: AcrossArticlesPolicy.Default.Score(record, c.Record)))
            .Where(c => c.Score is not null)
            .OrderByDescending(c => c.Score).ThenBy(c => c.EventId)
            .Select(c => (long?)c.EventId)
            .FirstOrDefault();
    }

    private EventRecord Signature(long rowId, string json)
    {
        if (_signatures.TryGetValue(rowId, out var record))
            return record;
        if (_signatures.Count >= MaxCached)
            _signatures.Clear();
        _signatures[rowId] = record = StoredLayers.Parse<EventRecord>(json);
        return record;
    }

    private long NewCluster(EventRecord record)
    {
        var id = sql.Insert(
            "INSERT INTO events (type, certainty, sources, independent_sources, summary, updated_at) VALUES (@type, 'reported', 0, 0, '', '')",
            ("@type", EventTypes.Name(record.Type)));
        sql.Defer("INSERT INTO event_tallies (event_id, state) VALUES (@id, '{}')", ("@id", id));
        return id;
    }
}
