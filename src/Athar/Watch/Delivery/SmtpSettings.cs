using System.Globalization;
using Athar.Input;
using MailKit.Security;

namespace Athar.Watch.Delivery;

/// <summary>
/// The mail server digests go through. Host, port, security, user and sender come from options or the
/// environment (ATHAR_SMTP_HOST, ATHAR_SMTP_PORT, ATHAR_SMTP_SECURITY, ATHAR_SMTP_USER, ATHAR_SMTP_FROM);
/// the password only from the environment (ATHAR_SMTP_PASSWORD), never from an option or a file in the repository.
/// </summary>
public sealed record SmtpSettings(string Host, int Port, SecureSocketOptions Security, string From)
{
    public string? User { get; init; }

    public string? Password { get; init; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port} ({Security})");

    /// <summary>Settings from the given values, each falling back to its environment variable; null when no host is set.</summary>
    public static SmtpSettings? Read(string? host, int? port, string? security, string? user, string? from, Func<string, string?> environment)
    {
        host ??= environment("ATHAR_SMTP_HOST");
        if (string.IsNullOrWhiteSpace(host))
            return null;
        var portText = port?.ToString(CultureInfo.InvariantCulture) ?? environment("ATHAR_SMTP_PORT") ?? "587";
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            throw new UserInputException($"invalid SMTP port '{portText}'");
        var sender = from ?? environment("ATHAR_SMTP_FROM") ?? throw new UserInputException("give the digests' sender address: --mail-from or ATHAR_SMTP_FROM");
        if (!MimeKit.MailboxAddress.TryParse(sender, out _))
            throw new UserInputException($"invalid sender address '{sender}'");
        return new SmtpSettings(host.Trim(), p, ParseSecurity(security ?? environment("ATHAR_SMTP_SECURITY") ?? "auto"), sender)
        {
            User = user ?? environment("ATHAR_SMTP_USER"),
            Password = environment("ATHAR_SMTP_PASSWORD"),
        };
    }

    private static SecureSocketOptions ParseSecurity(string text) => text.Trim().ToLowerInvariant() switch
    {
        "auto" => SecureSocketOptions.Auto,
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" or "tls" => SecureSocketOptions.SslOnConnect,
        _ => throw new UserInputException($"invalid SMTP security '{text}': auto, none, starttls or ssl"),
    };
}
