using System.Net.Http.Json;
using System.Text.Json;

namespace Athar.Web.Tests.Api;

/// <summary>One server over the fixture store for all API tests (the store is read-only: tests cannot disturb each other).</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private TestStore? _store;
    private RunningServer? _server;

    public TestStore Store => _store ?? throw new InvalidOperationException("not started");

    public RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync()
    {
        _store = TestStore.Ingest(TestStore.FixtureArticles);
        _server = await RunningServer.StartAsync(_store.Db);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        _store?.Dispose();
    }

    public async Task<JsonElement> Json(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The problem details of a refused request, checking its status and media type.</summary>
    public async Task<JsonElement> Problem(string path, int status)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
