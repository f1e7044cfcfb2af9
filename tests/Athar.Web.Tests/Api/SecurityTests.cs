using System.Net;
using Athar.Web.Hosting;

namespace Athar.Web.Tests.Api;

/// <summary>Headers on every response, the rate limit, and the loopback server's refusal of foreign host names.</summary>
[Collection(ApiCollection.Name)]
public sealed class SecurityTests(ApiFixture api)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/js/map-page.js")]
    [InlineData("/api/events")]
    [InlineData("/api/events/999999")]
    [InlineData("/no-such-page.html")]
    public async Task Every_response_carries_a_strict_csp_and_the_hardening_headers(string path)
    {
        using var response = await api.Client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Api_answers_are_not_cached()
    {
        using var response = await api.Client.GetAsync("/api/stats");
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused_by_a_loopback_server()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Host = "attacker.example";
        using var response = await api.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        local.Headers.Host = $"localhost:{api.Server.Address.Port}";
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(local)).StatusCode);
    }

    [Fact]
    public async Task A_client_over_its_rate_gets_429_with_retry_after()
    {
        await using var server = await RunningServer.StartAsync(api.Store.Db, o => o with { RequestsPerSecond = 1, Burst = 3 });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await server.Client.GetAsync("/api/stats");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("1", Assert.Single(response.Headers.GetValues("Retry-After")));
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task Rate_zero_lifts_every_limit_searches_included()
    {
        var defaults = new Athar.Web.Hosting.WebOptions { Db = api.Store.Db, Urls = "http://127.0.0.1:0" };
        await using var server = await RunningServer.StartAsync(api.Store.Db, o => defaults.WithRate(0) with { Urls = o.Urls });
        for (var i = 0; i < 30; i++)
        {
            using var response = await server.Client.GetAsync($"/api/search?q={Uri.EscapeDataString("سرمدا")}&limit=1");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_server_never_writes_to_the_store()
    {
        var before = File.GetLastWriteTimeUtc(api.Store.Db);
        var length = new FileInfo(api.Store.Db).Length;
        await api.Json("/api/events");
        await api.Json("/api/actors/isis/whereabouts");
        Assert.Equal(before, File.GetLastWriteTimeUtc(api.Store.Db));
        Assert.Equal(length, new FileInfo(api.Store.Db).Length);
        Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() =>
        {
            using var store = Athar.Store.SqliteStore.Open(api.Store.Db, readOnly: true);
            store.MarkAllNotIndexed();
        });
    }
}
