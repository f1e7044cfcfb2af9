using Athar.Corpus;
using Athar.Feeds;
using Athar.Store;
using Athar.Store.Postgres;
using Athar.Tests.Cli;
using Athar.Tests.Corpus;
using Athar.Tests.Store.Contract;
using Athar.Watch;

namespace Athar.Tests.Watch.Storage;

/// <summary>
/// What both stores keep for watching, run against the embedded store (SQLite) and the server store (PostgreSQL):
/// watch-lists, digests recorded once with one open delivery per target, deliveries marked once, the corpus reads
/// digests make, and polled feeds' state.
/// </summary>
public abstract class WatchStoreContract : IDisposable
{
    protected static readonly DateTimeOffset Now = new(2024, 5, 2, 7, 0, 0, TimeSpan.Zero);

    private readonly List<long> _ids;

    protected WatchStoreContract()
    {
        Store = OpenStore();
        _ids = Store.Save([HandMade.Analysed(NewsFixtures.Strike()), HandMade.Analysed(NewsFixtures.Shelling()), HandMade.Analysed(NewsFixtures.LeadersClaim())])
            .Select(s => s.ArticleId).ToList();
    }

    protected SqlStore Store { get; }

    protected abstract SqlStore OpenStore();

    /// <summary>A second connection to the same store (another process, as far as the store can tell).</summary>
    protected abstract SqlStore OpenAgain();

    public virtual void Dispose()
    {
        Store.Dispose();
        GC.SuppressFinalize(this);
    }

    protected static WatchList List(string name, long baseline) =>
        new(name, new WatchFilter { Actor = "isis", Claims = true }, DigestSchedule.Parse("07:00"), Now.AddDays(-1))
        {
            Emails = ["desk@example.org"],
            Webhook = new Uri("https://hooks.example.org/athar"),
            BaselineDocument = baseline,
        };

    protected static Digest DigestOf(WatchList list, long after, long upTo) =>
        new(list.Name, list.Filter.Describe(), Now, after, upTo, [new DigestItem(DigestItemKind.NewEvent, "air_strike", null, null, default, "isis", 1, 1, 1, [])]);

    [Fact]
    public void A_list_is_added_once_read_back_whole_and_removed_with_its_digests()
    {
        var list = List("isis-idlib", _ids[0]);
        Assert.True(Store.AddWatchList(list));
        Assert.False(Store.AddWatchList(list with { Emails = [] }));
        var back = Assert.Single(Store.WatchLists());
        Assert.Equal(("isis-idlib", "isis", true, "daily 07:00"), (back.Name, back.Filter.Actor, back.Filter.Claims, back.Schedule.ToString()));
        Assert.Equal(["desk@example.org"], back.Emails);
        Assert.Equal(list.Webhook, back.Webhook);
        Assert.Equal((_ids[0], list.Created), (back.BaselineDocument, back.Created));
        Assert.Null(back.LastRun);
        Assert.Equal(_ids[0], Store.DigestedUpTo("isis-idlib"));

        var stored = Store.RecordDigest(DigestOf(list, _ids[0], _ids[^1]), list.Targets())!;
        Assert.Equal(stored.Id, Assert.Single(Store.Digests("isis-idlib", 5)).Digest.Id);
        Assert.True(Store.RemoveWatchList("isis-idlib"));
        Assert.False(Store.RemoveWatchList("isis-idlib"));
        Assert.Null(Store.GetWatchList("isis-idlib"));
        Assert.Empty(Store.Deliveries(stored.Id));
        Assert.Empty(Store.OpenDeliveries());
    }

    [Fact]
    public void A_digest_is_recorded_once_with_an_open_delivery_per_target_each_marked_sent_once()
    {
        var list = List("leaders", _ids[0]);
        Store.AddWatchList(list);
        Store.AddWatchList(List("other", 0) with { Emails = [], Webhook = null });
        var digest = DigestOf(list, _ids[0], _ids[^1]);
        var stored = Store.RecordDigest(digest, list.Targets())!;
        Assert.Equal(stored.Id, stored.Digest.Id);
        Assert.Null(Store.RecordDigest(digest, list.Targets())); // this list's digests reach past its start now
        Assert.Equal(_ids[^1], Store.DigestedUpTo("leaders"));
        Assert.Equal(Now, Store.GetWatchList("leaders")!.LastRun);
        Assert.Equal(2, Store.OpenDeliveries("leaders").Count);
        Assert.Empty(Store.OpenDeliveries("other"));

        var hook = list.Targets().Single(t => t.Channel == DeliveryChannel.Webhook);
        var mail = list.Targets().Single(t => t.Channel == DeliveryChannel.Email);
        Store.MarkDelivery(stored.Id, hook, "HTTP 500", Now);
        var failed = Assert.Single(Store.OpenDeliveries(), d => d.Target == hook);
        Assert.Equal((1, "HTTP 500"), (failed.Attempts, failed.LastError));
        Store.MarkDelivery(stored.Id, hook, null, Now.AddMinutes(15));
        Store.MarkDelivery(stored.Id, mail, null, Now);
        Store.MarkDelivery(stored.Id, mail, null, Now.AddHours(1)); // sent already: nothing changes
        Assert.Empty(Store.OpenDeliveries(null));
        var states = Store.Deliveries(stored.Id).ToDictionary(d => d.Target);
        Assert.Equal(("sent", 2, Now.AddMinutes(15)), (states[hook].Status, states[hook].Attempts, states[hook].SentAt));
        Assert.Equal(("sent", 1, Now), (states[mail].Status, states[mail].Attempts, states[mail].SentAt));

        Store.MarkRun("leaders", Now.AddDays(1), _ids[0]); // an older cut never moves the list back
        Assert.Equal(_ids[^1], Store.DigestedUpTo("leaders"));
        Assert.Equal(Now.AddDays(1), Store.GetWatchList("leaders")!.LastRun);
    }

