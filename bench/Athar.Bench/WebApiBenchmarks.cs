using Athar.Web.Hosting;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Athar.Bench;

/// <summary>
/// Latency of the web API over a 100,000-article synthetic store (about as many events; ATHAR_BENCH_ARTICLES and
/// ATHAR_BENCH_EVENTS change the size, docs/SCALING.md has the 1,000,000-event run), measured end to end
/// against the real server (Kestrel on loopback, HttpClient reading the whole body). One request per
/// iteration, so the Median and P95 columns are per-request latencies.
/// dotnet run -c Release --project bench/Athar.Bench -- --filter '*WebApiBenchmarks*'
/// </summary>
[Config(typeof(LatencyConfig))]
public class WebApiBenchmarks
{
    public const int Articles = 100_000;

    private WebApplication? _app;
    private HttpClient? _client;

    [GlobalSetup]
    public async Task StartAsync()
    {
        // ATHAR_BENCH_POSTGRES: the same requests on the server store, at ATHAR_BENCH_ARTICLES articles (default 100,000).
        // ATHAR_BENCH_EVENTS: the events table then topped up to that many by SQL (SyntheticStore.TopUp), on either store.
        var articles = int.TryParse(Environment.GetEnvironmentVariable("ATHAR_BENCH_ARTICLES"), out var n) ? n : Articles;
        var events = int.TryParse(Environment.GetEnvironmentVariable("ATHAR_BENCH_EVENTS"), out var e) ? e : 0;
        var db = Environment.GetEnvironmentVariable("ATHAR_BENCH_POSTGRES") is { Length: > 0 } server
            ? SyntheticStore.EnsurePostgres(server, articles, events)
            : SyntheticStore.Ensure(articles, events);
        _app = WorkbenchServer.Build(new WebOptions { Db = db, Urls = "http://127.0.0.1:0", RequestsPerSecond = 0, SearchesPerSecond = 0 }, l => l.SetMinimumLevel(LogLevel.Error));
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(WorkbenchServer.Addresses(_app)[0]) };
        Console.WriteLine($"// store {db}: {await _client.GetStringAsync("/api/stats")}");
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        _client?.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
    }

    /// <summary>The map's first request: the newest 100 events and the total.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> EventsFirstPage() => Get("/api/events");

    [Benchmark]
    public Task<int> EventsCountryTypeYear() => Get("/api/events?country=SY&type=air_strike&from=2021-01-01&to=2021-12-31");

    [Benchmark]
    public Task<int> EventsBbox() => Get("/api/events?bbox=38,35,40,36.5");

    [Benchmark]
    public Task<int> EventsActor() => Get("/api/events?actor=isis");

    [Benchmark]
    public Task<int> EventsPageOf1000() => Get("/api/events?limit=1000");

    [Benchmark]
    public Task<int> EventsDeepPage() => Get("/api/events?offset=90000");

    [Benchmark]
    public Task<int> TimelineByMonth() => Get("/api/timeline?bucket=month");

    /// <summary>The map's markers: 5,000 events as GeoJSON (the default limit).</summary>
    [Benchmark]
    public Task<int> GeoJson5000() => Get("/api/events.geojson");

    private async Task<int> Get(string path) => (await _client!.GetByteArrayAsync(path)).Length;

    private sealed class LatencyConfig : ManualConfig
    {
        public LatencyConfig()
        {
            // Every request counts: slow ones are what a p95 is about, so none is dropped as an outlier.
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(20).WithIterationCount(200).WithInvocationCount(1).WithUnrollFactor(1)
                .WithOutlierMode(Perfolizer.Mathematics.OutlierDetection.OutlierMode.DontRemove));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        }
    }
}
