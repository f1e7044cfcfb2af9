using System.Text.Json;

namespace Athar.Web.Tests.Api;

/// <summary>Articles, actors' whereabouts, search, hashtags, «most mentioned», stats and types.</summary>
[Collection(ApiCollection.Name)]
public sealed class ResourcesApiTests(ApiFixture api)
{
    // The store id of a fixture article, found by a word it contains.
    private async Task<long> ArticleId(string externalId, string word)
    {
        var results = await api.Json($"/api/search?q={Uri.EscapeDataString(word)}&limit=50");
        return results.GetProperty("articles").EnumerateArray()
            .Single(a => a.GetProperty("article").GetProperty("externalId").GetString() == externalId)
            .GetProperty("article").GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task An_article_comes_with_its_original_text_and_annotation_layers_whose_spans_point_into_it()
    {
        var id = await ArticleId("sham-2041", "سرمدا");
        var article = await api.Json($"/api/articles/{id}");
        var text = article.GetProperty("text").GetString()!;
        Assert.StartsWith("غارة بطائرة مسيّرة", text, StringComparison.Ordinal);
        var places = article.GetProperty("annotations").GetProperty("places").EnumerateArray().ToList();
        Assert.Contains(places, p => p.GetProperty("name").GetString() == "Sarmada");
        foreach (var place in places)
        {
            var span = place.GetProperty("span");
            Assert.Equal(place.GetProperty("text").GetString(), text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
        }
        Assert.Equal("sham-monitor.example", article.GetProperty("article").GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Hostile_markup_in_an_article_comes_back_as_the_same_characters_in_json()
    {
        var id = await ArticleId("hostile-1", "بصرى");
        var article = await api.Json($"/api/articles/{id}");
        Assert.Contains("<script>alert('text')</script>", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("<img src=x onerror=alert('title')>تفجير في درعا", article.GetProperty("article").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Whereabouts_of_isis_list_its_events_and_the_badia_claim()
    {
        var report = await api.Json("/api/actors/isis/whereabouts");
        Assert.Equal("isis", report.GetProperty("actors")[0].GetProperty("key").GetString());
        var entries = report.GetProperty("entries").EnumerateArray().ToList();
        var events = (await api.Json("/api/events?actor=isis")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).Order();
        Assert.Equal(events, entries.Where(e => e.GetProperty("eventId").ValueKind == JsonValueKind.Number).Select(e => e.GetProperty("eventId").GetInt64()).Order());
        var badia = Assert.Single(entries, e => e.GetProperty("where").GetProperty("nameAr").GetString() == "البادية السورية");
        Assert.Equal("speculative", badia.GetProperty("certainty").GetString());
        Assert.Contains("فرّوا إلى البادية السورية", badia.GetProperty("evidence")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var named = await api.Json($"/api/actors/{Uri.EscapeDataString("داعش")}/whereabouts");
        Assert.Equal(entries.Count, named.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Actors_resolve_a_name_as_written()
    {
        var actors = await api.Json($"/api/actors?q={Uri.EscapeDataString("تنظيم داعش")}");
        Assert.Contains(actors.EnumerateArray(), a => a.GetProperty("key").GetString() == "isis");
    }

    [Fact]
    public async Task Search_returns_snippets_as_plain_text_with_highlight_ranges_on_the_words()
    {
        var results = await api.Json($"/api/search?q={Uri.EscapeDataString("سرمدا مسيّرة")}");
        var hits = results.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, hits.Count);
        foreach (var snippet in hits.SelectMany(h => h.GetProperty("snippets").EnumerateArray()))
        {
            var text = snippet.GetProperty("text").GetString()!;
            var words = snippet.GetProperty("highlights").EnumerateArray().Select(h => text[h.GetProperty("start").GetInt32()..h.GetProperty("end").GetInt32()]).ToList();
            Assert.NotEmpty(words);
            Assert.All(words, w => Assert.True(w.Contains("سرمدا", StringComparison.Ordinal) || w.Contains("مسي", StringComparison.Ordinal), w));
        }
        Assert.Contains(results.GetProperty("events").EnumerateArray(), e => e.GetProperty("event").GetProperty("type").GetString() == "air_strike");
    }

    [Fact]
    public async Task Hashtag_search_keeps_only_articles_carrying_the_hashtag()
    {
        var tags = await api.Json("/api/hashtags");
        var sarmada = tags.EnumerateArray().Single(h => h.GetProperty("label").GetString() == "#سرمدا");
        var key = sarmada.GetProperty("key").GetString()!;
        var words = (await api.Json($"/api/search?q={Uri.EscapeDataString(key)}")).GetProperty("articles").GetArrayLength();
        var tagged = (await api.Json($"/api/search?q={Uri.EscapeDataString(key)}&hashtag={Uri.EscapeDataString(key)}")).GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(2, words);
        Assert.Equal("sham-2041", Assert.Single(tagged).GetProperty("article").GetProperty("externalId").GetString());
    }

    [Fact]
    public async Task A_hashtag_alone_is_a_search_for_its_words_among_the_articles_carrying_it()
    {
        var results = await api.Json($"/api/search?hashtag={Uri.EscapeDataString("#سرمدا")}");
        Assert.Equal("sham-2041", Assert.Single(results.GetProperty("articles").EnumerateArray()).GetProperty("article").GetProperty("externalId").GetString());
        Assert.Equal(1, results.GetProperty("totalArticles").GetInt32());
        Assert.NotEmpty(results.GetProperty("articles")[0].GetProperty("snippets").EnumerateArray());
    }

    [Fact]
    public async Task Most_mentioned_places_are_counted_by_articles()
    {
        var places = (await api.Json("/api/top?kind=place&limit=50")).EnumerateArray().ToList();
        var sarmada = places.Single(p => p.GetProperty("label").GetString() == "Sarmada");
        Assert.Equal(2, sarmada.GetProperty("articles").GetInt32());
        Assert.Equal(places.Select(p => p.GetProperty("articles").GetInt32()).OrderByDescending(n => n), places.Select(p => p.GetProperty("articles").GetInt32()));
        Assert.Equal(2, (await api.Json("/api/top?kind=actor&limit=2")).GetArrayLength());
    }

    [Fact]
    public async Task Stats_and_types_describe_the_store_and_the_vocabulary()
    {
        var stats = await api.Json("/api/stats");
        Assert.Equal(7, stats.GetProperty("store").GetProperty("articles").GetInt32());
        Assert.True(stats.GetProperty("search").GetBoolean());
        var types = (await api.Json("/api/types")).EnumerateArray().ToList();
        Assert.Contains(types, t => t.GetProperty("type").GetString() == "air_strike" && t.GetProperty("acled").GetProperty("subEventType").GetString() == "Air/drone strike");
    }
}
