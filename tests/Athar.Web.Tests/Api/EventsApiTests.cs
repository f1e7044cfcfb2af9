using System.Text.Json;

namespace Athar.Web.Tests.Api;

/// <summary>/api/events: filters, paging and its limits, and one event with its sources and evidence.</summary>
[Collection(ApiCollection.Name)]
public sealed class EventsApiTests(ApiFixture api)
{
    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    private static string Type(JsonElement e) => e.GetProperty("type").GetString()!;

    private static string? Country(JsonElement e) => e.GetProperty("where").ValueKind == JsonValueKind.Null ? null : e.GetProperty("where").GetProperty("country").GetString();

    private async Task<JsonElement> SarmadaStrike()
    {
        var page = await api.Json("/api/events?type=air_strike");
        return Items(page).Single(e => e.GetProperty("where").GetProperty("name").GetString() == "Sarmada");
    }

    [Fact]
    public async Task A_place_in_arabic_selects_the_same_events_as_in_english_or_by_its_province_id()
    {
        async Task<IReadOnlyList<long>> Ids(string place) =>
            Items(await api.Json($"/api/events?place={Uri.EscapeDataString(place)}")).Select(e => e.GetProperty("id").GetInt64()).Order().ToList();
        var idlib = await Ids("Idlib");
        Assert.Contains((await SarmadaStrike()).GetProperty("id").GetInt64(), idlib);
        Assert.Equal(idlib, await Ids("إدلب"));
        Assert.Equal(idlib, await Ids("SY07"));
        Assert.Equal(idlib, await Ids("محافظة إدلب"));
        Assert.NotEmpty(await Ids("دير الزور"));
        Assert.Equal(await Ids("Deir ez-Zor"), await Ids("دير الزور"));
    }

