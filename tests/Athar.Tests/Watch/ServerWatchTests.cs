using System.Text.Json;
using System.Xml.Linq;
using Athar.Store.Postgres;
using Athar.Tests.Cli;
using Athar.Tests.Loopback;
using Athar.Tests.Store;
using Athar.Tests.Store.Contract;
using Athar.Web.Hosting;

namespace Athar.Tests.Watch;

/// <summary>
/// Watch-lists on a PostgreSQL database (issue 15: "stored in the store, SQLite or the server database"): added and
/// listed with --db postgresql:// or ATHAR_DB, a digest naming a new place recorded and delivered once, nothing
/// sent again by the next run, its Atom feed served by `athar serve`, and two `digest --send` at once record one digest.
/// </summary>
[Collection(WebhookSecret.Collection)]
public sealed class ServerWatchTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly TestDatabase _database = PostgresServer.NewDatabase();
    private readonly MailCatcher _mail = new();
    private WebhookReceiver _hook = null!;

    private string Db => _database.Url;

    public async Task InitializeAsync()
    {
        WebhookSecret.Set();
        _hook = await WebhookReceiver.StartAsync();
        WatchArticles.Ingest(_dir, Db, "deir-ezzor", WatchArticles.DeirEzzor, "2024-03-20", "https://north-news.example/2024/03/20/shuhail");
    }

    public async Task DisposeAsync() => await _hook.DisposeAsync();

    public void Dispose()
    {
        _mail.Dispose();
        _database.Dispose();
        _dir.Dispose();
    }

    private (int Code, string Out, string Err) Send(string list) => CliRunner.Run(["digest", list, "--send", "--db", Db, .. _mail.Options]);

    [Fact]
    public async Task A_digest_on_a_PostgreSQL_database_names_the_new_place_once_by_mail_webhook_and_Atom()
    {
        var (code, stdout, stderr) = CliRunner.Run(
            "watch", "add", "jazrawi", "--db", Db, "--actor", WatchArticles.Commander, "--claims",
            "--email", "analyst@example.org", "--webhook", _hook.Url.ToString());
        Assert.True(code == 0, stderr);
        Assert.Contains("news from article 2 on", stdout, StringComparison.Ordinal);
        using (var child = ChildAthar.Start(new Dictionary<string, string> { ["ATHAR_DB"] = Db }, "watch", "list", "--format", "json"))
        {
            (code, stdout, stderr) = child.Finish();
            Assert.True(code == 0, stderr);
            using var lists = JsonDocument.Parse(stdout);
            Assert.Equal("jazrawi", lists.RootElement.EnumerateArray().Single().GetProperty("name").GetString());
        }
        WatchArticles.Ingest(_dir, Db, "jarablus", WatchArticles.Jarablus, "2024-05-02", "https://south-news.example/2024/05/02/jarablus");

        (code, stdout, stderr) = Send("jazrawi");
        Assert.True(code == 0, stderr);
        Assert.Contains("First time at this place", stdout, StringComparison.Ordinal);
        Assert.Contains("Jarabulus", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Deir ez-Zor", stdout, StringComparison.Ordinal); // known before the list was made
        Assert.Contains("sent digest #1 of 'jazrawi' to email analyst@example.org", stderr, StringComparison.Ordinal);

        (code, _, stderr) = Send("jazrawi");
        Assert.Equal(0, code);
        Assert.Contains("nothing new for 'jazrawi'", stderr, StringComparison.Ordinal);
        Assert.Contains(WatchArticles.JarablusSentence, Assert.Single(_mail.Messages).TextBody, StringComparison.Ordinal);
        Assert.Single(_hook.Accepted);
        using (var store = PostgresStore.Open(Db))
        {
            Assert.Single(store.Digests("jazrawi", 10));
            Assert.Empty(store.OpenDeliveries());
        }

        await using var app = WorkbenchServer.Build(new WebOptions { Db = Db, Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(WorkbenchServer.Addresses(app)[0]) };
        using (var lists = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/watchlists", UriKind.Relative))))
        {
            var list = lists.RootElement.EnumerateArray().Single();
            Assert.Equal("jazrawi", list.GetProperty("name").GetString());
            Assert.Equal(1, list.GetProperty("digests")[0].GetProperty("id").GetInt64());
        }
        var atom = XDocument.Parse(await http.GetStringAsync(new Uri("/api/watchlists/jazrawi/feed.atom", UriKind.Relative)));
        XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(atom.Root!.Elements(a + "entry"));
        Assert.Equal("urn:athar:watch:jazrawi:digest:1", entry.Element(a + "id")!.Value);
        Assert.Contains(WatchArticles.JarablusSentence, entry.Element(a + "content")!.Value, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public void Two_digest_runs_at_once_on_one_database_record_each_digest_once_and_deliver_it_once()
    {
        string[] names = ["one", "two", "three"];
        foreach (var name in names)
            Assert.Equal(0, CliRunner.Run("watch", "add", name, "--db", Db, "--actor", WatchArticles.Commander, "--claims", "--webhook", _hook.Url.ToString()).Code);
        WatchArticles.Ingest(_dir, Db, "jarablus", WatchArticles.Jarablus, "2024-05-02", "https://south-news.example/2024/05/02/jarablus");

        var environment = new Dictionary<string, string> { ["ATHAR_WEBHOOK_SECRET"] = WebhookSecret.Value };
        using var first = ChildAthar.Start(environment, "digest", "--all", "--send", "--db", Db, "--format", "json");
        using var second = ChildAthar.Start(environment, "digest", "--all", "--send", "--db", Db, "--format", "json");
        var runs = new[] { first.Finish(TimeSpan.FromMinutes(3)), second.Finish(TimeSpan.FromMinutes(3)) };
        Assert.All(runs, r => Assert.True(r.Code == 0, r.Err));

        using var store = PostgresStore.Open(Db);
        Assert.All(names, name => Assert.Single(store.Digests(name, 10)));
        Assert.Empty(store.OpenDeliveries());
        Assert.Equal(3, _hook.Accepted.Count);
        Assert.Equal(3, runs.Sum(r => r.Err.Split('\n').Count(l => l.Contains("sent digest #", StringComparison.Ordinal))));
    }
}
