using Athar.Input;
using Athar.Search;
using Athar.Store;

namespace Athar.Web.Api;

/// <summary>
/// The event filters shared by the events list, its GeoJSON and the timeline: from, to (YYYY-MM-DD), bbox
/// (west,south,east,north), country (ISO alpha-2), place, actor (id or name), type (repeatable or comma
/// separated) and q (words the reporting articles contain, as in the search).
/// </summary>
internal static class EventFilters
{
    public static readonly string[] Names = ["from", "to", "bbox", "country", "place", "actor", "type", "q", "min_sources"];

    public static readonly string[] Repeatable = ["type"];

    public static EventQuery Read(QueryParameters p, ReadSession session) => new EventQuery
    {
        From = p.Date("from"),
        To = p.Date("to"),
        Bbox = p.Text("bbox") is { } box ? BoundingBox.Parse(box) : null,
        Country = p.Text("country"),
        Place = p.Text("place"),
        Actor = p.Text("actor"),
        Types = p.All("type") is { Count: > 0 } types ? EventQuery.ParseTypes(types) : null,
        ArticleIds = p.Text("q") is { } q ? ArticlesMatching(q, session) : null,
        MinIndependentSources = p.Int("min_sources", 0, 0, 1000),
    }.Validated();

    // Every matching article (every word required, else any, as in the search), however many.
    private static IReadOnlySet<long> ArticlesMatching(string q, ReadSession session)
    {
        var index = session.Index ?? throw new UserInputException("this store has no search index, so q cannot be used: run 'athar ingest' to build it");
        return new CorpusSearch(index, session.Store).ArticleIds(q);
    }
}
