using Athar.Corpus;
using Athar.Store;
using Athar.Tests.Cli;

namespace Athar.Tests.Feeds;

/// <summary>`athar poll` against a news site on loopback: each item once, conditional GETs, summaries read from their pages, bad feeds isolated.</summary>
public sealed class FeedPollTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private FeedServer _site = null!;

    private string Db => Path.Combine(_dir.Path, "athar.db");

    public async Task InitializeAsync() => _site = await FeedServer.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    private (int Code, string Out, string Err) Poll(params string[] feeds) =>
        CliRunner.Run(["poll", .. feeds, "--once", "--db", Db, "--host-interval", "0s", "--retries", "1", "--timeout", "3s", "--max-size", "256KB"]);

    private IReadOnlyList<StoredArticle> Articles()
    {
        using var store = SqliteStore.Open(Db, create: false);
        var count = store.Stats().Articles;
        return Enumerable.Range(1, count).Select(i => store.GetArticle(i)!).ToList();
    }

    [Fact]
    public void Two_polls_take_each_item_once_and_an_edited_feed_gives_only_its_new_items()
    {
        var feeds = new[] { _site.Feed("full.xml").ToString(), _site.Feed("summaries.xml").ToString() };
        var (code, _, stderr) = Poll(feeds);
        Assert.True(code == 0, stderr);
        Assert.Contains($"feed {_site.Feed("full.xml")}: 2 new items, 0 taken before", stderr, StringComparison.Ordinal);
        var first = Articles();
        Assert.Equal(4, first.Count);

        // The summaries feed's items were read from their pages, with the feed's link and date.
        var daraa = first.Single(a => a.Summary.Url == FeedFixtures.Link(_site.Site, FeedFixtures.Daraa));
        Assert.Contains("أسفرت عن مقتل عنصرين من قوات النظام", daraa.Document.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 5, 1), daraa.Summary.Published);
        Assert.Equal(new DateOnly(2024, 3, 20), first.Single(a => a.Summary.Url!.EndsWith("shuhail.html", StringComparison.Ordinal)).Summary.Published);

        (code, _, stderr) = Poll(feeds);
        Assert.True(code == 0, stderr);
        Assert.Equal(1, _site.NotModified);
        Assert.Contains($"feed {_site.Feed("full.xml")}: not modified", stderr, StringComparison.Ordinal);
        Assert.Contains($"feed {_site.Feed("summaries.xml")}: 0 new items, 2 taken before", stderr, StringComparison.Ordinal);
        Assert.Equal(4, Articles().Count);

        _site.AddToFullFeed(FeedFixtures.Jarablus);
        (code, _, stderr) = Poll(feeds);
        Assert.True(code == 0, stderr);
        Assert.Contains($"feed {_site.Feed("full.xml")}: 1 new items, 2 taken before", stderr, StringComparison.Ordinal);
        var last = Articles();
        Assert.Equal(5, last.Count);
        Assert.Single(last, a => a.Summary.Url!.EndsWith("jarablus.html", StringComparison.Ordinal));
        Assert.Equal(last.Count, last.Select(a => ContentHash.Of(a.Document.Text)).Distinct().Count());
    }

    [Fact]
    public void Each_broken_feed_gives_a_clear_line_and_the_others_are_still_read()
    {
        var dead = $"http://127.0.0.1:{Loopback.MailCatcher.FreePort()}/feed.xml";
        var (code, _, stderr) = Poll(
            _site.Feed("loop-a.xml").ToString(), _site.Feed("huge.xml").ToString(), _site.Feed("broken.xml").ToString(),
            _site.Feed("bad-utf8.xml").ToString(), _site.Feed("not-a-feed.xml").ToString(), dead, _site.Feed("old-site.xml").ToString(),
            _site.Feed("moved.xml").ToString());
        Assert.Equal(3, code);
        string Line(string feed) => stderr.Split('\n').Single(l => l.Contains($"feed {feed}: FAILED", StringComparison.Ordinal));
        Assert.Contains("redirect loop", Line(_site.Feed("loop-a.xml").ToString()), StringComparison.Ordinal);
        Assert.Contains("byte limit", Line(_site.Feed("huge.xml").ToString()), StringComparison.Ordinal);
        Assert.Contains("not a readable RSS/Atom feed", Line(_site.Feed("broken.xml").ToString()), StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", Line(_site.Feed("bad-utf8.xml").ToString()), StringComparison.Ordinal);
        Assert.Contains("not an RSS or Atom feed", Line(_site.Feed("not-a-feed.xml").ToString()), StringComparison.Ordinal);
        Assert.Contains("refused", Line(dead), StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"feed {_site.Feed("old-site.xml")}: decoded from windows-1256", stderr, StringComparison.Ordinal);
        var articles = Articles();
        Assert.Contains(articles, a => a.Document.Text.Contains("انفجرت عبوة ناسفة مزروعة في سيارة مدنية", StringComparison.Ordinal));
        Assert.Equal(2, articles.Count(a => a.Summary.Url!.Contains("/articles/shuhail.html", StringComparison.Ordinal) || a.Summary.Url!.Contains("/articles/manbij.html", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_feed_that_never_answers_times_out_and_the_next_feed_is_read()
    {
        var (code, _, stderr) = Poll(_site.Feed("slow.xml").ToString(), _site.Feed("full.xml").ToString());
        Assert.Equal(3, code);
        Assert.Contains($"feed {_site.Feed("slow.xml")}: FAILED (1 in a row): timed out", stderr, StringComparison.Ordinal);
        Assert.Equal(2, Articles().Count);
        using var store = SqliteStore.Open(Db, create: false);
        Assert.Equal(1, store.GetFeed(_site.Feed("slow.xml").ToString())!.Failures);
    }
}
