using System.Diagnostics;
using System.Text.Json;
using Athar.Store;
using Athar.Tests.Cli;
using Athar.Tests.Loopback;
using Athar.Tests.Watch;

namespace Athar.Tests.Feeds;

/// <summary>
/// Done when: killing `athar poll` mid-round (kill -9 of the child process, while it waits for an article
/// page) and starting it again loses no item and sends no digest twice; and a watch-list on an actor gets,
/// by mail and webhook, the place it had never been reported at before.
/// </summary>
public sealed class PollKillTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private const string Secret = "kill-test-secret";

    private readonly TempDir _dir = new();
    private readonly MailCatcher _mail = new();
    private FeedServer _site = null!;
    private WebhookReceiver _hook = null!;

    private string Db => Path.Combine(_dir.Path, "athar.db");

    public async Task InitializeAsync()
    {
        _site = await FeedServer.StartAsync();
        _hook = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _hook.DisposeAsync();
    }

    public void Dispose()
    {
        _mail.Dispose();
        _dir.Dispose();
    }

    private string[] PollArgs =>
        ["poll", _site.Feed("full.xml").ToString(), _site.Feed("summaries.xml").ToString(), "--once", "--db", Db, "--host-interval", "0s", "--retries", "1", .. _mail.Options];

    private static Dictionary<string, string> Environment => new() { ["ATHAR_WEBHOOK_SECRET"] = Secret };

    [Fact]
    public async Task A_poll_killed_mid_round_loses_no_item_and_sends_no_digest_twice()
    {
        Assert.Equal(0, CliRunner.Run(
            "watch", "add", "jazrawi", "--db", Db, "--actor", WatchArticles.Commander, "--claims",
            "--email", "analyst@example.org", "--webhook", _hook.Url.ToString()).Code);

        // The full feed is taken whole; the summaries feed's second page is held back, and the poll killed while it waits.
        _site.HeldPage = FeedFixtures.AlBab.Slug;
        using (var poll = Start(PollArgs))
        {
            await _site.HeldPageAsked.Task.WaitAsync(Patience);
            poll.Kill(); // SIGKILL: no clean-up runs
            await poll.WaitForExitAsync().WaitAsync(Patience);
        }
        Assert.Equal(2, Stored().Count);
        Assert.Empty(_mail.Messages);

        _site.HeldPage = null;
        var again = CliProcess.Run(Patience, PollArgs, Environment);
        Assert.True(again.Code == 0, again.Err);
        Assert.Contains($"feed {_site.Feed("full.xml")}: not modified", again.Err, StringComparison.Ordinal);
        var stored = Stored();
        Assert.Equal(4, stored.Count);
        Assert.Equal(4, stored.Distinct(StringComparer.Ordinal).Count());
        Assert.Single(_mail.Messages);
        Assert.Single(_hook.Accepted);

        // The commander turns up somewhere new: one more digest, naming the place, with the sentence.
        _site.AddToFullFeed(FeedFixtures.Jarablus);
        var third = CliProcess.Run(Patience, PollArgs, Environment);
        Assert.True(third.Code == 0, third.Err);
        Assert.Equal(5, Stored().Count);
        Assert.Equal(2, _mail.Messages.Count);
        Assert.Equal(2, _hook.Accepted.Count);
        var mail = _mail.Messages[1];
        Assert.Contains("first time at a place", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Jarabulus", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(WatchArticles.JarablusSentence, mail.TextBody, StringComparison.Ordinal);
        var digest = JsonDocument.Parse(_hook.Accepted[1].Body).RootElement;
        var first = digest.GetProperty("items").EnumerateArray().First(i => i.GetProperty("kind").GetString() == "first-at-place");
        Assert.Equal("Jarabulus", first.GetProperty("where").GetProperty("name").GetString());

        var fourth = CliProcess.Run(Patience, PollArgs, Environment);
        Assert.True(fourth.Code == 0, fourth.Err);
        Assert.Equal(2, _mail.Messages.Count);
        Assert.Equal(2, _hook.Accepted.Count);
    }

    private List<string> Stored()
    {
        using var store = SqliteStore.Open(Db, create: false);
        return Enumerable.Range(1, store.Stats().Articles).Select(i => store.GetArticle(i)!.Summary.Url!).ToList();
    }

    private static Process Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "athar.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in Environment)
            start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }
}
