using Athar.Net;
using Athar.Store;
using Athar.Tests.Cli;
using Athar.Tests.Loopback;
using Athar.Watch;
using Athar.Watch.Delivery;
using Athar.Watch.Digests;

namespace Athar.Tests.Watch;

/// <summary>A delivery that fails is kept open, reported, and made on the next run — once; one that went is never made again.</summary>
public sealed class DeliveryRetryTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private readonly MailCatcher _mail = new();
    private readonly List<string> _log = [];
    private WebhookReceiver _hook = null!;

    private string Db => Path.Combine(_dir.Path, "athar.db");

    public async Task InitializeAsync()
    {
        _hook = await WebhookReceiver.StartAsync();
        WatchArticles.Ingest(_dir, Db, "manbij", WatchArticles.Manbij, "2024-05-02", "https://east-news.example/manbij");
        Assert.Equal(0, CliRunner.Run("watch", "add", "shelling", "--db", Db, "--email", "desk@example.org", "--webhook", _hook.Url.ToString()).Code);
        WatchArticles.Ingest(_dir, Db, "jarablus", WatchArticles.Jarablus, "2024-05-02", "https://south-news.example/jarablus");
    }

    public async Task DisposeAsync() => await _hook.DisposeAsync();

    public void Dispose()
    {
        _mail.Dispose();
        _dir.Dispose();
    }

    private async Task<DigestRun> Run(string? secret = "s3cret")
    {
        using var store = SqliteStore.Open(Db);
        using var http = new HttpClient();
        var time = TimeProvider.System;
        var senders = new IDigestSender[]
        {
            new MailSender(new SmtpSettings("127.0.0.1", _mail.Port, MailKit.Security.SecureSocketOptions.None, "athar@example.org"), TimeSpan.FromSeconds(30)),
            new WebhookSender(http, secret, HttpRetries.Pipeline(new RetryPolicy(1, TimeSpan.Zero, TimeSpan.FromSeconds(30)), time, _log.Add), time),
        };
        var runner = new DigestRunner(store, new DigestBuilder(store, store, null), new DigestDeliverer(store, senders, time, _log.Add), time, _log.Add);
        return await runner.RunAsync(store.WatchLists(), CancellationToken.None);
    }

    [Fact]
    public async Task Failed_deliveries_are_reported_and_retried_on_the_next_run_once()
    {
        _mail.Refusing = true;
        _hook.FailNext = 2; // the first attempt and its one retry
        var first = await Run();
        Assert.Single(first.Recorded);
        Assert.Equal((0, 2), (first.Sent, first.Failed));
        Assert.Contains(_log, l => l.StartsWith("FAILED digest #1 of 'shelling' to webhook", StringComparison.Ordinal) && l.Contains("HTTP 500", StringComparison.Ordinal));
        Assert.Contains(_log, l => l.StartsWith("FAILED digest #1 of 'shelling' to email desk@example.org", StringComparison.Ordinal));
        using (var store = SqliteStore.Open(Db))
            Assert.All(store.OpenDeliveries(), d => Assert.Equal(1, d.Attempts));

        _mail.Refusing = false;
        var second = await Run();
        Assert.Empty(second.Recorded);
        Assert.Equal((2, 0), (second.Sent, second.Failed));
        Assert.Contains(_log, l => l.StartsWith("sent digest #1 of 'shelling' to webhook", StringComparison.Ordinal) && l.Contains("(retry 1;", StringComparison.Ordinal));

        var third = await Run();
        Assert.Equal((0, 0), (third.Sent, third.Failed));
        Assert.Single(_mail.Messages);
        Assert.Single(_hook.Accepted);
        using (var store = SqliteStore.Open(Db))
        {
            Assert.Empty(store.OpenDeliveries());
            Assert.All(store.Deliveries(1), d => Assert.Equal(("sent", 2), (d.Status, d.Attempts)));
        }
    }

    [Fact]
    public async Task A_webhook_without_a_secret_is_not_sent_unsigned()
    {
        var run = await Run(secret: null);
        Assert.Equal(1, run.Failed);
        Assert.Contains(_log, l => l.Contains("no webhook secret", StringComparison.Ordinal));
        Assert.Empty(_hook.Accepted);
    }
}
