using System.Globalization;
using System.Threading.RateLimiting;
using Athar.Web.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace Athar.Web.Hosting;

/// <summary>
/// Per-client request limits (ASP.NET Core's rate limiter): a token bucket per IP address for every request,
/// and a tighter one for searches. A client over its limit gets 429 with Retry-After and problem details.
/// </summary>
internal static class RateLimits
{
    public static IServiceCollection AddAtharRateLimits(this IServiceCollection services, WebOptions options) => services.AddRateLimiter(limiter =>
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            Bucket(Client(context), options.RequestsPerSecond, options.Burst));
        limiter.AddPolicy(SearchEndpoints.RatePolicy, context =>
            Bucket(Client(context), options.SearchesPerSecond, Math.Max(1, options.SearchesPerSecond * 4)));
        limiter.OnRejected = async (rejected, cancel) =>
        {
            var response = rejected.HttpContext.Response;
            response.Headers.RetryAfter = "1";
            await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: string.Create(CultureInfo.InvariantCulture, $"this client is over {options.RequestsPerSecond} requests per second ({options.SearchesPerSecond} searches); try again in a second"))
                .ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
        };
    });

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static RateLimitPartition<string> Bucket(string client, int perSecond, int burst) => perSecond <= 0
        ? RateLimitPartition.GetNoLimiter(client)
        : RateLimitPartition.GetTokenBucketLimiter(client, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(burst, perSecond),
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
