using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Athar.Tests.Loopback;

/// <summary>A webhook endpoint on loopback that keeps every POST (headers and body); it can be told to fail the next requests.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Received(IReadOnlyDictionary<string, string> Headers, byte[] Body);

    private readonly ConcurrentQueue<Received> _accepted = new();
    private LoopbackServer? _server;
    private int _failNext;

    public Uri Url => _server!.Url("hooks/athar");

    public IReadOnlyList<Received> Accepted => _accepted.ToList();

    /// <summary>Requests answered 500 from now on, before it accepts again.</summary>
    public int FailNext
    {
        get => Volatile.Read(ref _failNext);
        set => Volatile.Write(ref _failNext, value);
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        receiver._server = await LoopbackServer.StartAsync(app => app.MapPost("/hooks/athar", receiver.Receive));
        return receiver;
    }

    private async Task<IResult> Receive(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        if (Interlocked.Decrement(ref _failNext) >= 0)
            return Results.StatusCode(500);
        Interlocked.Exchange(ref _failNext, 0);
        _accepted.Enqueue(new Received(request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray()));
        return Results.Ok();
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
