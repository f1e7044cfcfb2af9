using Athar.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Athar.Web.Tests;

/// <summary>The workbench on a free loopback port (Kestrel, as `athar serve` runs it) and a client for it.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<RunningServer> StartAsync(string db, Func<WebOptions, WebOptions>? configure = null)
    {
        var options = new WebOptions { Db = db, Urls = "http://127.0.0.1:0", RequestsPerSecond = 0, SearchesPerSecond = 0 };
        var app = WorkbenchServer.Build(configure?.Invoke(options) ?? options, logging => logging.SetMinimumLevel(LogLevel.None));
        await app.StartAsync();
        return new RunningServer(app, new Uri(WorkbenchServer.Addresses(app)[0]));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
