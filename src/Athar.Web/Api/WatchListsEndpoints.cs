using Athar.Watch;
using Athar.Watch.Render;

namespace Athar.Web.Api;

/// <summary>
/// /api/watchlists (the lists with their latest digest), /api/watchlists/{name} (one list, its latest digests
/// in full) and /api/watchlists/{name}/feed.atom (its digests as an Atom feed). Mail addresses and webhook URLs
/// are never shown: the workbench has no accounts, and a webhook URL often carries a token.
/// </summary>
internal static class WatchListsEndpoints
{
    public const int FeedEntries = 50;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/watchlists", (HttpRequest request, ReadSessions sessions) =>
        {
            _ = new QueryParameters(request, []);
            return Results.Json(sessions.Read(s => Watch(s).WatchLists().Select(l => View(l, Watch(s), 1)).ToList()), ResultJson.Compact);
        });

        api.MapGet("/watchlists/{name}", (string name, HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, ["limit"]);
            var limit = p.Int("limit", 5, 1, 50);
            var view = sessions.Read(s => Watch(s).GetWatchList(name) is { } list ? View(list, Watch(s), limit) : null);
            return view is null ? ApiProblems.NotFound($"no watch-list '{name}'") : Results.Json(view, ResultJson.Compact);
        });

        api.MapGet("/watchlists/{name}/feed.atom", (string name, HttpRequest request, ReadSessions sessions) =>
        {
            _ = new QueryParameters(request, []);
            var digests = sessions.Read(s => Watch(s).GetWatchList(name) is null ? null : Watch(s).Digests(name, FeedEntries).Select(d => d.Digest).ToList());
            if (digests is null)
                return ApiProblems.NotFound($"no watch-list '{name}'");
            var self = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}");
            using var buffer = new MemoryStream();
            DigestAtom.Write($"Athar: {name}", DigestAtom.FeedId(name), self, digests, DateTimeOffset.UnixEpoch, buffer);
            return Results.Bytes(buffer.ToArray(), DigestAtom.ContentType);
        });
    }

    private static IWatchStore Watch(ReadSession session) =>
        session.Store as IWatchStore ?? throw new InvalidOperationException("this store keeps no watch-lists");

    private static object View(WatchList list, IWatchStore store, int digests) => new
    {
        list.Name,
        Filter = list.Filter.Describe(),
        Schedule = list.Schedule.ToString(),
        Delivery = list.Targets().GroupBy(t => t.Channel).Select(g => $"{g.Key.ToString().ToLowerInvariant()} ×{g.Count()}").Append("atom").ToList(),
        list.LastRun,
        Feed = $"/api/watchlists/{Uri.EscapeDataString(list.Name)}/feed.atom",
        Digests = store.Digests(list.Name, digests).Select(d => d.Digest).ToList(),
    };
}
