using System.Text.RegularExpressions;
using Athar.Input;

namespace Athar.Watch;

/// <summary>
/// A named standing question over the corpus: its filter, when its digest is made, and where it goes (mail
/// recipients, a webhook; every list also has its Atom feed). BaselineDocument is the last article stored
/// when the list was made: its first digest tells only what came after.
/// </summary>
public sealed partial record WatchList(string Name, WatchFilter Filter, DigestSchedule Schedule, DateTimeOffset Created)
{
    public const int MaxNameLength = 64;

    public IReadOnlyList<string> Emails { get; init; } = [];

    public Uri? Webhook { get; init; }

    public long BaselineDocument { get; init; }

    /// <summary>When the scheduler last made this list's digest (or found nothing new).</summary>
    public DateTimeOffset? LastRun { get; init; }

    /// <summary>Where each digest of this list is delivered (the Atom feed needs no delivery).</summary>
    public IReadOnlyList<DeliveryTarget> Targets() =>
        [.. Emails.Select(DeliveryTarget.Email), .. Webhook is { } url ? [DeliveryTarget.ToWebhook(url)] : Array.Empty<DeliveryTarget>()];

    /// <summary>A list name is a path segment of its feed's URL: letters (any script), digits, «-» and «_».</summary>
    public static string CheckName(string name)
    {
        var n = name.Trim();
        if (n.Length is 0 or > MaxNameLength || !NamePattern().IsMatch(n))
            throw new UserInputException($"invalid watch-list name '{name}': 1 to {MaxNameLength} letters, digits, «-» or «_»");
        return n;
    }

    [GeneratedRegex(@"^[\p{L}\p{Mn}\p{N}_-]+$")]
    private static partial Regex NamePattern();
}

/// <summary>The ways a digest leaves the store.</summary>
public enum DeliveryChannel
{
    Email,
    Webhook,
}

/// <summary>One recipient of a list's digests: a mail address or a webhook URL.</summary>
public sealed record DeliveryTarget(DeliveryChannel Channel, string Address)
{
    public static DeliveryTarget Email(string address) => new(DeliveryChannel.Email, address);

    public static DeliveryTarget ToWebhook(Uri url) => new(DeliveryChannel.Webhook, url.ToString());

    public override string ToString() => $"{Channel.ToString().ToLowerInvariant()} {Address}";
}
