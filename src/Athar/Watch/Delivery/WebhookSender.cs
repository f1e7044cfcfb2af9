using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Athar.Net;
using Athar.Output;
using Polly;

namespace Athar.Watch.Delivery;

/// <summary>
/// POSTs a digest as JSON to a webhook, signed: X-Athar-Signature is «sha256=» and the hex HMAC-SHA256, under
/// the secret (ATHAR_WEBHOOK_SECRET), of «TIMESTAMP.BODY» with X-Athar-Timestamp's Unix seconds (a receiver
/// checks both, and refuses old timestamps). X-Athar-Delivery carries the digest id, so a receiver can drop a
/// copy resent after a crash. Failures that may pass are retried with backoff; any other answer than 2xx fails.
/// </summary>
public sealed class WebhookSender(HttpClient http, string? secret, ResiliencePipeline<HttpResponseMessage> retries, TimeProvider time) : IDigestSender
{
    public const string SignatureHeader = "X-Athar-Signature";
    public const string TimestampHeader = "X-Athar-Timestamp";
    public const string DeliveryHeader = "X-Athar-Delivery";

    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    public async Task SendAsync(StoredDigest digest, string address, CancellationToken cancel)
    {
        if (string.IsNullOrEmpty(secret))
            throw new InvalidOperationException("no webhook secret: set ATHAR_WEBHOOK_SECRET (digests are only sent signed)");
        var body = JsonSerializer.SerializeToUtf8Bytes(digest.Digest, ResultJson.Compact);
        var url = new Uri(address);
        using var response = await retries.ExecuteAsync(async token =>
        {
            var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add(TimestampHeader, timestamp);
            request.Headers.Add(SignatureHeader, Signature(secret, timestamp, body));
            request.Headers.Add(DeliveryHeader, digest.Id.ToString(CultureInfo.InvariantCulture));
            return await http.SendAsync(request, token).ConfigureAwait(false);
        }, cancel).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"the webhook answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
    }

    public static string Signature(string secret, string timestamp, byte[] body)
    {
        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
