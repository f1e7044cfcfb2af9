using Athar.Store.Postgres;
using Athar.Tests.Cli;
using Athar.Tests.Store.Contract;

namespace Athar.Tests.Feeds;

/// <summary>`athar poll --db postgresql://…`: feed state and items in the server database, each item stored once, and the due digests made after the round.</summary>
public sealed class ServerPollTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase _database = PostgresServer.NewDatabase();
    private FeedServer _site = null!;

    public async Task InitializeAsync() => _site = await FeedServer.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _database.Dispose();

    private (int Code, string Out, string Err) Poll(params string[] feeds) =>
        CliRunner.Run(["poll", .. feeds, "--once", "--db", _database.Url, "--host-interval", "0s", "--retries", "1", "--timeout", "3s", "--max-size", "256KB"]);

    [Fact]
    public void Two_polls_into_a_PostgreSQL_database_take_each_item_once_and_record_the_due_digest_once()
    {
        Assert.Equal(0, CliRunner.Run("watch", "add", "everything", "--db", _database.Url).Code);
        var feeds = new[] { _site.Feed("full.xml").ToString(), _site.Feed("summaries.xml").ToString() };
        var (code, _, stderr) = Poll(feeds);
        Assert.True(code == 0, stderr);
        Assert.Contains($"feed {_site.Feed("full.xml")}: 2 new items, 0 taken before", stderr, StringComparison.Ordinal);
        Assert.Contains("digest #1 of 'everything'", stderr, StringComparison.Ordinal);

        (code, _, stderr) = Poll(feeds);
        Assert.True(code == 0, stderr);
        Assert.Contains($"feed {_site.Feed("full.xml")}: not modified", stderr, StringComparison.Ordinal);
        Assert.Contains($"feed {_site.Feed("summaries.xml")}: 0 new items, 2 taken before", stderr, StringComparison.Ordinal);
        using var store = PostgresStore.Open(_database.Url);
        Assert.Equal(4, store.Stats().Articles);
        Assert.Single(store.Digests("everything", 10));
        Assert.NotNull(store.GetFeed(_site.Feed("full.xml").ToString())?.ETag);
    }
}
