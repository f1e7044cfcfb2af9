using Athar.Net;

namespace Athar.Watch.Delivery;

/// <summary>What a delivery run did: sent, and failed (each failure stays open for the next run).</summary>
public sealed record DeliveryReport(int Sent, int Failed);

/// <summary>
/// Makes the open deliveries (new, or failed on an earlier run) of one list or all, each marked sent or failed
/// in the store as soon as it is known; one log line per delivery.
/// </summary>
public sealed class DigestDeliverer(IWatchStore store, IReadOnlyList<IDigestSender> senders, TimeProvider time, Action<string> log)
{
    public async Task<DeliveryReport> DeliverOpenAsync(string? list, CancellationToken cancel)
    {
        int sent = 0, failed = 0;
        foreach (var open in store.OpenDeliveries(list))
        {
            cancel.ThrowIfCancellationRequested();
            var what = $"digest #{open.Digest.Id} of '{open.Digest.WatchList}' to {open.Target}";
            var retry = open.Attempts > 0 ? $" (retry {open.Attempts}; last error: {open.LastError})" : string.Empty;
            try
            {
                var sender = senders.FirstOrDefault(s => s.Channel == open.Target.Channel)
                    ?? throw new InvalidOperationException($"no sender for {open.Target.Channel}");
                await sender.SendAsync(open.Digest, open.Target.Address, cancel).ConfigureAwait(false);
                store.MarkDelivery(open.Digest.Id, open.Target, null, time.GetUtcNow());
                log($"sent {what}{retry}");
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancel.IsCancellationRequested)
            {
                var why = HttpRetries.Describe(e);
                store.MarkDelivery(open.Digest.Id, open.Target, why, time.GetUtcNow());
                log($"FAILED {what}{retry}: {why}; it will be retried on the next run");
                failed++;
            }
        }
        return new DeliveryReport(sent, failed);
    }
}
