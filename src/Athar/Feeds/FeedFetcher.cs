using System.Net;
using System.Net.Http.Headers;
using Athar.Net;
using Polly;

namespace Athar.Feeds;

/// <summary>What a GET gave: a body (decoded), «not modified», or a failure with its reason in one line.</summary>
public sealed record FetchResult(Uri Url, HttpStatusCode? Status, string? Text, string? ETag, string? LastModified, string? Note, string? Error)
{
    public bool NotModified => Status == HttpStatusCode.NotModified;

    public static FetchResult Failed(Uri url, string error, HttpStatusCode? status = null) => new(url, status, null, null, null, null, error);
}

/// <summary>How feeds and pages are fetched: size limit, redirects, per-host interval, retries and time-out.</summary>
public sealed record FetchLimits(long MaxBytes, int MaxRedirects, TimeSpan HostInterval, RetryPolicy Retries)
{
    public static FetchLimits Default { get; } = new(5L * 1024 * 1024, 5, TimeSpan.FromSeconds(2), RetryPolicy.Default);
}

/// <summary>
/// GETs feeds and pages as hostile input: conditional (If-None-Match / If-Modified-Since), redirects followed
/// by hand (at most <see cref="FetchLimits.MaxRedirects"/>, a loop named as such, http(s) only), the body read
/// up to the size limit, each attempt timed out and retried with backoff, each host paced. Never throws for
/// what the network or the server does: the result says what went wrong.
/// </summary>
public sealed class FeedFetcher(HttpClient http, FetchLimits limits, HostPacer pacer, ResiliencePipeline<HttpResponseMessage> retries)
{
    public const string UserAgent = "Athar/1.0 (feed reader; +https://github.com/athar)";

    public async Task<FetchResult> GetAsync(Uri url, string? etag, string? lastModified, CancellationToken cancel)
    {
        var visited = new List<Uri> { url };
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                await pacer.WaitTurnAsync(current, cancel).ConfigureAwait(false);
                var target = current;
                using var response = await retries.ExecuteAsync(
                    async token => await http.SendAsync(Request(target, etag, lastModified), HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false),
                    cancel).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    var next = response.Headers.Location is { } location ? new Uri(current, location) : null;
                    if (next is null || FeedList.Url(next.ToString()) is null)
                        return FetchResult.Failed(url, $"redirected to an unusable location '{response.Headers.Location}'", response.StatusCode);
                    if (visited.Contains(next))
                        return FetchResult.Failed(url, $"redirect loop: {string.Join(" → ", visited.Append(next))}", response.StatusCode);
                    if (hop + 1 > limits.MaxRedirects)
                        return FetchResult.Failed(url, $"more than {limits.MaxRedirects} redirects", response.StatusCode);
                    visited.Add(next);
                    current = next;
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return new FetchResult(current, response.StatusCode, null, etag, lastModified, null, null);
                if (!response.IsSuccessStatusCode)
                    return FetchResult.Failed(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", response.StatusCode);
                return await Body(url, current, response, cancel).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or Polly.Timeout.TimeoutRejectedException or IOException or OperationCanceledException)
        {
            return FetchResult.Failed(url, HttpRetries.Describe(e));
        }
    }

    private async Task<FetchResult> Body(Uri asked, Uri url, HttpResponseMessage response, CancellationToken cancel)
    {
        if (response.Content.Headers.ContentLength is > 0 and var length && length > limits.MaxBytes)
            return FetchResult.Failed(asked, $"{length:N0} bytes announced, over the {limits.MaxBytes:N0}-byte limit", response.StatusCode);
        using var body = new MemoryStream();
        await using (var stream = await response.Content.ReadAsStreamAsync(cancel).ConfigureAwait(false))
        {
            var buffer = new byte[81920];
            int n;
            while ((n = await stream.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
            {
                body.Write(buffer, 0, n);
                if (body.Length > limits.MaxBytes)
                    return FetchResult.Failed(asked, $"over the {limits.MaxBytes:N0}-byte limit; stopped reading", response.StatusCode);
            }
        }
        try
        {
            var (text, note) = TextDecoding.Decode(body.ToArray(), response.Content.Headers.ContentType?.CharSet);
            return new FetchResult(url, response.StatusCode, text, response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"), note, null);
        }
        catch (FormatException e)
        {
            return FetchResult.Failed(asked, e.Message, response.StatusCode);
        }
    }

    private static HttpRequestMessage Request(Uri url, string? etag, string? lastModified)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
        if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
            request.Headers.IfNoneMatch.Add(tag);
        if (lastModified is not null && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
            request.Headers.IfModifiedSince = since;
        return request;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
