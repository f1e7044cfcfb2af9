using System.Globalization;
using Athar.Text;

namespace Athar.Store;

/// <summary>Articles: summaries, the full document rebuilt from its stored layers, sentences around evidence.</summary>
internal sealed class ArticleQueries(SqlRunner sql)
{
    private const string SummaryColumns = "d.id, d.external_id, d.title, d.url, d.outlet, d.published, d.length, d.duplicate_of";

    public IReadOnlyList<ArticleSummary> Summaries(IReadOnlyCollection<long> ids) => ids.Count == 0 ? [] : sql.Query(
        $"SELECT {SummaryColumns} FROM documents d WHERE {sql.Dialect.InIds("d.id", "@ids")} ORDER BY d.id",
        ReadSummary, ("@ids", sql.Dialect.Ids(ids)));

    public string? Outlet(long id) => sql.Scalar("SELECT outlet FROM documents WHERE id = @id", ("@id", id)) as string;

    public StoredArticle? Get(long id)
    {
        var row = sql.Query(
            $"SELECT {SummaryColumns}, d.text, d.language, d.content_hash, d.source_path, d.ingested_at, d.similarity FROM documents d WHERE d.id = @id",
            r => (Summary: ReadSummary(r), Text: r.GetString(8), Language: r.Text(9), Hash: r.GetString(10), Path: r.Text(11),
                  At: DateTimeOffset.Parse(r.GetString(12), CultureInfo.InvariantCulture), Similarity: r.Real(13)),
            ("@id", id)).FirstOrDefault();
        if (row.Text is null)
            return null;
        var s = row.Summary;
        var document = new Document(row.Text, new DocumentInfo { Id = s.ExternalId, Url = s.Url, Title = s.Title, Published = s.Published, Language = row.Language });
        StoredLayers.Restore(document, sql.Query(
            "SELECT layer, json FROM layers WHERE document_id = @id",
            r => (r.GetString(0), r.GetString(1)), ("@id", id)));
        return new StoredArticle(s, document, row.Hash, row.Path, row.At, row.Similarity);
    }

    /// <summary>The sentences of an article that hold any of the spans (the spans' own text when it has no sentence layer).</summary>
    public IReadOnlyList<TextRef> SentencesAround(long articleId, IEnumerable<Span> spans)
    {
        var wanted = spans.ToList();
        if (wanted.Count == 0)
            return [];
        var text = (string)sql.Scalar("SELECT text FROM documents WHERE id = @id", ("@id", articleId))!;
        var stored = sql.Scalar("SELECT json FROM layers WHERE document_id = @id AND layer = 'sentences'", ("@id", articleId)) as string;
        var sentences = stored is null ? [] : StoredLayers.ParseLayer<Sentence>(stored).Select(s => s.Span).ToList();
        var chosen = sentences.Where(s => wanted.Any(w => s.Overlaps(w))).ToList();
        if (chosen.Count == 0)
            chosen = wanted.Distinct().OrderBy(s => s.Start).ToList();
        return chosen.Select(s => new TextRef(text.Substring(s.Start, s.Length), s)).ToList();
    }

    public IReadOnlyList<long> NotIndexed(int limit) =>
        sql.Query("SELECT id FROM documents WHERE indexed = 0 ORDER BY id LIMIT @n", r => r.GetInt64(0), ("@n", limit));

    private static ArticleSummary ReadSummary(System.Data.Common.DbDataReader r) =>
        new(r.GetInt64(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Date(5), r.GetInt32(6), r.Long(7));
}
