using System.Text.Json;
using System.Web;
using Microsoft.Playwright;

namespace Athar.Web.Tests.Browser;

/// <summary>The map page in Chromium: markers, the evidence panel, the timeline brush, the Arabic interface.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Map_draws_one_marker_per_placed_event_and_a_click_shows_its_highlighted_arabic_sentence()
    {
        var events = (await browser.Server.Json("/api/events?limit=1000")).GetProperty("items").EnumerateArray().ToList();
        var placed = events.Count(e => e.GetProperty("where").ValueKind != JsonValueKind.Null);
        Assert.True(placed >= 4);
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#marker-count");
        Assert.Equal(placed, await page.Locator("path.event-marker").CountAsync());
        Assert.Equal(placed.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#marker-count").TextContentAsync());
        await watched.ScreenshotAsync("map");

        var id = await TopmostMarker(page, await browser.Server.SarmadaStrike());
        await page.Locator($"path.event-marker[data-event-id='{id}']").ClickAsync();
        var panel = page.Locator("#panel");
        await panel.Locator($"a[href='/event.html?id=ATH{id}']").WaitForAsync(); // the id as the CLI and the CSV write it
        var view = await browser.Server.Json($"/api/events/{id}");
        var sentence = view.GetProperty("sources")[0].GetProperty("sentences")[0].GetProperty("text").GetString()!;
        var shown = panel.Locator("p.evidence").First;
        Assert.Equal(sentence, await shown.TextContentAsync());
        Assert.True(BrowserApi.HasArabic(sentence));
        Assert.Equal("rtl", await shown.GetAttributeAsync("dir"));
        Assert.Contains("evidence-sentence", await shown.GetAttributeAsync("class"), StringComparison.Ordinal);
        var trigger = view.GetProperty("sources")[0].GetProperty("report").GetProperty("trigger").GetProperty("text").GetString();
        Assert.Equal(trigger, await shown.Locator("mark.role-trigger").First.TextContentAsync());
        await watched.ScreenshotAsync("map-event-panel");
        watched.AssertClean();
    }

    [Fact]
    public async Task Brushing_the_timeline_narrows_the_map_to_the_events_of_those_dates()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#marker-count");
        var all = await page.Locator("path.event-marker").CountAsync();
        var chart = (await page.Locator("svg.timeline-chart").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(chart.X + (chart.Width * 0.55f), chart.Y + (chart.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(chart.X + (chart.Width * 0.8f), chart.Y + (chart.Height / 2), new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page.Locator("input[name=to]")).Not.ToHaveValueAsync(string.Empty);
        var query = HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        var expected = (await browser.Server.Json($"/api/events.geojson?from={query["from"]}&to={query["to"]}")).GetProperty("returned").GetInt32();
        await Assertions.Expect(page.Locator("#marker-count")).ToHaveTextAsync(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, await page.Locator("path.event-marker").CountAsync());
        Assert.True(expected < all, $"the brush kept {expected} of {all} markers");
        Assert.Equal(query["from"], await page.Locator("input[name=from]").InputValueAsync());
        await watched.ScreenshotAsync("map-brushed");
        watched.AssertClean();
    }

    [Fact]
    public async Task The_type_filter_keeps_only_markers_of_the_types_ticked()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#marker-count");
        await page.Locator("input[name=type][value=air_strike]").CheckAsync();
        await page.Locator("#filters button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("type=air_strike", StringComparison.Ordinal));
        var expected = (await browser.Server.Json("/api/events.geojson?type=air_strike")).GetProperty("returned").GetInt32();
        await Assertions.Expect(page.Locator("#marker-count")).ToHaveTextAsync(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, await page.Locator("path.event-marker.type-air_strike").CountAsync());
        Assert.Equal(expected, await page.Locator("path.event-marker").CountAsync());
        watched.AssertClean();
    }

    [Fact]
    public async Task The_arabic_interface_runs_right_to_left_with_arabic_labels()
    {
        await using var watched = await browser.OpenAsync("ar-SY");
        var page = watched.Page;
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("#marker-count");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("الخريطة", await page.Locator("#site nav a").First.TextContentAsync());
        Assert.Equal("التصفية", await page.Locator("#filters h2").TextContentAsync());
        await watched.ScreenshotAsync("map-arabic");
        watched.AssertClean();
    }

    // Markers of nearby places overlap at the first zoom: click one that nothing covers, the given one if possible.
    private static async Task<long> TopmostMarker(IPage page, long preferred) =>
        await page.EvaluateAsync<long>(
            """
            preferred => {
              const markers = [...document.querySelectorAll('path.event-marker')];
              const top = markers.filter(m => {
                const r = m.getBoundingClientRect();
                return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === m;
              });
              const chosen = top.find(m => Number(m.dataset.eventId) === preferred) ?? top[0];
              return Number(chosen.dataset.eventId);
            }
            """, preferred);
}
