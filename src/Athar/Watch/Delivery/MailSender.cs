using System.Globalization;
using Athar.Watch.Render;
using MailKit.Net.Smtp;
using MimeKit;

namespace Athar.Watch.Delivery;

/// <summary>
/// Mails a digest with MailKit: HTML with a plain-text alternative, and a Message-ID made of the digest's id,
/// so a mail system that sees one resent after a crash between sending and recording it can drop the copy.
/// </summary>
public sealed class MailSender(SmtpSettings? settings, TimeSpan timeout) : IDigestSender
{
    public DeliveryChannel Channel => DeliveryChannel.Email;

    public async Task SendAsync(StoredDigest digest, string address, CancellationToken cancel)
    {
        var smtp = settings ?? throw new InvalidOperationException("no SMTP server set: give --smtp-host or ATHAR_SMTP_HOST (and ATHAR_SMTP_FROM)");
        using var message = Message(digest, smtp.From, address);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancel).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(smtp.User))
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? string.Empty, cancel).ConfigureAwait(false);
        await client.SendAsync(message, cancel).ConfigureAwait(false);
        await client.DisconnectAsync(true, cancel).ConfigureAwait(false);
    }

    public static MimeMessage Message(StoredDigest stored, string from, string to)
    {
        var digest = stored.Digest;
        var message = new MimeMessage
        {
            Subject = DigestWords.Subject(digest),
            MessageId = string.Create(CultureInfo.InvariantCulture, $"digest-{stored.Id}.{Convert.ToHexStringLower(System.Text.Encoding.UTF8.GetBytes(stored.WatchList))}@athar.invalid"),
            Date = digest.Made,
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("X-Athar-Digest", stored.Id.ToString(CultureInfo.InvariantCulture));
        message.Body = new BodyBuilder { TextBody = DigestText.Of(digest), HtmlBody = DigestHtml.Page([digest]) }.ToMessageBody();
        return message;
    }
}
