using System.Text.Json;
using System.Xml.Linq;
using Athar.Cli;

namespace Athar.Web.Tests.Browser;

/// <summary>The watch-lists page: each list with its latest digest (evidence right to left) and its Atom feed linked; no delivery address shown.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WatchListsPageTests(BrowserFixture browser) : IDisposable
{
    // Written for this test in the style of an Arabic news item (not an outlet's text).
    private const string Sentence = "قالت مصادر محلية إن القيادي في تنظيم داعش أبو حفص الجزراوي انتقل إلى مدينة جرابلس في ريف حلب الشمالي أواخر نيسان 2024.";

    private readonly TestStore _store = TestStore.Ingest(TestStore.FixtureArticles);

    public void Dispose() => _store.Dispose();

    private void Athar(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.True(CommandRunner.Run(AtharCli.CreateRoot(), [.. args, "--db", _store.Db], stdout, stderr) == CommandRunner.Ok, stderr.ToString());
    }

    [Fact]
    public async Task The_page_lists_each_watch_list_with_its_latest_digest_and_its_Atom_feed()
    {
        Athar("watch", "add", "jazrawi", "--actor", "أبو حفص الجزراوي", "--claims", "--webhook", "https://hooks.example.org/secret-token");
        var article = Path.Combine(Path.GetDirectoryName(_store.Db)!, "jarablus.jsonl");
        File.WriteAllText(article, JsonSerializer.Serialize(new { id = "south-1", text = "قيادي داعشي في جرابلس\n" + Sentence, published = "2024-05-02", url = "https://south-news.example/1" }) + "\n");
        Athar("ingest", article);
        Environment.SetEnvironmentVariable("ATHAR_WEBHOOK_SECRET", null);
        using (var stdout = new StringWriter())
        using (var stderr = new StringWriter())
            CommandRunner.Run(AtharCli.CreateRoot(), ["digest", "jazrawi", "--send", "--db", _store.Db], stdout, stderr); // recorded; the webhook fails (no secret) and stays open

        await using var server = await RunningServer.StartAsync(_store.Db);
        var lists = await server.Client.GetStringAsync(new Uri("/api/watchlists", UriKind.Relative));
        Assert.DoesNotContain("secret-token", lists, StringComparison.Ordinal);
        Assert.DoesNotContain("hooks.example.org", lists, StringComparison.Ordinal);

        await using var watched = await browser.OpenAsync(server: server.Address);
        var page = watched.Page;
        await page.GotoAsync("/watchlists.html");
        var card = page.Locator("#watch-jazrawi");
        await card.Locator(".digest-first-at-place blockquote").First.WaitForAsync();
        var quote = card.Locator(".digest-first-at-place blockquote").First;
        Assert.Equal(Sentence, await quote.TextContentAsync());
        Assert.Equal("rtl", await quote.GetAttributeAsync("dir"));
        Assert.Equal("https://south-news.example/1", await card.Locator(".digest-first-at-place .source a").First.GetAttributeAsync("href"));
        var feed = await card.Locator("a.atom").GetAttributeAsync("href");
        Assert.Equal("/api/watchlists/jazrawi/feed.atom", feed);
        await watched.ScreenshotAsync("watchlists");
        watched.AssertClean();

        XNamespace a = "http://www.w3.org/2005/Atom";
        var atom = XDocument.Parse(await server.Client.GetStringAsync(new Uri(feed!, UriKind.Relative)));
        var entry = Assert.Single(atom.Root!.Elements(a + "entry"));
        Assert.Contains(Sentence, entry.Element(a + "content")!.Value, StringComparison.Ordinal);
        Assert.Equal(404, (int)(await server.Client.GetAsync(new Uri("/api/watchlists/nobody/feed.atom", UriKind.Relative))).StatusCode);
    }
}
