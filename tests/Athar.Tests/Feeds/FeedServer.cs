using System.Collections.Concurrent;
using System.Text;
using Athar.Tests.Loopback;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static Athar.Tests.Feeds.FeedFixtures;

namespace Athar.Tests.Feeds;

/// <summary>
/// A news site on loopback (Kestrel) serving the fixture feeds and pages: a full-text feed with an ETag that a
/// test can edit, a summaries feed whose pages can be held back, and feeds that misbehave — a redirect loop,
/// one over any limit, a malformed one, one in windows-1256, one with bytes that are not UTF-8, one that never answers.
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    static FeedServer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private LoopbackServer _server = null!;
    private volatile Item[] _full = [DeirEzzor, Manbij];
    private int _fullVersion = 1;

    public ConcurrentQueue<string> Requests { get; } = new();

    public int NotModified;

    /// <summary>A page held back until released (a poll is killed while it waits); null serves every page at once.</summary>
    public string? HeldPage { get; set; }

    public TaskCompletionSource HeldPageAsked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource ReleaseHeldPage { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Uri Site => _server.Root;

    public Uri Feed(string name) => _server.Url($"feeds/{name}");

    public static async Task<FeedServer> StartAsync()
    {
        var s = new FeedServer();
        s._server = await LoopbackServer.StartAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                s.Requests.Enqueue(context.Request.Path);
                await next(context);
            });
            app.MapGet("/feeds/full.xml", s.Full);
            app.MapGet("/feeds/summaries.xml", () => Xml(SummaryRss(s.Site, [Daraa, AlBab])));
            app.MapGet("/articles/{slug}.html", s.Article);
            app.MapGet("/feeds/loop-a.xml", () => Results.Redirect("/feeds/loop-b.xml"));
            app.MapGet("/feeds/loop-b.xml", () => Results.Redirect("/feeds/loop-a.xml"));
            app.MapGet("/feeds/moved.xml", () => Results.Redirect("/feeds/full.xml", permanent: true));
            app.MapGet("/feeds/huge.xml", Huge);
            app.MapGet("/feeds/broken.xml", () => Xml("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>مكسور</title><item><title>خبر غير مكتمل"));
            app.MapGet("/feeds/not-a-feed.xml", () => Xml("{\"json\": \"لا يشبه الخلاصة\"}"));
            app.MapGet("/feeds/old-site.xml", () => Results.Bytes(Encoding.GetEncoding(1256).GetBytes(Atom(s.Site, AlBab)), "application/atom+xml; charset=windows-1256"));
            app.MapGet("/feeds/bad-utf8.xml", () => Results.Bytes([.. Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss><channel><title>"), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("</title></channel></rss>")], "application/rss+xml; charset=utf-8"));
            app.MapGet("/feeds/slow.xml", async (CancellationToken aborted) =>
            {
                await Task.Delay(Timeout.Infinite, aborted);
                return Results.Ok();
            });
        });
        return s;
    }

    /// <summary>Edits the full feed: a new item, and an old item's summary reworded (its link unchanged).</summary>
    public void AddToFullFeed(Item item)
    {
        _full = [.. _full.Select(i => i == Manbij ? i with { Title = i.Title + " (محدّث)" } : i), item];
        Interlocked.Increment(ref _fullVersion);
    }

    private IResult Full(HttpContext context)
    {
        var etag = $"\"full-v{Volatile.Read(ref _fullVersion)}\"";
        if (context.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            Interlocked.Increment(ref NotModified);
            return Results.StatusCode(304);
        }
        context.Response.Headers.ETag = etag;
        context.Response.Headers.LastModified = "Thu, 02 May 2024 10:00:00 GMT";
        return Xml(FullRss(Site, _full));
    }

    private async Task<IResult> Article(string slug, CancellationToken aborted)
    {
        var item = new[] { Daraa, AlBab, DeirEzzor, Manbij, Jarablus }.FirstOrDefault(i => i.Slug == slug);
        if (item is null)
            return Results.NotFound();
        if (slug == HeldPage)
        {
            HeldPageAsked.TrySetResult();
            await ReleaseHeldPage.Task.WaitAsync(aborted);
        }
        return Results.Text(Page(item), "text/html; charset=utf-8");
    }

    private static async Task Huge(HttpContext context)
    {
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>");
        var chunk = string.Concat(Enumerable.Repeat("<item><title>حشو</title></item>", 1000));
        for (var i = 0; i < 400 && !context.RequestAborted.IsCancellationRequested; i++)
            await context.Response.WriteAsync(chunk, context.RequestAborted);
    }

    private static IResult Xml(string xml) => Results.Text(xml, "application/rss+xml; charset=utf-8");

    public async ValueTask DisposeAsync()
    {
        ReleaseHeldPage.TrySetResult();
        await _server.DisposeAsync();
    }
}
