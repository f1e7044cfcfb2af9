using Athar.Store;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Athar.Search;

/// <summary>A search's keys as a Lucene filter over the fields <see cref="ArticleFields"/> names.</summary>
internal static class SearchFilter
{
    public static Filter? Of(SearchKeys keys)
    {
        if (keys.IsEmpty)
            return null;
        var filter = new BooleanQuery();
        if (keys.PublishedFrom is not null || keys.PublishedTo is not null)
            filter.Add(TermRangeQuery.NewStringRange(ArticleFields.Published, StoreText.Date(keys.PublishedFrom), StoreText.Date(keys.PublishedTo), true, true), Occur.MUST);
        if (keys.Country is { } country)
            filter.Add(new TermQuery(new Term(ArticleFields.Country, country)), Occur.MUST);
        AddAnyOf(filter, ArticleFields.Place, keys.Places);
        AddAnyOf(filter, ArticleFields.Actor, keys.Actors);
        AddAnyOf(filter, ArticleFields.Type, keys.Types);
        AddAnyOf(filter, ArticleFields.Hashtag, keys.Hashtags);
        return new QueryWrapperFilter(filter);
    }

    private static void AddAnyOf(BooleanQuery filter, string field, IReadOnlyList<string>? values)
    {
        if (values is null)
            return;
        var q = new BooleanQuery();
        foreach (var v in values)
            q.Add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        filter.Add(q, Occur.MUST);
    }
}
