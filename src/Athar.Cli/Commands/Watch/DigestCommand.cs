using System.CommandLine;
using System.Text.Json;
using Athar.Input;
using Athar.Output;
using Athar.Store;
using Athar.Watch;
using Athar.Watch.Digests;
using Athar.Watch.Render;

namespace Athar.Cli.Commands.Watch;

/// <summary>
/// `athar digest NAME|--all`: what is new for watch-lists since their last digest. Without --send a preview
/// (nothing recorded); with --send recorded and delivered (mail, webhook; the Atom feed shows it), and
/// every delivery that failed before retried.
/// </summary>
public static class DigestCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "The watch-list (or --all)", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Every watch-list" };
        var since = new Option<string?>("--since") { Description = "Preview what came since a date, time or duration back (2024-05-01, 24h) instead of since the last digest" };
        var format = new Option<string>("--format") { Description = "text, html, json or atom", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "html", "json", "atom");
        var send = new Option<bool>("--send") { Description = "Record the digest and deliver it to the list's mail addresses and webhook" };
        var db = new CorpusOptions().Db;
        var delivery = new DeliveryOptions();
        var command = new Command("digest", "What is new for a watch-list since its last digest: preview, or record and deliver with --send") { name, all, since, format, send, db };
        delivery.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var listName = parse.GetValue(name);
            if ((listName is null) == !parse.GetValue(all))
                throw new UserInputException("give a watch-list name or --all (not both)");
            if (parse.GetValue(send) && parse.GetValue(since) is not null)
                throw new UserInputException("--since previews; drop it to send (a sent digest starts where the last one ended)");
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var dbPath = parse.GetValue(db)!;
            using var store = WatchStores.Open(dbPath, create: false);
            var lists = listName is null ? store.WatchLists() : store.GetWatchList(listName) is { } one ? [one] : [];
            if (lists.Count == 0)
            {
                stderr.WriteLine(listName is null ? "athar: no watch-lists (add one with `athar watch add`)" : $"athar: no watch-list '{listName}'");
                return CommandRunner.NotFound;
            }
            var search = WatchStores.WordSearch(dbPath, store, out var index);
            using var _ = index;
            IReadOnlyList<Digest> digests;
            var code = CommandRunner.Ok;
            if (parse.GetValue(send))
            {
                using var http = DeliveryOptions.Http();
                var run = await delivery.Runner(parse, store, search, http, TimeProvider.System, line => stderr.WriteLine($"athar: {line}")).RunAsync(lists, cancel).ConfigureAwait(false);
                digests = run.Recorded.Select(r => r.Digest).ToList();
                code = run.Failed > 0 ? CommandRunner.PartialFailure : CommandRunner.Ok;
            }
            else
            {
                var now = DateTimeOffset.UtcNow;
                var from = parse.GetValue(since) is { } s ? store.LastArticleBefore(Durations.Moment(s, "--since", now)) : (long?)null;
                var builder = new DigestBuilder(store, store, search);
                digests = lists.Select(l => builder.Build(l, from ?? store.DigestedUpTo(l.Name), store.LatestArticleId(), now)).ToList();
            }
            foreach (var list in lists.Where(l => !digests.Any(d => d.WatchList == l.Name && !d.IsEmpty)))
                stderr.WriteLine($"athar: nothing new for '{list.Name}'");
            Write(digests.Where(d => !d.IsEmpty).ToList(), parse.GetValue(format)!, stdout);
            return code;
        });
        return command;
    }

    private static void Write(IReadOnlyList<Digest> digests, string format, TextWriter stdout)
    {
        switch (format)
        {
            case "json":
                stdout.WriteLine(JsonSerializer.Serialize(digests, ResultJson.Options));
                break;
            case "html":
                stdout.WriteLine(DigestHtml.Page(digests));
                break;
            case "atom":
                var names = digests.Select(d => d.WatchList).Distinct(StringComparer.Ordinal).ToList();
                StandardOutput.Write(stdout, stream =>
                {
                    DigestAtom.Write($"Athar: {string.Join(", ", names)}", DigestAtom.FeedId(string.Join('+', names)), null, digests, DateTimeOffset.UtcNow, stream);
                    return 0;
                });
                stdout.WriteLine();
                break;
            default:
                foreach (var digest in digests)
                {
                    DigestText.Write(digest, stdout);
                    stdout.WriteLine();
                }
                break;
        }
    }
}
