using Athar.Corpus;
using Athar.Events;

namespace Athar.Store;

/// <summary>
/// Puts each report of a new article into an event cluster: the best-matching cluster among reports of
/// compatible type and nearby dates from other articles (<see cref="FusionRules"/>), or a new one. A cluster
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
            var reportId = sql.Insert(
                """
                INSERT INTO reports (document_id, event_id, local_id, type, date_start, date_end, lat, lon, country, record_json)
                VALUES (@doc, @event, @local, @type, @ds, @de, @lat, @lon, @country, @json)
                """,
                ("@doc", articleId), ("@event", clusterId), ("@local", record.Id), ("@type", EventTypes.Name(record.Type)),
                ("@ds", StoreText.Date(record.When?.Start)), ("@de", StoreText.Date(record.When?.End ?? record.When?.Start)),
                ("@lat", record.Where?.Lat), ("@lon", record.Where?.Lon), ("@country", record.Where?.Country),
                ("@json", System.Text.Json.JsonSerializer.Serialize(record, Output.ResultJson.Compact)));
            AddEvidence(reportId, record);
            clusters.Add(clusterId);
        }
        foreach (var clusterId in clusters.Distinct())
            Recompute(clusterId);
        return clusters;
    }

    private long? BestCluster(long articleId, EventRecord record, List<long> taken)
    {
        if (!FusionRules.IsFusable(record.When))
            return null;
        var start = record.When!.Start!.Value;
        var end = record.When.End ?? start;
        var types = FusionRules.CompatibleTypes(record.Type);
        var typeParams = string.Join(", ", types.Select((_, i) => $"@t{i}"));
        var args = new List<(string, object?)>
        {
            ("@doc", articleId),
            ("@lo", StoreText.Date(start.AddDays(-1 - FusionRules.MaxFusableDays))),
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
            .Select(c => (c.EventId, Score: FusionRules.Score(record, c.Record)))
            .Where(c => c.Score is not null)
            .OrderByDescending(c => c.Score).ThenBy(c => c.EventId)
            .Select(c => (long?)c.EventId)
            .FirstOrDefault();
    }

    private long NewCluster(EventRecord record) => sql.Insert(
        "INSERT INTO events (type, certainty, sources, independent_sources, summary, updated_at) VALUES (@type, 'reported', 0, 0, '', '')",
        ("@type", EventTypes.Name(record.Type)));

    private void AddEvidence(long reportId, EventRecord r)
    {
        var refs = new List<(string Role, TextRef Ref)> { ("trigger", r.Trigger) };
        refs.AddRange(r.Evidence.Select(e => ("evidence", e)));
        if (r.Where is { } w)
            refs.Add(("place", new TextRef(w.Text, w.Span)));
        if (r.Agent is { } a)
            refs.Add(("agent", new TextRef(a.Text, a.Span)));
        if (r.Target is { } t)
            refs.Add(("target", new TextRef(t.Text, t.Span)));
        if (r.Fatalities is { } f)
            refs.Add(("fatalities", new TextRef(f.Text, f.Span)));
        if (r.Attribution is { } attribution)
            refs.Add(("attribution", attribution));
        if (r.CertaintyCue is { } cue)
            refs.Add(("certainty", cue));
        foreach (var (role, tr) in refs)
        {
            sql.Execute(
                "INSERT INTO evidence (report_id, role, start, \"end\", text) VALUES (@r, @role, @s, @e, @text)",
                ("@r", reportId), ("@role", role), ("@s", tr.Span.Start), ("@e", tr.Span.End), ("@text", tr.Text));
        }
    }

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
