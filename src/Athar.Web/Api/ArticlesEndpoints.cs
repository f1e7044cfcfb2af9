
namespace Athar.Web.Api;

/// <summary>/api/articles/{id}: the original text and every stored annotation layer (the result document of the contract).</summary>
internal static class ArticlesEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/articles/{id:long}", (long id, HttpRequest request, ReadSessions sessions) =>
        {
            _ = new QueryParameters(request, []);
            return sessions.Read(s => s.Store.GetArticle(id)) is { } stored
                ? Results.Json(
                    new { article = stored.Summary, text = stored.Document.Text, ingestedAt = stored.IngestedAt, stored.Similarity, annotations = ResultJson.Build(stored.Document) },
                    ResultJson.Compact)
                : ApiProblems.NotFound($"no article {id}");
        });
}
