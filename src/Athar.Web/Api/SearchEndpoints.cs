using Athar.Input;
using Athar.Search;
using Athar.Store;

namespace Athar.Web.Api;

/// <summary>/api/search?q= (or ?hashtag= alone): articles with highlighted snippets (plain text plus ranges) and the events they report.</summary>
internal static class SearchEndpoints
{
    public const string RatePolicy = "search";

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/search", (HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, ["q", "from", "to", "country", "place", "actor", "type", "hashtag", "limit"], ["type"]);
            var search = new SearchRequest
            {
                Query = p.Text("q") ?? string.Empty, // a hashtag alone looks for its own words
                From = p.Date("from"),
                To = p.Date("to"),
                Country = p.Text("country"),
                Place = p.Text("place"),
                Actor = p.Text("actor"),
                Types = p.All("type") is { Count: > 0 } types ? EventQuery.ParseTypes(types) : null,
                Hashtag = p.Text("hashtag"),
                Limit = p.Int("limit", 20, 1, SearchRequest.MaxLimit),
            };
            return sessions.Read(s => s.Index is { } index ? Results.Json(new CorpusSearch(index, s.Store).Search(search), ResultJson.Compact) : null)
                ?? ApiProblems.Unavailable("this store has no search index: run 'athar ingest' to build it");
        }).RequireRateLimiting(RatePolicy);
}
