using System.Text.Json;

namespace Athar.Web.Tests.Api;

/// <summary>/api/events/{id} answers one page of an event's sources (50 unless sources_limit says) and how many there are.</summary>
[Collection(ApiCollection.Name)]
public sealed class EventSourcesPagingTests(ApiFixture api)
{
    [Fact]
    public async Task An_event_answers_a_page_of_its_sources_and_their_total()
    {
        var page = await api.Json("/api/events?limit=1000");
        var fused = page.GetProperty("items").EnumerateArray().First(e => e.GetProperty("sources").GetInt32() >= 2);
        var id = fused.GetProperty("id").GetInt64();
        var total = fused.GetProperty("sources").GetInt32();

        var all = await api.Json($"/api/events/{id}");
        Assert.Equal(total, all.GetProperty("sourcesTotal").GetInt32());
        Assert.Equal(50, all.GetProperty("sourcesLimit").GetInt32());
        Assert.Equal(Math.Min(total, 50), all.GetProperty("sources").GetArrayLength());

        var first = await api.Json($"/api/events/{id}?sources_limit=1");
        var second = await api.Json($"/api/events/{id}?sources_offset=1&sources_limit=1");
        Assert.Equal(total, second.GetProperty("sourcesTotal").GetInt32());
        Assert.Equal(1, second.GetProperty("sourcesOffset").GetInt32());
        Assert.Equal(ArticleIds(all).Take(2), ArticleIds(first).Concat(ArticleIds(second)));
        Assert.Empty((await api.Json($"/api/events/{id}?sources_offset={total}")).GetProperty("sources").EnumerateArray());
    }

    [Theory]
    [InlineData("sources_limit=0")]
    [InlineData("sources_offset=-1")]
    [InlineData("sources_limit=abc")]
    public async Task A_bad_page_is_a_400(string query)
    {
        var page = await api.Json("/api/events?limit=1");
        var id = page.GetProperty("items")[0].GetProperty("id").GetInt64();
        await api.Problem($"/api/events/{id}?{query}", 400);
    }

    private static IEnumerable<long> ArticleIds(JsonElement view) =>
        view.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("article").GetProperty("id").GetInt64()).ToList();
}
