using System.CommandLine;
using Athar.Net;
using Athar.Store;
using Athar.Watch;
using Athar.Watch.Delivery;
using Athar.Watch.Digests;

namespace Athar.Cli.Commands.Watch;

/// <summary>
/// How `digest --send` and `poll` deliver: the SMTP server (options, else ATHAR_SMTP_* variables; the password
/// only from ATHAR_SMTP_PASSWORD) and the webhook secret (ATHAR_WEBHOOK_SECRET only).
/// </summary>
internal sealed class DeliveryOptions
{
    public Option<string?> SmtpHost { get; } = new("--smtp-host") { Description = "SMTP server for mailed digests (else $ATHAR_SMTP_HOST)" };
    public Option<int?> SmtpPort { get; } = new("--smtp-port") { Description = "SMTP port (else $ATHAR_SMTP_PORT, else 587)" };
    public Option<string?> SmtpSecurity { get; } = new("--smtp-security") { Description = "auto, none, starttls or ssl (else $ATHAR_SMTP_SECURITY, else auto)" };
    public Option<string?> SmtpUser { get; } = new("--smtp-user") { Description = "SMTP user (else $ATHAR_SMTP_USER; the password only from $ATHAR_SMTP_PASSWORD)" };
    public Option<string?> MailFrom { get; } = new("--mail-from") { Description = "Sender address of mailed digests (else $ATHAR_SMTP_FROM)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { SmtpHost, SmtpPort, SmtpSecurity, SmtpUser, MailFrom })
            command.Options.Add(option);
    }

    /// <summary>The runner over a store: builder (with the search index for --words when there is one), senders, deliverer.</summary>
    public DigestRunner Runner(ParseResult parse, SqlStore store, Func<string, IReadOnlySet<long>>? wordSearch, HttpClient http, TimeProvider time, Action<string> log)
    {
        var smtp = SmtpSettings.Read(
            parse.GetValue(SmtpHost), parse.GetValue(SmtpPort), parse.GetValue(SmtpSecurity), parse.GetValue(SmtpUser), parse.GetValue(MailFrom),
            Environment.GetEnvironmentVariable);
        var senders = new IDigestSender[]
        {
            new MailSender(smtp, TimeSpan.FromSeconds(60)),
            new WebhookSender(http, Environment.GetEnvironmentVariable("ATHAR_WEBHOOK_SECRET"), HttpRetries.Pipeline(RetryPolicy.Default, time, log), time),
        };
        return new DigestRunner(store, new DigestBuilder(store, store, wordSearch), new DigestDeliverer(store, senders, time, log), time, log);
    }

    /// <summary>The HTTP client of deliveries and polls: no cookies, no automatic redirects (a feed's are followed by hand).</summary>
    public static HttpClient Http() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan, // each attempt has the retry pipeline's time-out
    };
}
