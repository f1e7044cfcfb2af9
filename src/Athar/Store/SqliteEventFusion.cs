using Athar.Corpus;
using Athar.Events;
using Athar.Events.SameIncident;

namespace Athar.Store;

/// <summary>
/// Puts each report of a new article into an event cluster: the best-matching cluster among reports of
/// compatible type and nearby dates from other articles (<see cref="AcrossArticlesPolicy"/>), or a new one. A cluster
/// takes at most one report per article (an article's own reports were already merged by the events stage).
/// </summary>
internal sealed class SqliteEventFusion(SqlRunner sql)
{
    public IReadOnlyList<long> AddReports(long articleId, IReadOnlyList<EventRecord> records)
    {
        var clusters = new List<long>();
        foreach (var record in records)
        {
            var clusterId = BestCluster(articleId, record, clusters) ?? NewCluster(record);
            sql.Insert(
                """
                INSERT INTO reports (document_id, event_id, local_id, type, date_start, date_end, lat, lon, country, record_json)
                VALUES (@doc, @event, @local, @type, @ds, @de, @lat, @lon, @country, @json)
                """,
                ("@doc", articleId), ("@event", clusterId), ("@local", record.Id), ("@type", EventTypes.Name(record.Type)),
                ("@ds", StoreText.Date(record.When?.Start)), ("@de", StoreText.Date(record.When?.End ?? record.When?.Start)),
                ("@lat", record.Where?.Lat), ("@lon", record.Where?.Lon), ("@country", record.Where?.Country),
                ("@json", System.Text.Json.JsonSerializer.Serialize(record, Output.ResultJson.Compact)));
            clusters.Add(clusterId);
        }
        foreach (var clusterId in clusters.Distinct())
            Recompute(clusterId);
        return clusters;
    }

    private long? BestCluster(long articleId, EventRecord record, List<long> taken)
    {
        if (!AcrossArticlesPolicy.Default.IsFusable(record.When))
            return null;
        var start = record.When!.Start!.Value;
        var end = record.When.End ?? start;
        var types = AcrossArticlesPolicy.CompatibleTypes(record.Type);
        var typeParams = string.Join(", ", types.Select((_, i) => $"@t{i}"));
        var args = new List<(string, object?)>
        {
            ("@doc", articleId),
            ("@lo", StoreText.Date(start.AddDays(-1 - AcrossArticlesPolicy.Default.MaxFusableDays))),
            ("@hi", StoreText.Date(end.AddDays(1))),
            ("@from", StoreText.Date(start.AddDays(-1))),
        };
        args.AddRange(types.Select((t, i) => ($"@t{i}", (object?)EventTypes.Name(t))));
        var candidates = sql.Query(
            $"""
            SELECT event_id, record_json FROM reports
            WHERE type IN ({typeParams}) AND date_start BETWEEN @lo AND @hi AND date_end >= @from AND document_id <> @doc
            """,
            r => (EventId: r.GetInt64(0), Record: StoredLayers.Parse<EventRecord>(r.GetString(1))),
            [.. args]);
        return candidates
            .Where(c => !taken.Contains(c.EventId))
            .Select(c => (c.EventId, Score: AcrossArticlesPolicy.Default.Score(record, c.Record)))
            .Where(c => c.Score is not null)
            .OrderByDescending(c => c.Score).ThenBy(c => c.EventId)
            .Select(c => (long?)c.EventId)
            .FirstOrDefault();
    }

    private long NewCluster(EventRecord record) => sql.Insert(
        "INSERT INTO events (type, certainty, sources, independent_sources, summary, updated_at) VALUES (@type, 'reported', 0, 0, '', '')",
        ("@type", EventTypes.Name(record.Type)));

    /// <summary>Recomputes a cluster's fields and actor list from all its reports.</summary>
    public void Recompute(long clusterId)
    {
        var members = sql.Query(
            """
            SELECT r.record_json, d.id, d.duplicate_of, root.outlet, d.published
            FROM reports r JOIN documents d ON d.id = r.document_id
            JOIN documents root ON root.id = coalesce(d.duplicate_of, d.id)
            WHERE r.event_id = @id ORDER BY r.id
            """,
            r => new ClusterMember(StoredLayers.Parse<EventRecord>(r.GetString(0)), r.GetInt64(1), Independence.Key(r.GetInt64(1), r.Long(2), r.Text(3)), r.Date(4)),
            ("@id", clusterId));
        EventRows.Update(sql, ClusterSummary.Of(clusterId, members));
        sql.Execute("DELETE FROM event_actors WHERE event_id = @id", ("@id", clusterId));
        foreach (var (role, actor) in members.SelectMany(m => new[] { ("agent", m.Report.Agent), ("target", m.Report.Target) }))
        {
            if (actor is null)
                continue;
            sql.Execute(
                "INSERT OR IGNORE INTO event_actors (event_id, actor_key, role) VALUES (@id, @key, @role)",
                ("@id", clusterId), ("@key", CorpusKeys.Actor(actor.Id, actor.Name)), ("@role", role));
        }
    }
}
