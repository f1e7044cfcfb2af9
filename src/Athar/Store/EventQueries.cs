using System.Text;
using Athar.Corpus;
using Athar.Events;

namespace Athar.Store;

/// <summary>The events list with filters and paging, and one event with all its sources and evidence.</summary>
internal sealed class EventQueries(SqlRunner sql, ArticleQueries articles, ActorQueries actors, Func<string, PlaceFilter> resolvePlace)
{
    public EventPage Query(EventQuery query)
    {
        var q = query.Validated();
        var (where, args) = Where(q);
        var total = Convert.ToInt64(sql.Scalar($"SELECT count(*) FROM events e WHERE {where}", [.. args]), System.Globalization.CultureInfo.InvariantCulture);
        args.Add(("@limit", q.Limit));
        args.Add(("@offset", q.Offset));
        var items = sql.Query(
            $"SELECT {EventRows.Columns} FROM events e WHERE {where} ORDER BY e.date_start DESC, e.id DESC LIMIT @limit OFFSET @offset",
            EventRows.Read, [.. args]);
        return new EventPage(items, (int)total, q.Offset, q.Limit);
    }

    public IReadOnlyList<DateCount> Timeline(EventQuery query, TimeBucket bucket)
    {
        var (where, args) = Where(query.Validated());
        var start = bucket switch
        {
            TimeBucket.Year => "substr(e.date_start, 1, 4) || '-01-01'",
            TimeBucket.Month => "substr(e.date_start, 1, 7) || '-01'",
            _ => "e.date_start",
        };
        return sql.Query(
            $"SELECT {start} AS bucket, CAST(count(*) AS INTEGER) FROM events e WHERE {where} AND e.date_start IS NOT NULL GROUP BY bucket ORDER BY bucket",
            r => new DateCount(r.Date(0)!.Value, r.GetInt32(1)), [.. args]);
    }

    /// <summary>All events matching the filters (paging ignored), in the list's order, one page read at a time.</summary>
    public IEnumerable<EventSummary> All(EventQuery query)
    {
        var page = query with { Offset = 0, Limit = EventQuery.MaxLimit };
        while (true)
        {
            var result = Query(page);
            foreach (var e in result.Items)
                yield return e;
            if (result.Items.Count < page.Limit)
                yield break;
            page = page with { Offset = page.Offset + page.Limit };
        }
    }

    public EventSummary? Summary(long id) =>
        sql.Query($"SELECT {EventRows.Columns} FROM events e WHERE e.id = @id", EventRows.Read, ("@id", id)).FirstOrDefault();

    /// <summary>
    /// An event with one page of its sources, earliest publication first. Only the page's reports are read in
    /// full; the rest are counted and their witnesses noted (a source is independent when none before it shares its key).
    /// </summary>
    public EventDetail? Get(long id, int sourcesOffset, int sourcesLimit)
    {
        if (Summary(id) is not { } summary)
            return null;
        var reports = sql.Query(
            """
            SELECT r.id, d.id, d.duplicate_of, root.outlet
            FROM reports r JOIN documents d ON d.id = r.document_id JOIN documents root ON root.id = coalesce(d.duplicate_of, d.id)
            WHERE r.event_id = @id ORDER BY coalesce(d.published, '9999-12-31'), d.id, r.id
            """,
            r => (ReportId: r.GetInt64(0), ArticleId: r.GetInt64(1), Witness: Independence.Key(r.GetInt64(1), r.Long(2), r.Text(3))),
            ("@id", id));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var independent = reports.Select(r => seen.Add(r.Witness)).ToList();
        var page = Enumerable.Range(0, reports.Count).Skip(sourcesOffset).Take(sourcesLimit).ToList();
        var summaries = articles.Summaries(page.Select(i => reports[i].ArticleId).Distinct().ToList()).ToDictionary(a => a.Id);
        var sources = page.Select(i =>
        {
            var record = StoredLayers.Parse<EventRecord>((string)sql.Scalar("SELECT record_json FROM reports WHERE id = @id", ("@id", reports[i].ReportId))!);
            var articleId = reports[i].ArticleId;
            return new EventSource(summaries[articleId], independent[i], record, articles.SentencesAround(articleId, record.Evidence.Select(e => e.Span).Append(record.Trigger.Span)));
        }).ToList();
        return new EventDetail(summary, sources) { SourcesTotal = reports.Count, SourcesOffset = sourcesOffset };
    }

    private (string Where, List<(string, object?)> Args) Where(EventQuery q)
    {
        var where = new StringBuilder("1 = 1");
        var args = new List<(string, object?)>();
        if (q.From is { } from)
        {
            where.Append(" AND e.date_end >= @from");
            args.Add(("@from", StoreText.Date(from)));
        }
        if (q.To is { } to)
        {
            where.Append(" AND e.date_start <= @to");
            args.Add(("@to", StoreText.Date(to)));
        }
        if (q.Bbox is { } box)
        {
            where.Append(sql.Dialect.InBox(box));
            args.AddRange(SqlDialect.BoxArgs(box));
        }
        if (q.Country is { } country)
        {
            where.Append(" AND e.country = @country");
            args.Add(("@country", country));
        }
        if (q.Place is { } place)
            AddPlace(where, args, resolvePlace(place));
        if (q.Types is { Count: > 0 } types)
        {
            where.Append($" AND e.type IN ({string.Join(", ", types.Select((_, i) => $"@type{i}"))})");
            args.AddRange(types.Select((t, i) => ($"@type{i}", (object?)EventTypes.Name(t))));
        }
        if (q.Actor is { } actor)
        {
            var keys = actors.Keys(actor);
            where.Append($" AND e.id IN (SELECT a.event_id FROM event_actors a WHERE a.actor_key IN ({string.Join(", ", keys.Select((_, i) => $"@actor{i}"))}))");
            args.AddRange(keys.Select((k, i) => ($"@actor{i}", (object?)k)));
        }
        if (q.ArticleIds is { } ids)
        {
            where.Append($" AND EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id AND {sql.Dialect.InIds("r.document_id", "@articles")})");
            args.Add(("@articles", sql.Dialect.Ids(ids)));
        }
        if (q.MinIndependentSources > 1)
        {
            where.Append(" AND e.independent_sources >= @minSources");
            args.Add(("@minSources", q.MinIndependentSources));
        }
        return (where.ToString(), args);
    }

    // The place as any name or id the gazetteer knows, or a province holding the event's place.
    private void AddPlace(StringBuilder where, List<(string, object?)> args, PlaceFilter place)
    {
        var any = new List<string>
        {
            sql.Dialect.InTexts("e.gazetteer_id", "@placeIds"),
            sql.Dialect.InTexts("lower(e.place_name)", "@placeNames"),
            sql.Dialect.InTexts("e.place_form", "@placeForms"),
        };
        args.Add(("@placeIds", sql.Dialect.Texts(place.GazetteerIds)));
        args.Add(("@placeNames", sql.Dialect.Texts(place.Names)));
        args.Add(("@placeForms", sql.Dialect.Texts(place.NameForms)));
        for (var i = 0; i < place.Provinces.Count; i++)
        {
            any.Add($"((@pc{i} = '' OR e.country = @pc{i}) AND lower(e.admin1) = lower(@pa{i}))");
            args.Add(($"@pc{i}", place.Provinces[i].Country));
            args.Add(($"@pa{i}", place.Provinces[i].Admin1));
        }
        where.Append($" AND ({string.Join(" OR ", any)})");
    }
}
