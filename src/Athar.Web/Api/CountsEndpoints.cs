using Athar.Events;
using Athar.Store;

namespace Athar.Web.Api;

/// <summary>
/// /api/hashtags and /api/top?kind=actor|place (the «most mentioned» lists: articles naming each, then
/// mentions), /api/stats (store sizes) and /api/types (event types with their ACLED names, for the filters).
/// </summary>
internal static class CountsEndpoints
{
    public const int DefaultLimit = 20;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/hashtags", (HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, ["from", "to", "limit"]);
            return Results.Json(Counts(p, MentionKind.Hashtag, sessions), ResultJson.Compact);
        });

        api.MapGet("/top", (HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, ["kind", "from", "to", "limit"]);
            var kind = Enum.Parse<MentionKind>(p.Choice("kind", "actor", "actor", "place", "hashtag"), ignoreCase: true);
            return Results.Json(Counts(p, kind, sessions), ResultJson.Compact);
        });

        api.MapGet("/stats", (HttpRequest request, ReadSessions sessions) =>
        {
            _ = new QueryParameters(request, []);
            return Results.Json(sessions.Read(s => new { store = s.Store.Stats(), search = s.Index is not null }), ResultJson.Compact);
        });

        api.MapGet("/types", (HttpRequest request) =>
        {
            _ = new QueryParameters(request, []);
            return Results.Json(Enum.GetValues<EventType>().Select(t => new { type = t, acled = EventTypes.ToAcled(t) }), ResultJson.Compact);
        });
    }

    private static IReadOnlyList<TermCount> Counts(QueryParameters p, MentionKind kind, ReadSessions sessions)
    {
        var (from, to) = (p.Date("from"), p.Date("to"));
        if (from > to)
            throw new Input.UserInputException($"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})");
        var limit = p.Int("limit", DefaultLimit, 1, EventQuery.MaxLimit);
        return sessions.Read(s => s.Store.Counts(kind, limit, from, to));
    }
}
