using System.CommandLine;
using System.Globalization;
using Athar.Input;
using Athar.Places;
using Athar.Search;
using Athar.Watch;
using MimeKit;

namespace Athar.Cli.Commands.Watch;

/// <summary>
/// The options of `athar watch add`: export's filters (read by the same <see cref="CorpusOptions"/>), a
/// radius around a place, words, claims, the schedule and the delivery targets.
/// </summary>
internal sealed class WatchAddOptions
{
    public CorpusOptions Filters { get; } = new();
    public Option<string?> Near { get; } = new("--near") { Description = "Only events and claims within --radius of this place (a name or gazetteer id)" };
    public Option<double> Radius { get; } = new("--radius") { Description = "Kilometres around --near", DefaultValueFactory = _ => 25 };
    public Option<string?> Words { get; } = new("--words") { Description = "Only what articles holding these words report (search syntax: \"a phrase\", -word)" };
    public Option<bool> Claims { get; } = new("--claims") { Description = "Also whereabouts claims (an actor said to be, have gone or fled somewhere)" };
    public Option<string> Schedule { get; } = new("--schedule") { Description = "When `athar poll` makes the digest: immediate (after each round) or a daily local time such as 07:00", DefaultValueFactory = _ => "immediate" };
    public Option<string[]> Email { get; } = new("--email") { Description = "Mail each digest to this address (repeat for more)" };
    public Option<string?> Webhook { get; } = new("--webhook") { Description = "POST each digest as JSON to this http(s) URL (signed with $ATHAR_WEBHOOK_SECRET)" };

    public void AddTo(Command command)
    {
        Filters.AddTo(command, withBbox: true, withMinSources: true);
        foreach (var option in new Option[] { Near, Radius, Words, Claims, Schedule, Email, Webhook })
            command.Options.Add(option);
    }

    /// <summary>The list as given (baseline and creation time are the caller's): every value checked here.</summary>
    public WatchList Read(ParseResult parse, string name, DateTimeOffset now)
    {
        var filter = WatchFilter.Of(Filters.Query(parse)) with
        {
            Near = parse.GetValue(Near) is { } place ? Athar.Watch.Radius.Around(place, parse.GetValue(Radius), CliGazetteer.Later()()) : null,
            Words = parse.GetValue(Words) is { } words ? CheckedWords(words) : null,
            Claims = parse.GetValue(Claims),
        };
        if (filter.Near is not null && filter.Bbox is not null)
            throw new UserInputException("give --bbox or --near, not both");
        return new WatchList(WatchList.CheckName(name), filter, DigestSchedule.Parse(parse.GetValue(Schedule) ?? "immediate"), now)
        {
            Emails = (parse.GetValue(Email) ?? []).Select(CheckedEmail).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Webhook = parse.GetValue(Webhook) is { } url ? CheckedUrl(url) : null,
        };
    }

    private static string CheckedWords(string words)
    {
        if (words.Length > 500)
            throw new UserInputException("--words is at most 500 characters");
        SearchQuery.Parse(words); // a malformed query is refused now, not at every digest
        return words.Trim();
    }

    private static string CheckedEmail(string address) =>
        address.Length <= 254 && MailboxAddress.TryParse(address, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal)
            ? mailbox.Address
            : throw new UserInputException($"invalid mail address '{address}'");

    /// <summary>An absolute http(s) URL without credentials in it (secrets come from the environment).</summary>
    public static Uri CheckedUrl(string text) =>
        text.Length <= 2000 && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.UserInfo)
            ? uri
            : throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"invalid URL '{text}': give an absolute http:// or https:// URL without a user or password"));
}
