namespace Athar.Feeds;

/// <summary>
/// `athar poll`'s rounds: every feed polled in turn (one feed's trouble never stops the others), then the
/// after-round work (the watch-lists' digests), then a wait on the injected clock until the next round.
/// </summary>
public sealed class PollLoop(FeedPoller poller, IReadOnlyList<Uri> feeds, TimeSpan every, TimeProvider time, Action<string> log)
{
    public async Task<IReadOnlyList<FeedOutcome>> RoundAsync(CancellationToken cancel)
    {
        var outcomes = new List<FeedOutcome>();
        foreach (var feed in feeds)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                outcomes.Add(await poller.PollAsync(feed, cancel).ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log($"feed {feed}: FAILED: {e.Message}");
                outcomes.Add(new FeedOutcome(feed, 0, 0, 1, "error: " + e.Message));
            }
        }
        return outcomes;
    }

    /// <summary>Rounds until cancelled (or one with once); returns the outcomes of the last round.</summary>
    public async Task<IReadOnlyList<FeedOutcome>> RunAsync(bool once, Func<CancellationToken, Task> afterRound, CancellationToken cancel)
    {
        while (true)
        {
            var outcomes = await RoundAsync(cancel).ConfigureAwait(false);
            await afterRound(cancel).ConfigureAwait(false);
            if (once)
                return outcomes;
            log($"next round in {every}");
            await Task.Delay(every, time, cancel).ConfigureAwait(false);
        }
    }
}