    [Fact]
    public void Of_two_runs_that_made_the_same_digest_only_the_first_records_it()
    {
        var list = List("race", _ids[0]);
        Store.AddWatchList(list);
        using var other = OpenAgain();
        var mine = DigestOf(list, Store.DigestedUpTo("race"), Store.LatestArticleId());
        var theirs = DigestOf(list, other.DigestedUpTo("race"), other.LatestArticleId());
        Assert.NotNull(other.RecordDigest(theirs, list.Targets()));
        Assert.Null(Store.RecordDigest(mine, list.Targets()));
        Assert.Single(Store.Digests("race", 10));
        Assert.Equal(2, Store.OpenDeliveries("race").Count);
    }

    [Fact]
    public void Digests_read_articles_by_id_their_claims_and_an_actors_known_places()
    {
        Assert.Equal(_ids.Max(), Store.LatestArticleId());
        Assert.Equal(_ids.Max(), Store.LastArticleBefore(DateTimeOffset.UtcNow.AddHours(1)));
        Assert.Equal(0, Store.LastArticleBefore(DateTimeOffset.UnixEpoch));
        Assert.Equal(_ids.Skip(1), Store.ArticlesBetween(_ids[0], _ids[^1]));
        var claim = Assert.Single(Store.ClaimsIn(_ids));
        Assert.Equal(("isis", _ids[2]), (claim.ActorKey, claim.Stored.ArticleId));
        Assert.Empty(Store.ClaimsIn([_ids[0]]));
        Assert.Contains("isis", Store.ActorKeys("isis"));
        var places = Store.ActorPlacesUpTo(["isis", "nobody"], _ids[^1]);
        Assert.Contains(places, p => p.Key == "gaz:barisha");
        Assert.Empty(Store.ActorPlacesUpTo(["isis"], 0));
    }

    [Fact]
    public void A_feeds_validators_and_its_items_are_remembered()
    {
        var url = "https://news.example/rss.xml";
        Assert.Null(Store.GetFeed(url));
        Store.SaveFeed(new FeedState(url, "\"v1\"", null, Now, "ok", 0));
        Store.SaveFeed(new FeedState(url, "\"v2\"", "Thu, 02 May 2024 07:00:00 GMT", Now.AddMinutes(15), "error: HTTP 503", 1));
        Assert.Equal(new FeedState(url, "\"v2\"", "Thu, 02 May 2024 07:00:00 GMT", Now.AddMinutes(15), "error: HTTP 503", 1), Store.GetFeed(url));

        var hash = Store.GetArticle(_ids[0])!.ContentHash;
        Assert.True(Store.HasContent(hash));
        Assert.False(Store.HasContent("0000"));
        Assert.False(Store.HasItem("https://news.example/a"));
        Store.RecordItem("https://news.example/a", url, hash, new DateOnly(2024, 5, 2), Now);
        Store.RecordItem("https://news.example/a", url, hash, null, Now.AddMinutes(15)); // taken once
        Store.RecordItem("https://news.example/b", url, null, null, Now); // unreadable: taken, no article
        Assert.True(Store.HasItem("https://news.example/a"));
        Assert.True(Store.HasItem("https://news.example/b"));
    }
}

/// <summary>The watch contract on the embedded store.</summary>
public sealed class SqliteWatchStoreContract : WatchStoreContract
{
    private TempDir? _dir;

    private string Db => Path.Combine(_dir!.Path, "athar.db");

    protected override SqlStore OpenStore()
    {
        _dir = new TempDir();
        return SqliteStore.Open(Db);
    }

    protected override SqlStore OpenAgain() => SqliteStore.Open(Db, create: false);

    public override void Dispose()
    {
        base.Dispose();
        _dir?.Dispose();
    }
}

/// <summary>The watch contract on the server store (migration 2 on a new database).</summary>
public sealed class PostgresWatchStoreContract : WatchStoreContract
{
    private TestDatabase? _database;

    protected override SqlStore OpenStore()
    {
        _database = PostgresServer.NewDatabase();
        return PostgresStore.Open(_database.Url);
    }

    protected override SqlStore OpenAgain() => PostgresStore.Open(_database!.Url);

    public override void Dispose()
    {
        base.Dispose();
        _database?.Dispose();
    }
}
