using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Athar.Cli;
using Athar.Cli.Commands;
using Athar.Web.Hosting;
using Microsoft.Playwright;

namespace Athar.Web.Tests.Browser;

/// <summary>`athar demo` on its own: it ingests the bundled sample articles and its map shows their events.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DemoTests(BrowserFixture browser)
{
    private const string Marker = "نص تجريبي كُتب لعرض أثر";

    [Fact]
    public void Every_demo_article_says_in_its_text_that_it_was_written_for_the_demo()
    {
        using var stream = typeof(DemoCommand).Assembly.GetManifestResourceStream(DemoCommand.ArticlesResource)!;
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 8, $"{lines.Length} demo articles");
        foreach (var line in lines)
            Assert.Contains(Marker, JsonDocument.Parse(line).RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_puts_a_dozen_events_on_the_map_and_its_place_box_takes_arabic_names()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"athar-demo-test-{Guid.NewGuid():N}");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource();
        var serving = DemoCommand.ExecuteAsync(new WebOptions { Db = Path.Combine(folder, "demo.db"), Urls = "http://127.0.0.1:0" }, stdout, stderr, cancel.Token);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            Match address;
            while (!(address = Address().Match(stdout.ToString())).Success && DateTime.UtcNow < deadline && !serving.IsCompleted)
                await Task.Delay(50);
            Assert.True(address.Success, $"the demo announced no address: {stdout}{stderr}");
            var server = new Uri(address.Value);

            await using var watched = await browser.OpenAsync(server: server);
            var page = watched.Page;
            await page.GotoAsync("/");
            await page.WaitForSelectorAsync("#marker-count");
            var markers = await page.Locator("path.event-marker").CountAsync();
            Assert.True(markers >= 12, $"the demo map shows {markers} events");
            Assert.Equal(markers.ToString(CultureInfo.InvariantCulture), await page.Locator("#marker-count").TextContentAsync());
            await watched.ScreenshotAsync("demo-map");

            using var client = new HttpClient { BaseAddress = server };
            var idlib = JsonDocument.Parse(await client.GetStringAsync("/api/events.geojson?place=Idlib")).RootElement.GetProperty("returned").GetInt32();
            Assert.InRange(idlib, 1, markers - 1);
            await page.Locator("input[name=place]").FillAsync("إدلب");
            await page.Locator("#filters button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator("#marker-count")).ToHaveTextAsync(idlib.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(idlib, await page.Locator("path.event-marker").CountAsync());
            watched.AssertClean();
        }
        finally
        {
            await cancel.CancelAsync();
            Assert.Equal(CommandRunner.Ok, await serving);
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
