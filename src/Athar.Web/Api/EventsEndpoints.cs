using Athar.Store;

namespace Athar.Web.Api;

/// <summary>/api/events (a page), /api/events.geojson (the map), /api/events/{id} (a page of its sources), /api/timeline (bars).</summary>
internal static class EventsEndpoints
{
    /// <summary>Sources of an event in one answer unless sources_limit asks otherwise (an incident may have thousands).</summary>
    public const int DefaultSourcesLimit = 50;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/events", (HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, [.. EventFilters.Names, "offset", "limit"], EventFilters.Repeatable);
            var page = sessions.Read(s => s.Store.QueryEvents(EventFilters.Read(p, s) with
            {
                Offset = p.Int("offset", 0, 0, int.MaxValue),
                Limit = p.Int("limit", EventQuery.DefaultLimit, 1, EventQuery.MaxLimit),
            }));
            return Results.Json(page, ResultJson.Compact);
        });

        api.MapGet("/events.geojson", (HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, [.. EventFilters.Names, "limit"], EventFilters.Repeatable);
            var query = sessions.Read(s => EventFilters.Read(p, s));
            return new EventGeoJson(query, p.Int("limit", EventGeoJson.DefaultLimit, 1, EventGeoJson.MaxLimit), sessions);
        });

        // An event by the id people see («ATH7», as in the CLI and the CSV) or by its number («7»).
        api.MapGet("/events/{id}", (string id, HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, ["sources_offset", "sources_limit"]);
            if (!Corpus.EventIds.TryParse(id, out var number))
                return ApiProblems.NotFound($"no event '{(id.Length <= 40 ? id : id[..40] + "…")}': event ids look like ATH7 (or 7)");
            var offset = p.Int("sources_offset", 0, 0, int.MaxValue);
            var limit = p.Int("sources_limit", DefaultSourcesLimit, 1, EventQuery.MaxLimit);
            return sessions.Read(s => s.Store.GetEvent(number, offset, limit)) is { } detail
                ? Results.Json(EventView.From(detail, limit), ResultJson.Compact)
                : ApiProblems.NotFound($"no event {Corpus.EventIds.Format(number)}");
        });

        api.MapGet("/timeline", (HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, [.. EventFilters.Names, "bucket"], EventFilters.Repeatable);
            var bucket = Enum.Parse<TimeBucket>(p.Choice("bucket", "month", "day", "month", "year"), ignoreCase: true);
            var bars = sessions.Read(s => s.Store.Timeline(EventFilters.Read(p, s), bucket));
            return Results.Json(new { bucket, bars }, ResultJson.Compact);
        });
    }
}
