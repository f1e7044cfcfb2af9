namespace Athar.Search;

/// <summary>
/// A search as a PostgreSQL tsquery over <see cref="ArticleSearchVector"/>s, mirroring <see cref="SearchQuery"/>'s
/// Lucene query: each word as itself or its light stem, each phrase word after word, -words excluded, every word
/// and phrase required (or any, relaxed), and each filter as one of its keys.
/// </summary>
public static class SearchVectorQuery
{
    /// <summary>The tsquery literal (cast with ::tsquery).</summary>
    public static string Of(SearchAsk ask)
    {
        var t = ask.Terms;
        var wanted = t.Words.Where(w => w.Stem is not null).Select(Word)
            .Concat(t.Phrases.Select(p => "(" + string.Join(" <-> ", p.Select(ArticleSearchVector.Quote)) + ")"))
            .ToList();
        var parts = new List<string> { "(" + string.Join(ask.RequireAll ? " & " : " | ", wanted) + ")" };
        parts.AddRange(t.Excluded.Select(w => "!" + Word(w)));
        parts.AddRange(Filters(ask.Keys));
        return string.Join(" & ", parts);
    }

    // The word as written, as the stems its proclitics leave («بإدلب» → «إدلب»), or as its light stem.
    private static string Word(QueryWord w) =>
        "(" + string.Join(" | ", w.CliticStems.Prepend(w.Form).Select(ArticleSearchVector.Quote))
        + (w.Stem is { } stem ? " | " + ArticleSearchVector.Quote(ArticleSearchVector.StemPrefix + stem) : "") + ")";

    // The same keys the Lucene filter looks up (SearchFilter), as alternatives of one field; the publication
    // dates are a column, not a lexeme (PostgresArticleSearch).
    // A filter with no keys keeps nothing, as an empty Lucene clause does: a key no article carries.
    private const string NoSuchKey = "-";

    private static IEnumerable<string> Filters(SearchKeys k)
    {
        if (k.Country is { } country)
            yield return AnyOf(ArticleFields.Country, [country]);
        foreach (var (field, keys) in new[] { (ArticleFields.Place, k.Places), (ArticleFields.Actor, k.Actors), (ArticleFields.Type, k.Types), (ArticleFields.Hashtag, k.Hashtags) })
        {
            if (keys is not null)
                yield return AnyOf(field, keys.Count > 0 ? keys : [NoSuchKey]);
        }
    }

    private static string AnyOf(string field, IEnumerable<string> keys) =>
        "(" + string.Join(" | ", keys.Select(k => ArticleSearchVector.Quote(ArticleSearchVector.Key(field, k)))) + ")";
}
