using Athar.Watch.Delivery;
using Athar.Watch.Digests;

namespace Athar.Watch;

/// <summary>What a digest run did: the digests recorded, and the deliveries sent and failed.</summary>
public sealed record DigestRun(IReadOnlyList<StoredDigest> Recorded, int Sent, int Failed);

/// <summary>
/// Makes and sends lists' digests: for each list, what is new since its last digest is recorded (with an
/// open delivery per target, in one transaction) when there is any, then every open delivery of the list —
/// this one and any that failed before — is made. A crash between the two leaves the deliveries open for
/// the next run: a digest is neither lost nor made twice. Each list is held (<see cref="IWatchStore.HoldWatchList"/>)
/// from reading where its last digest ended to the end of its deliveries, so two runs on one server database take
/// turns per list: the second finds nothing new and no delivery open.
/// </summary>
public sealed class DigestRunner(IWatchStore watch, DigestBuilder builder, DigestDeliverer deliverer, TimeProvider time, Action<string> log)
{
    public async Task<DigestRun> RunAsync(IEnumerable<WatchList> lists, CancellationToken cancel)
    {
        var recorded = new List<StoredDigest>();
        int sent = 0, failed = 0;
        foreach (var list in lists)
        {
            cancel.ThrowIfCancellationRequested();
            using var held = watch.HoldWatchList(list.Name);
            var after = watch.DigestedUpTo(list.Name);
            var upTo = watch.LatestArticleId();
            var now = time.GetUtcNow();
            var digest = builder.Build(list, after, upTo, now);
            if (digest.IsEmpty)
                watch.MarkRun(list.Name, now, upTo);
            else if (watch.RecordDigest(digest, list.Targets()) is { } stored)
            {
                recorded.Add(stored);
                log($"digest #{stored.Id} of '{list.Name}': {DigestSummary(digest)}");
            }
            else
                log($"digest of '{list.Name}': recorded by another run meanwhile");
            var report = await deliverer.DeliverOpenAsync(list.Name, cancel).ConfigureAwait(false);
            sent += report.Sent;
            failed += report.Failed;
        }
        return new DigestRun(recorded, sent, failed);
    }

    /// <summary>
    /// `athar poll`'s after-round work: the lists whose schedule says a digest is due now get one; the others
    /// only have their open deliveries retried.
    /// </summary>
    public async Task<DigestRun> RunDueAsync(TimeZoneInfo zone, CancellationToken cancel)
    {
        var now = time.GetUtcNow();
        var lists = watch.WatchLists();
        var run = await RunAsync(lists.Where(l => l.Schedule.IsDue(now, l.LastRun, zone)), cancel).ConfigureAwait(false);
        int sent = run.Sent, failed = run.Failed;
        foreach (var list in lists.Where(l => !l.Schedule.IsDue(now, l.LastRun, zone)))
        {
            var report = await deliverer.DeliverOpenAsync(list.Name, cancel).ConfigureAwait(false);
            sent += report.Sent;
            failed += report.Failed;
        }
        return run with { Sent = sent, Failed = failed };
    }

    public static string DigestSummary(Digest d) =>
        string.Join(", ", Enum.GetValues<DigestItemKind>().Where(k => d.Count(k) > 0).Select(k => $"{d.Count(k)} {Render.DigestWords.Heading(k).ToLowerInvariant()}"));
}
