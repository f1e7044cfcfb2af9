using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Athar.Tests.Loopback;

/// <summary>An SMTP server (the SmtpServer package) on 127.0.0.1 that keeps every mail it accepts; it can be told to refuse them.</summary>
internal sealed class MailCatcher : IDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly Store _store = new();
    private readonly Task _running;

    public MailCatcher()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => _store.Messages.ToList();

    /// <summary>While true every mail is refused with a 554 (the sender sees a failed transaction).</summary>
    public bool Refusing
    {
        get => _store.Refusing;
        set => _store.Refusing = value;
    }

    /// <summary>The options of `athar digest --send` / `athar poll` that point at this server.</summary>
    public string[] Options => ["--smtp-host", "127.0.0.1", "--smtp-port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--smtp-security", "none", "--mail-from", "athar@example.org"];

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _server.Shutdown();
        _running.Wait(TimeSpan.FromSeconds(10));
    }

    private sealed class Store : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public volatile bool Refusing;

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Refusing)
                return SmtpResponse.TransactionFailed;
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
