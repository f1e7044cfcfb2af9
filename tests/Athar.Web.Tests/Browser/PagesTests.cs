using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Athar.Web.Tests.Browser;

/// <summary>The event, actor, search, hashtag, «most mentioned» and article pages in Chromium; hostile text stays text.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesTests(BrowserFixture browser)
{
    private const string Payload = "<script>alert('q')</script><img src=x onerror=\"window.pwned=1;alert('img')\">";

    [Fact]
    public async Task A_search_with_a_script_payload_is_shown_as_text_and_never_runs()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/");
        await page.Locator("#site-q").FillAsync(Payload);
        await page.Locator("#site-q").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search.html", StringComparison.Ordinal));
        await page.Locator("#article-hits, .error").First.WaitForAsync();
        Assert.Equal(Payload, await page.Locator("#query-echo").TextContentAsync());
        Assert.Equal(Payload, await page.Locator("#site-q").InputValueAsync());
        Assert.Equal(0, await page.Locator("img[src=x]").CountAsync());
        Assert.Equal(0, await page.Locator("#page script").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
        await watched.ScreenshotAsync("search-script-payload");
        watched.AssertClean();
    }

    [Fact]
    public async Task An_article_full_of_markup_is_shown_as_its_characters_in_results_and_on_its_page()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync($"/search.html?q={Uri.EscapeDataString("بصرى الشام")}");
        // the hostile fixture among the hits (with ../shared present, dev articles about Busra al-Sham rank too)
        var hit = page.Locator("#article-hits li").Filter(new() { HasText = "تفجير في درعا" }).First;
        await hit.WaitForAsync();
        Assert.Equal("<img src=x onerror=alert('title')>تفجير في درعا", await hit.Locator("a strong").TextContentAsync());
        await hit.Locator("a").First.ClickAsync();
        await page.Locator("#article-text").WaitForAsync();
        Assert.Contains("<script>alert('text')</script>", await page.Locator("#article-text").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert('img')>", await page.Locator("#article-text").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#page img, #page script").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript:']").CountAsync());
        Assert.True(await page.Locator("#article-text mark.l-places").CountAsync() > 0);
        await watched.ScreenshotAsync("article-hostile");
        watched.AssertClean();
    }

    [Fact]
    public async Task The_event_page_shows_every_source_with_the_evidence_highlighted_right_to_left()
    {
        var id = await browser.Server.SarmadaStrike();
        var view = await browser.Server.Json($"/api/events/{id}");
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync($"/event.html?id={id}");
        await page.Locator("section.source").First.WaitForAsync();
        Assert.Equal(view.GetProperty("sources").GetArrayLength(), await page.Locator("section.source").CountAsync());
        Assert.Equal(view.GetProperty("event").GetProperty("independentSources").GetInt32().ToString(CultureInfo.InvariantCulture), await page.Locator(".corroboration").TextContentAsync());
        Assert.Contains("Explosions/Remote violence / Air/drone strike", await page.Locator("#event .facts").TextContentAsync(), StringComparison.Ordinal);
        foreach (var source in await page.Locator("section.source").AllAsync())
        {
            var sentence = source.Locator("p.evidence-sentence").First;
            Assert.Equal("rtl", await sentence.GetAttributeAsync("dir"));
            Assert.True(await sentence.Locator("mark.role-trigger").CountAsync() > 0);
            var inArticle = source.Locator(".article-text mark.evidence-sentence").First;
            Assert.True(BrowserApi.HasArabic((await inArticle.TextContentAsync())!));
        }
        await Assertions.Expect(page.Locator("#event-map path.event-marker")).ToHaveCountAsync(1); // the map draws after the sources
        await watched.ScreenshotAsync("event");
        watched.AssertClean();
    }

    [Fact]
    public async Task The_arabic_event_page_by_its_ath_id_reads_dates_left_to_right_and_names_precision_coding_and_actors_in_arabic()
    {
        var id = await browser.Server.SarmadaStrike();
        var e = (await browser.Server.Json($"/api/events/{id}")).GetProperty("event");
        var arabic = await browser.Server.Json("/api/actors/names");
        await using var watched = await browser.OpenAsync("ar-SY");
        var page = watched.Page;
        await page.GotoAsync($"/event.html?id=ATH{id}");
        await page.Locator("section.source").First.WaitForAsync();
        var date = page.Locator("#event .event-title bdi");
        Assert.Equal("ltr", await date.GetAttributeAsync("dir"));
        Assert.Equal(e.GetProperty("when").GetProperty("start").GetString(), await date.TextContentAsync());
        var facts = (await page.Locator("#event .facts").TextContentAsync())!;
        Assert.Contains($"ATH{id}", facts, StringComparison.Ordinal);
        Assert.Contains("الدقة: يوم", facts, StringComparison.Ordinal);
        Assert.Contains("انفجارات/عنف عن بُعد / غارة جوية/بمسيّرة", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("Explosions", facts, StringComparison.Ordinal);
        var actor = new[] { e.GetProperty("agent"), e.GetProperty("target") }
            .First(a => a.ValueKind == JsonValueKind.Object && a.GetProperty("id").ValueKind == JsonValueKind.String);
        Assert.Contains(arabic.GetProperty(actor.GetProperty("id").GetString()!).GetString()!, facts, StringComparison.Ordinal);
        Assert.DoesNotContain(actor.GetProperty("name").GetString()!, facts, StringComparison.Ordinal);
        await watched.ScreenshotAsync("event-arabic");
        watched.AssertClean();
    }

    [Theory]
    [InlineData("/event.html", "ATH7")]
    [InlineData("/article.html", "article.html?id=1")]
    public async Task A_page_opened_without_an_id_says_what_to_give_it(string path, string hint)
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(path);
        var note = page.Locator("#status p.note");
        await note.WaitForAsync();
        Assert.Contains(hint, await note.TextContentAsync(), StringComparison.Ordinal);
        watched.AssertClean();
    }

    [Fact]
    public async Task The_actor_page_lists_where_isis_was_reported_as_the_api_does()
    {
        var report = await browser.Server.Json("/api/actors/isis/whereabouts");
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/actor.html?id=isis");
        await page.Locator("#entries > li").First.WaitForAsync();
        Assert.Equal(report.GetProperty("entries").GetArrayLength(), await page.Locator("#entries > li").CountAsync());
        Assert.Contains("Islamic State", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator("#whereabouts-map path.whereabouts-marker").First.WaitForAsync(); // the map draws after the list
        Assert.True(await page.Locator("#entries blockquote.evidence").CountAsync() > 0);
        await watched.ScreenshotAsync("actor-isis");
        watched.AssertClean();
    }

    [Fact]
    public async Task Most_mentioned_lists_link_to_the_actor_page_and_hashtags_to_their_articles()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/top.html");
        await page.Locator("#top-actors li").First.WaitForAsync();
        Assert.True(await page.Locator("#top-places li").CountAsync() > 0);
        Assert.True(await page.Locator("#top-hashtags li").CountAsync() > 0);
        await watched.ScreenshotAsync("most-mentioned");
        await page.Locator("#top-actors li a").First.ClickAsync();
        await page.Locator("#entries > li").First.WaitForAsync();
        Assert.StartsWith("/actor.html", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        await page.GotoAsync($"/hashtag.html?tag={Uri.EscapeDataString("سرمدا")}");
        await page.Locator("#article-hits li").First.WaitForAsync();
        Assert.Equal(1, await page.Locator("#article-hits li").CountAsync());
        Assert.Contains("#سرمدا", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        await watched.ScreenshotAsync("hashtag");
        watched.AssertClean();
    }
}
