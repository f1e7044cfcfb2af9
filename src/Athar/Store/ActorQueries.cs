using Athar.Claims;
using Athar.Corpus;
using Athar.Text;

namespace Athar.Store;

/// <summary>Actor lookup by id or name, an actor's whereabouts, and the most named actors, places and hashtags.</summary>
internal sealed class ActorQueries(SqlRunner sql)
{
    public IReadOnlyList<ActorRef> Resolve(string idOrName)
    {
        var s = idOrName.Trim();
        if (s.Length == 0)
            return [];
        return sql.Query(
            """
            SELECT key, max(entity_id), max(label), CAST(count(DISTINCT document_id) AS INTEGER) FROM mentions
            WHERE kind = 'actor' AND (key = @s OR key = @lower OR key = @nameKey OR form = @form OR lower(label) = @lower)
            GROUP BY key ORDER BY 4 DESC, key
            """,
            r => new ActorRef(r.GetString(0), r.Text(1), r.GetString(2), r.GetInt32(3)),
            ("@s", s), ("@lower", s.ToLowerInvariant()), ("@nameKey", CorpusKeys.NameKey(s)), ("@form", MatchingForm.OfPhrase(s)));
    }

    /// <summary>The actor keys a filter value stands for: those it resolves to, else the value as an id and as a name.</summary>
    public IReadOnlyList<string> Keys(string idOrName)
    {
        var keys = Resolve(idOrName).Select(a => a.Key).ToList();
        if (keys.Count == 0)
            keys.AddRange([idOrName.Trim(), idOrName.Trim().ToLowerInvariant(), CorpusKeys.NameKey(idOrName)]);
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    public WhereaboutsReport Whereabouts(string actor, DateOnly? from, DateOnly? to)
    {
        var actors = Resolve(actor);
        var keys = Keys(actor);
        var keyParams = string.Join(", ", keys.Select((_, i) => $"@k{i}"));
        var args = keys.Select((k, i) => ($"@k{i}", (object?)k)).ToList();
        args.Add(("@from", StoreText.Date(from)));
        args.Add(("@to", StoreText.Date(to)));
        var events = sql.Query(
            $"""
            SELECT {EventRows.Columns}, min(a.role) FROM event_actors a JOIN events e ON e.id = a.event_id
            WHERE a.actor_key IN ({keyParams})
              AND (CAST(@from AS TEXT) IS NULL OR e.date_end >= @from) AND (CAST(@to AS TEXT) IS NULL OR e.date_start <= @to)
            GROUP BY e.id
            """,
            r => new ActorEvent(EventRows.Read(r), r.GetString(EventRows.Count)), [.. args]);
        var claims = sql.Query(
            $"""
            SELECT c.document_id, d.url, d.published, d.duplicate_of, root.outlet, c.claim_json, c.text
            FROM claims c JOIN documents d ON d.id = c.document_id JOIN documents root ON root.id = coalesce(d.duplicate_of, d.id)
            WHERE c.actor_key IN ({keyParams})
              AND (CAST(@from AS TEXT) IS NULL OR c.date_end IS NULL OR c.date_end >= @from) AND (CAST(@to AS TEXT) IS NULL OR c.date_start IS NULL OR c.date_start <= @to)
            """,
            r => new StoredClaim(r.GetInt64(0), r.Text(1), r.Date(2), Independence.Key(r.GetInt64(0), r.Long(3), r.Text(4)),
                StoredLayers.Parse<WhereaboutsClaim>(r.GetString(5)), r.GetString(6)),
            [.. args]);
        return new WhereaboutsReport(actor, actors, WhereaboutsTimeline.Build(events, claims));
    }

    public IReadOnlyList<TermCount> Counts(MentionKind kind, int limit, DateOnly? from, DateOnly? to) => sql.Query(
        """
        SELECT m.key, max(m.label), CAST(count(DISTINCT m.document_id) AS INTEGER), CAST(count(*) AS INTEGER)
        FROM mentions m JOIN documents d ON d.id = m.document_id
        WHERE m.kind = @kind AND (CAST(@from AS TEXT) IS NULL OR d.published >= @from) AND (CAST(@to AS TEXT) IS NULL OR d.published <= @to)
        GROUP BY m.key ORDER BY 3 DESC, 4 DESC, m.key LIMIT @limit
        """,
        r => new TermCount(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3)),
        ("@kind", kind.ToString().ToLowerInvariant()), ("@from", StoreText.Date(from)), ("@to", StoreText.Date(to)), ("@limit", Math.Clamp(limit, 1, EventQuery.MaxLimit)));
}
