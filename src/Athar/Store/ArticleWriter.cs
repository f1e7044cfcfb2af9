using System.Globalization;
using System.Text.Json;
using Athar.Actors;
using Athar.Claims;
using Athar.Corpus;
using Athar.Events;
using Athar.Output;
using Athar.Places;
using Athar.Text;

namespace Athar.Store;

/// <summary>
/// Saves one analysed article inside the caller's transaction: the document row (with its near-duplicate
/// check), every listed layer, the mention index, the claims, and its events through fusion.
/// </summary>
internal sealed class ArticleWriter(SqlRunner sql)
{
    private readonly EventFusion _fusion = new(sql);

    public EventFusion Fusion => _fusion;

    public SaveResult Save(AnalysedArticle article)
    {
        if (sql.Scalar("SELECT id FROM documents WHERE content_hash = @h", ("@h", article.ContentHash)) is long existing)
            return new SaveResult(existing, false, null, null, []);
        var document = article.Document;
        var (original, similarity) = FindOriginal(article.Signature);
        var info = document.Info;
        var id = sql.Insert(
            """
            INSERT INTO documents (content_hash, external_id, url, title, published, language, outlet, source_path, text, length,
                                   ingested_at, minhash, duplicate_of, similarity)
            VALUES (@hash, @ext, @url, @title, @pub, @lang, @outlet, @path, @text, @len, @at, @minhash, @dup, @sim)
            """,
            ("@hash", article.ContentHash), ("@ext", info.Id), ("@url", info.Url), ("@title", info.Title),
            ("@pub", StoreText.Date(info.Published)), ("@lang", info.Language), ("@outlet", CorpusKeys.Outlet(info.Url)),
            ("@path", article.SourcePath), ("@text", document.Text), ("@len", document.Text.Length),
            ("@at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("@minhash", article.Signature is null ? null : NearDuplicates.ToBytes(article.Signature)), ("@dup", original), ("@sim", similarity));
        if (article.Signature is not null)
        {
            foreach (var key in NearDuplicates.BandKeys(article.Signature))
                sql.Defer("INSERT INTO minhash_bands (band_key, document_id) VALUES (@k, @d)", ("@k", key), ("@d", id));
        }
        foreach (var (layer, json) in StoredLayers.Rows(document))
            sql.Defer("INSERT INTO layers (document_id, layer, json) VALUES (@d, @l, @json)", ("@d", id), ("@l", layer), ("@json", json));
        AddMentions(id, document);
        AddClaims(id, document);
        var rootOutlet = original is { } root ? sql.Scalar("SELECT outlet FROM documents WHERE id = @id", ("@id", root)) as string : CorpusKeys.Outlet(info.Url);
        var events = _fusion.AddReports(id, Independence.Key(id, original, rootOutlet), info.Published, document.Layer<EventRecord>());
        return new SaveResult(id, true, original, similarity, events);
    }

    // The earliest stored article this one copies (following a copy to its original), with the similarity.
    private (long? Original, double? Similarity) FindOriginal(uint[]? signature)
    {
        if (signature is null)
            return (null, null);
        var keys = NearDuplicates.BandKeys(signature);
        var candidates = sql.Query(
            $"""
            SELECT d.id, d.duplicate_of, d.minhash FROM documents d
            WHERE d.id IN (SELECT document_id FROM minhash_bands WHERE band_key IN ({string.Join(", ", keys.Select((_, i) => $"@k{i}"))}))
            """,
            r => (Id: r.GetInt64(0), DuplicateOf: r.Long(1), Signature: NearDuplicates.FromBytes((byte[])r.GetValue(2))),
            [.. keys.Select((k, i) => ($"@k{i}", (object?)k))]);
        var best = candidates
            .Select(c => (Root: c.DuplicateOf ?? c.Id, c.Id, Similarity: NearDuplicates.Similarity(signature, c.Signature)))
            .Where(c => c.Similarity >= NearDuplicates.Threshold)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Id)
            .FirstOrDefault();
        return best.Root == 0 ? (null, null) : (best.Root, best.Similarity);
    }

    private void AddMentions(long id, Document document)
    {
        foreach (var e in document.Layer<ActorMention>())
            AddMention(id, "actor", CorpusKeys.Actor(e.Id, e.Name), e.Name, e.Text, e.Span, e.Id, StoreText.Enum(e.Kind), null);
        foreach (var p in document.Layer<PlaceMention>())
            AddMention(id, "place", CorpusKeys.Place(p), p.Name, p.Text, p.Span, p.GazetteerId, StoreText.Enum(p.Precision), p);
        foreach (var h in document.Layer<Hashtag>())
        {
            var form = MatchingForm.OfPhrase(h.Phrase);
            AddMention(id, "hashtag", form, h.Text, h.Phrase, h.Span, null, null, null);
        }
    }

    private void AddMention(long id, string kind, string key, string label, string text, Span span, string? entityId, string? entityKind, PlaceMention? place) =>
        sql.Defer(
            """
            INSERT INTO mentions (document_id, kind, key, label, form, start, "end", entity_id, entity_kind, country, lat, lon)
            VALUES (@d, @kind, @key, @label, @form, @s, @e, @eid, @ekind, @country, @lat, @lon)
            """,
            ("@d", id), ("@kind", kind), ("@key", key), ("@label", label), ("@form", MatchingForm.OfPhrase(text)),
            ("@s", span.Start), ("@e", span.End), ("@eid", entityId), ("@ekind", entityKind),
            ("@country", place?.Country), ("@lat", place?.Lat), ("@lon", place?.Lon));

    private void AddClaims(long id, Document document)
    {
        foreach (var c in document.Layer<WhereaboutsClaim>())
        {
            sql.Defer(
                """
                INSERT INTO claims (document_id, actor_key, movement, place_name, country, lat, lon, date_start, date_end, certainty, text, claim_json)
                VALUES (@d, @actor, @movement, @place, @country, @lat, @lon, @ds, @de, @c, @text, @json)
                """,
                ("@d", id), ("@actor", CorpusKeys.Actor(c.Actor.Id, c.Actor.Name)), ("@movement", StoreText.Enum(c.Movement)),
                ("@place", c.Place.Name), ("@country", c.Place.Country), ("@lat", c.Place.Lat), ("@lon", c.Place.Lon),
                ("@ds", StoreText.Date(c.When?.Start)), ("@de", StoreText.Date(c.When?.End ?? c.When?.Start)),
                ("@c", StoreText.Enum(c.Certainty)), ("@text", document.Slice(c.Span)), ("@json", JsonSerializer.Serialize(c, ResultJson.Compact)));
        }
    }
}
