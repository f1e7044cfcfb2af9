using Athar.Events;

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
        if (ask.Request is { } r)
            parts.AddRange(Filters(r));
        return string.Join(" & ", parts);
    }

    private static string Word(QueryWord w) =>
        "(" + ArticleSearchVector.Quote(w.Form) + (w.Stem is { } stem ? " | " + ArticleSearchVector.Quote(ArticleSearchVector.StemPrefix + stem) : "") + ")";

    // The same keys the Lucene filter looks up (CorpusSearch), as alternatives of one field.
    private static IEnumerable<string> Filters(SearchRequest r)
    {
        if (r.Country is { } country)
            yield return AnyOf(ArticleFields.Country, [country.Trim().ToUpperInvariant()]);
        if (r.Place is { } place)
            yield return AnyOf(ArticleFields.Place, ArticleFields.FilterTerms(place));
        if (r.Actor is { } actor)
            yield return AnyOf(ArticleFields.Actor, ArticleFields.FilterTerms(actor));
        if (r.Types is { Count: > 0 } types)
            yield return AnyOf(ArticleFields.Type, types.Select(EventTypes.Name));
        if (r.Hashtag is { } hashtag)
            yield return AnyOf(ArticleFields.Hashtag, ArticleFields.FilterTerms(hashtag.TrimStart('#').Replace('_', ' ')));
    }

    private static string AnyOf(string field, IEnumerable<string> keys) =>
        "(" + string.Join(" | ", keys.Select(k => ArticleSearchVector.Quote(ArticleSearchVector.Key(field, k)))) + ")";
}
