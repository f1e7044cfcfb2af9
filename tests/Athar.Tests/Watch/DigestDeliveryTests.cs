using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Athar.Store;
using Athar.Tests.Cli;
using Athar.Tests.Loopback;
using Athar.Watch.Delivery;
using Athar.Web.Hosting;

namespace Athar.Tests.Watch;

/// <summary>
/// Done when: a watch-list on an actor makes a digest naming a place the actor had never been reported at,
/// with the evidence sentence, delivered once by mail (a real SMTP server), webhook (a real HTTP endpoint)
/// and Atom (`athar serve`'s feed, parsed back) — all on loopback.
/// </summary>
[Collection(WebhookSecret.Collection)]
public sealed class DigestDeliveryTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly MailCatcher _mail = new();
    private WebhookReceiver _hook = null!;

    private string Db => Path.Combine(_dir.Path, "athar.db");

    public async Task InitializeAsync()
    {
        WebhookSecret.Set();
        _hook = await WebhookReceiver.StartAsync();
        WatchArticles.Ingest(_dir, Db, "deir-ezzor", WatchArticles.DeirEzzor, "2024-03-20", "https://north-news.example/2024/03/20/shuhail");
        var (code, _, stderr) = CliRunner.Run(
            "watch", "add", "jazrawi", "--db", Db, "--actor", WatchArticles.Commander, "--claims",
            "--email", "analyst@example.org", "--webhook", _hook.Url.ToString());
        Assert.True(code == 0, stderr);
        WatchArticles.Ingest(_dir, Db, "jarablus", WatchArticles.Jarablus, "2024-05-02", "https://south-news.example/2024/05/02/jarablus");
    }

    public async Task DisposeAsync() => await _hook.DisposeAsync();

    public void Dispose()
    {
        _mail.Dispose();
        _dir.Dispose();
    }

    private (int Code, string Out, string Err) Send() => CliRunner.Run(["digest", "jazrawi", "--send", "--db", Db, .. _mail.Options]);

    [Fact]
    public async Task The_first_time_at_a_place_reaches_the_analyst_once_by_mail_webhook_and_Atom()
    {
        var (code, stdout, stderr) = Send();
        Assert.True(code == 0, stderr);
        Assert.Contains("First time at this place", stdout, StringComparison.Ordinal);
        Assert.Contains("Jarabulus", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Deir ez-Zor", stdout, StringComparison.Ordinal); // known before the list was made
        Assert.Contains("sent digest #1 of 'jazrawi' to email analyst@example.org", stderr, StringComparison.Ordinal);

        // Nothing new: nothing recorded, nothing sent again.
        (code, _, stderr) = Send();
        Assert.Equal(0, code);
        Assert.Contains("nothing new for 'jazrawi'", stderr, StringComparison.Ordinal);

        var mail = Assert.Single(_mail.Messages);
        Assert.Equal("analyst@example.org", mail.To.Mailboxes.Single().Address);
        Assert.Contains("first time at a place", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(WatchArticles.JarablusSentence, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<blockquote dir=\"rtl\" lang=\"ar\">{WatchArticles.JarablusSentence}</blockquote>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://south-news.example/2024/05/02/jarablus", mail.HtmlBody, StringComparison.Ordinal);

        var hook = Assert.Single(_hook.Accepted);
        var timestamp = hook.Headers[WebhookSender.TimestampHeader];
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(WebhookSecret.Value), Encoding.UTF8.GetBytes(timestamp + ".").Concat(hook.Body).ToArray()));
        Assert.Equal(expected, hook.Headers[WebhookSender.SignatureHeader]);
        Assert.Equal("1", hook.Headers[WebhookSender.DeliveryHeader]);
        var digest = JsonDocument.Parse(hook.Body).RootElement;
        var first = digest.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("kind").GetString() == "first-at-place");
        Assert.Equal("Jarabulus", first.GetProperty("where").GetProperty("name").GetString());
        Assert.Equal(WatchArticles.JarablusSentence, first.GetProperty("evidence")[0].GetProperty("sentence").GetString());

        var atom = await AtomFeed("jazrawi");
        XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(atom.Root!.Elements(a + "entry"));
        Assert.Equal("urn:athar:watch:jazrawi:digest:1", entry.Element(a + "id")!.Value);
        Assert.Contains(WatchArticles.JarablusSentence, entry.Element(a + "content")!.Value, StringComparison.Ordinal);
        Assert.Contains(entry.Elements(a + "link"), l => l.Attribute("href")!.Value == "https://south-news.example/2024/05/02/jarablus");
    }

    [Fact]
    public void A_preview_records_nothing_and_since_looks_further_back()
    {
        var (code, stdout, _) = CliRunner.Run("digest", "jazrawi", "--db", Db, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("Jarabulus", stdout, StringComparison.Ordinal);
        (code, stdout, _) = CliRunner.Run("digest", "jazrawi", "--db", Db, "--since", "2000-01-01", "--format", "html");
        Assert.Equal(0, code);
        Assert.Contains("Deir ez-Zor", stdout, StringComparison.Ordinal); // before the list, but after --since
        using var store = SqliteStore.Open(Db, create: false);
        Assert.Empty(store.Digests("jazrawi", 10));
        Assert.Empty(_mail.Messages);
        Assert.Equal(2, CliRunner.Run("digest", "jazrawi", "--db", Db, "--since", "24h", "--send").Code);
        Assert.Equal(2, CliRunner.Run("digest", "--db", Db).Code);
        Assert.Equal(4, CliRunner.Run("digest", "nobody", "--db", Db).Code);
    }

    private async Task<XDocument> AtomFeed(string list)
    {
        await using var app = WorkbenchServer.Build(new WebOptions { Db = Db, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(WorkbenchServer.Addresses(app)[0] + $"/api/watchlists/{list}/feed.atom"));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        await app.StopAsync();
        return feed;
    }
}

/// <summary>The webhook secret the delivery tests set in this process's environment (as `athar` reads it); their collection runs alone.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class WebhookSecret
{
    public const string Collection = "webhook secret in the environment";
    public const string Value = "test-secret-لا-تنشره";

    public static void Set() => Environment.SetEnvironmentVariable("ATHAR_WEBHOOK_SECRET", Value);
}
