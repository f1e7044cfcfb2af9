using System.Globalization;
using Athar.Claims;
using Athar.Corpus;
using Athar.Store;

namespace Athar.Watch.Storage;

/// <summary>What digests read of the corpus beyond the events list: articles by id range, their claims, an actor's known places.</summary>
internal sealed class WatchCorpus(SqlRunner sql)
{
    public long LatestArticleId() => (long?)sql.Scalar("SELECT max(id) FROM documents") ?? 0;

    public long LastArticleBefore(DateTimeOffset moment) =>
        (long?)sql.Scalar("SELECT max(id) FROM documents WHERE ingested_at < @at", ("@at", moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture))) ?? 0;

    public IReadOnlyList<long> Between(long afterId, long upToId) => sql.Query(
        "SELECT id FROM documents WHERE id > @after AND id <= @upTo ORDER BY id", r => r.GetInt64(0), ("@after", afterId), ("@upTo", upToId));

    public IReadOnlyList<ClaimRow> ClaimsIn(IReadOnlyCollection<long> articleIds) => articleIds.Count == 0 ? [] : sql.Query(
        $"""
        SELECT c.id, c.actor_key, c.document_id, d.url, d.published, d.duplicate_of, root.outlet, c.claim_json, c.text
        FROM claims c JOIN documents d ON d.id = c.document_id JOIN documents root ON root.id = coalesce(d.duplicate_of, d.id)
        WHERE {sql.Dialect.InIds("c.document_id", "@ids")}
        ORDER BY c.id
        """,
        r => new ClaimRow(r.GetInt64(0), r.GetString(1), new StoredClaim(
            r.GetInt64(2), r.Text(3), r.Date(4), Independence.Key(r.GetInt64(2), r.Long(5), r.Text(6)),
            StoredLayers.Parse<WhereaboutsClaim>(r.GetString(7)), r.GetString(8))),
        ("@ids", sql.Dialect.Ids(articleIds)));

    public IReadOnlyList<KnownPlace> ActorPlacesUpTo(IReadOnlyCollection<string> actorKeys, long upToArticle) => actorKeys.Count == 0 ? [] : sql.Query(
        $"""
        SELECT coalesce(e.gazetteer_id, '~' || coalesce(e.place_form, e.place_name)), e.lat, e.lon
        FROM events e JOIN event_actors a ON a.event_id = e.id
        WHERE {sql.Dialect.InTexts("a.actor_key", "@keys")} AND e.lat IS NOT NULL
          AND EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id AND r.document_id <= @upTo)
        UNION
        SELECT {sql.Dialect.JsonText("c.claim_json", "place", "gazetteerId")}, c.lat, c.lon
        FROM claims c
        WHERE {sql.Dialect.InTexts("c.actor_key", "@keys")} AND c.lat IS NOT NULL AND c.document_id <= @upTo
        """,
        r => new KnownPlace(r.Text(0) ?? string.Empty, r.GetDouble(1), r.GetDouble(2)),
        ("@keys", sql.Dialect.Texts(actorKeys)), ("@upTo", upToArticle));
}
