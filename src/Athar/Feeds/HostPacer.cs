namespace Athar.Feeds;

/// <summary>
/// Politeness: requests to one host are spaced by at least an interval (measured on the injected clock);
/// requests to other hosts do not wait for each other.
/// </summary>
public sealed class HostPacer(TimeSpan interval, TimeProvider time)
{
    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public async Task WaitTurnAsync(Uri url, CancellationToken cancel)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var at = _next.TryGetValue(url.Authority, out var next) && next > now ? next : now;
            _next[url.Authority] = at + interval;
            wait = at - now;
        }
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, time, cancel).ConfigureAwait(false);
    }
}