    [Fact]
    public async Task Place_filters_read_the_gazetteer_the_host_configured()
    {
        // A local gazetteer that gives Sarmada one more name: only a server configured with it knows that name
        var folder = Directory.CreateTempSubdirectory("athar-web-gazetteer-");
        try
        {
            var local = Path.Combine(folder.FullName, "gazetteer.tsv");
            File.WriteAllText(local, "athar:sarmada\ttown\tSY\tIdlib\t36.18\t36.72\t0\t0\tPPL\tSarmada\tسرمدا\tتستفيل\tlocal\n");
            await using var configured = await RunningServer.StartAsync(api.Store.Db, o => o with { LocalGazetteer = local });
            using var page = JsonDocument.Parse(await configured.Client.GetStringAsync($"/api/events?place={Uri.EscapeDataString("تستفيل")}"));
            Assert.Contains((await SarmadaStrike()).GetProperty("id").GetInt64(), Items(page.RootElement).Select(e => e.GetProperty("id").GetInt64()));
            Assert.Empty(Items(await api.Json($"/api/events?place={Uri.EscapeDataString("تستفيل")}")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Lists_every_event_newest_first_with_the_total()
    {
        var page = await api.Json("/api/events");
        var items = Items(page).ToList();
        Assert.True(items.Count >= 4, $"the fixture articles report at least four incidents, got {items.Count}");
        Assert.Equal(items.Count, page.GetProperty("total").GetInt32());
        var starts = items.Select(e => e.GetProperty("when").GetProperty("start").GetString()).ToList();
        Assert.Equal(starts.OrderByDescending(s => s, StringComparer.Ordinal), starts);
    }

    [Fact]
    public async Task Two_outlets_reporting_the_sarmada_strike_make_one_event_with_two_independent_sources()
    {
        var strike = await SarmadaStrike();
        Assert.Equal(2, strike.GetProperty("sources").GetInt32());
        Assert.Equal(2, strike.GetProperty("independentSources").GetInt32());
        Assert.Equal("2022-06-13", strike.GetProperty("when").GetProperty("start").GetString());
        Assert.Equal("Explosions/Remote violence", strike.GetProperty("acled").GetProperty("eventType").GetString());
    }

    [Fact]
    public async Task Pages_of_two_put_together_give_the_whole_list()
    {
        var all = Items(await api.Json("/api/events?limit=100")).Select(e => e.GetProperty("id").GetInt64()).ToList();
        var paged = new List<long>();
        for (var offset = 0; offset < all.Count; offset += 2)
        {
            var page = await api.Json($"/api/events?limit=2&offset={offset}");
            Assert.Equal(2, page.GetProperty("limit").GetInt32());
            Assert.Equal(offset, page.GetProperty("offset").GetInt32());
            paged.AddRange(Items(page).Select(e => e.GetProperty("id").GetInt64()));
        }
        Assert.Equal(all, paged);
        Assert.Empty(Items(await api.Json($"/api/events?offset={all.Count}")));
    }

    [Fact]
    public async Task Type_filter_keeps_only_that_type_and_accepts_a_list()
    {
        var strikes = Items(await api.Json("/api/events?type=air_strike")).ToList();
        Assert.NotEmpty(strikes);
        Assert.All(strikes, e => Assert.Equal("air_strike", Type(e)));
        var two = Items(await api.Json("/api/events?type=air_strike,arrest")).Select(Type).ToHashSet();
        Assert.Equal(["air_strike", "arrest"], two.Order());
        var repeated = Items(await api.Json("/api/events?type=air_strike&type=arrest")).Select(Type).ToHashSet();
        Assert.Equal(two, repeated);
    }

    [Fact]
    public async Task Country_filter_keeps_the_istanbul_arrest_out_of_syria()
    {
        var turkey = Items(await api.Json("/api/events?country=tr")).ToList();
        Assert.NotEmpty(turkey);
        Assert.All(turkey, e => Assert.Equal("TR", Country(e)));
        var syria = Items(await api.Json("/api/events?country=SY")).ToList();
        Assert.NotEmpty(syria);
        Assert.All(syria, e => Assert.Equal("SY", Country(e)));
    }

    [Fact]
    public async Task Bbox_around_idlib_keeps_events_inside_it()
    {
        var inside = Items(await api.Json("/api/events?bbox=36.0,35.5,37.0,36.5")).ToList();
        Assert.Contains(inside, e => e.GetProperty("where").GetProperty("name").GetString() == "Sarmada");
        Assert.All(inside, e =>
        {
            var w = e.GetProperty("where");
            Assert.InRange(w.GetProperty("lon").GetDouble(), 36.0, 37.0);
            Assert.InRange(w.GetProperty("lat").GetDouble(), 35.5, 36.5);
        });
    }

    [Fact]
    public async Task Date_range_selects_events_overlapping_it()
    {
        var june = Items(await api.Json("/api/events?from=2022-06-01&to=2022-06-30")).ToList();
        Assert.NotEmpty(june);
        Assert.All(june, e =>
        {
            var when = e.GetProperty("when");
            Assert.True(string.CompareOrdinal(when.GetProperty("end").GetString(), "2022-06-01") >= 0);
            Assert.True(string.CompareOrdinal(when.GetProperty("start").GetString(), "2022-06-30") <= 0);
        });
        Assert.Empty(Items(await api.Json("/api/events?from=2030-01-01")));
    }

    [Fact]
    public async Task Actor_filter_takes_an_id_or_an_arabic_name()
    {
        var all = Items(await api.Json("/api/events")).ToList();
        var named = all.First(e => e.GetProperty("target").ValueKind != JsonValueKind.Null && e.GetProperty("target").GetProperty("id").GetString() == "isis");
        var byId = Items(await api.Json("/api/events?actor=isis")).Select(e => e.GetProperty("id").GetInt64()).ToList();
        var byName = Items(await api.Json($"/api/events?actor={Uri.EscapeDataString("داعش")}")).Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Contains(named.GetProperty("id").GetInt64(), byId);
        Assert.True(byId.Count < all.Count);
        Assert.Equal(byId, byName);
        Assert.Empty(Items(await api.Json("/api/events?actor=nobody-at-all")));
    }

    [Fact]
    public async Task Q_filter_keeps_events_reported_by_articles_with_the_words()
    {
        var dhiban = Items(await api.Json($"/api/events?q={Uri.EscapeDataString("ذيبان العشائر")}")).ToList();
        Assert.NotEmpty(dhiban);
        Assert.All(dhiban, e => Assert.Equal("Deir ez-Zor", e.GetProperty("where").GetProperty("admin1").GetString()));
    }

    [Fact]
    public async Task An_event_is_found_by_the_id_the_cli_and_csv_show_or_by_its_number()
    {
        var id = (await SarmadaStrike()).GetProperty("id").GetInt64();
        var byNumber = await api.Json($"/api/events/{id}");
        Assert.Equal(byNumber.GetRawText(), (await api.Json($"/api/events/ATH{id}")).GetRawText());
        Assert.Equal(byNumber.GetRawText(), (await api.Json($"/api/events/ath{id}")).GetRawText());
    }

    [Fact]
    public async Task An_event_lists_each_source_with_evidence_sentences_cut_from_the_article_and_marks_inside_them()
    {
        var id = (await SarmadaStrike()).GetProperty("id").GetInt64();
        var view = await api.Json($"/api/events/{id}");
        var sources = view.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(2, sources.Count);
        foreach (var source in sources)
        {
            var article = await api.Json($"/api/articles/{source.GetProperty("article").GetProperty("id").GetInt64()}");
            var text = article.GetProperty("text").GetString()!;
            var sentences = source.GetProperty("sentences").EnumerateArray().ToList();
            Assert.NotEmpty(sentences);
            foreach (var sentence in sentences)
            {
                var span = sentence.GetProperty("span");
                var (start, end) = (span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32());
                Assert.Equal(text[start..end], sentence.GetProperty("text").GetString());
            }
            var marks = source.GetProperty("marks").EnumerateArray().ToList();
            var trigger = Assert.Single(marks, m => m.GetProperty("role").GetString() == "trigger");
            var t = trigger.GetProperty("span");
            Assert.Equal(source.GetProperty("report").GetProperty("trigger").GetProperty("text").GetString(), text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()]);
            Assert.Contains(marks, m => m.GetProperty("role").GetString() == "place" && text[m.GetProperty("span").GetProperty("start").GetInt32()..m.GetProperty("span").GetProperty("end").GetInt32()].Contains("سرمدا", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Timeline_bars_count_every_dated_event_once()
    {
        var total = Items(await api.Json("/api/events")).Count(e => e.GetProperty("when").ValueKind != JsonValueKind.Null);
        foreach (var bucket in new[] { "day", "month", "year" })
        {
            var timeline = await api.Json($"/api/timeline?bucket={bucket}");
            var bars = timeline.GetProperty("bars").EnumerateArray().ToList();
            Assert.Equal(total, bars.Sum(b => b.GetProperty("events").GetInt32()));
            Assert.Equal(bars.Select(b => b.GetProperty("start").GetString()).Order(StringComparer.Ordinal), bars.Select(b => b.GetProperty("start").GetString()));
        }
        var months = (await api.Json("/api/timeline?bucket=month")).GetProperty("bars").EnumerateArray();
        Assert.All(months, b => Assert.EndsWith("-01", b.GetProperty("start").GetString(), StringComparison.Ordinal));
    }
}
