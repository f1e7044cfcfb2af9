using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Athar.Net;

/// <summary>How an HTTP exchange is retried: attempts after the first, the first pause (doubling, with jitter), and each attempt's time-out.</summary>
public sealed record RetryPolicy(int Retries, TimeSpan FirstDelay, TimeSpan AttemptTimeout)
{
    public static RetryPolicy Default { get; } = new(3, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
}

/// <summary>
/// The Polly pipeline around one HTTP exchange: a time-out per attempt, and retries with exponential backoff
/// on what may pass (connection failures, time-outs, 408, 429 and 5xx). Client errors are final at once.
/// </summary>
public static class HttpRetries
{
    public static ResiliencePipeline<HttpResponseMessage> Pipeline(RetryPolicy policy, TimeProvider time, Action<string>? onRetry = null)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (policy.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = policy.Retries,
                Delay = policy.FirstDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = policy.FirstDelay > TimeSpan.Zero,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(IsTransient),
                OnRetry = args =>
                {
                    var why = args.Outcome.Exception?.Message ?? $"HTTP {(int)args.Outcome.Result!.StatusCode}";
                    args.Outcome.Result?.Dispose();
                    onRetry?.Invoke($"attempt {args.AttemptNumber + 1} failed ({why}); retrying in {args.RetryDelay.TotalSeconds:0.#} s");
                    return default;
                },
            });
        }
        builder.AddTimeout(policy.AttemptTimeout);
        return builder.Build();
    }

    public static bool IsTransient(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500;

    /// <summary>The message of a failure as one line: the innermost cause of a request exception, a time-out as such.</summary>
    public static string Describe(Exception e) => e switch
    {
        TimeoutRejectedException => "timed out",
        HttpRequestException { InnerException: { } inner } => $"{e.Message} ({inner.Message})",
        _ => e.Message,
    };
}
