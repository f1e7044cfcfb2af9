using Athar.Input;

namespace Athar.Web.Api;

/// <summary>/api/actors?q= (which actors a name means), /api/actors/names (Arabic names by id) and /api/actors/{id}/whereabouts (the founding question for one actor).</summary>
internal static class ActorsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/actors", (HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, ["q"]);
            // an Arabic example in a message to the user, not a word the code matches
            var q = p.Text("q") ?? throw new UserInputException("give q: an actor id (isis) or a name as written (داعش)");
            return Results.Json(sessions.Read(s => s.Store.ResolveActor(q)), ResultJson.Compact);
        });

        // The catalogue's Arabic names by actor id: the Arabic interface names actors as Arabic readers know them.
        api.MapGet("/actors/names", (HttpRequest request) =>
        {
            _ = new QueryParameters(request, []);
            return Results.Json(Actors.ActorCatalogue.Default.Actors.ToDictionary(a => a.Id, a => a.Arabic), ResultJson.Compact);
        });

        api.MapGet("/actors/{id}/whereabouts", (string id, HttpRequest request, ReadSessions sessions) =>
        {
            var p = new QueryParameters(request, ["from", "to"]);
            var (from, to) = (p.Date("from"), p.Date("to"));
            if (from > to)
                throw new UserInputException($"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd})");
            if (string.IsNullOrWhiteSpace(id) || id.Length > 200)
                // an Arabic example in a message to the user, not a word the code matches
                throw new UserInputException("the actor is an id (isis) or a name (داعش) of at most 200 characters");
            var report = sessions.Read(s => s.Store.Whereabouts(id, from, to));
            return report.Actors.Count == 0 && report.Entries.Count == 0
                ? ApiProblems.NotFound($"no actor '{id}' in this store")
                : Results.Json(report, ResultJson.Compact);
        });
    }
}
