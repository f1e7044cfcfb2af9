namespace Athar.Watch.Delivery;

/// <summary>Sends a recorded digest to one address of its channel; throws (any exception) when it could not.</summary>
public interface IDigestSender
{
    DeliveryChannel Channel { get; }

    Task SendAsync(StoredDigest digest, string address, CancellationToken cancel);
}
