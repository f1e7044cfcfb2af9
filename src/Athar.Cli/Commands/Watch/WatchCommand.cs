using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Athar.Input;
using Athar.Output;
using Athar.Store;
using Athar.Watch;
using Spectre.Console;

namespace Athar.Cli.Commands.Watch;

/// <summary>`athar watch add|list|rm`: the watch-lists kept in the store, whose digests `athar digest` and `athar poll` make.</summary>
public static class WatchCommand
{
    public static Command Create()
    {
        var command = new Command("watch", "Watch-lists: standing filters whose news `athar digest` and `athar poll` deliver");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The list's name (letters, digits, - and _): also its feed's address" };
        var options = new WatchAddOptions();
        var command = new Command("add", "Add a watch-list: the filters of `export`, --near/--radius, --words, --claims; when and where its digests go") { name };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var list = options.Read(parse, parse.GetValue(name) ?? string.Empty, DateTimeOffset.UtcNow);
            using var store = WatchStores.Open(parse.GetValue(options.Filters.Db)!, create: true);
            list = list with { BaselineDocument = store.LatestArticleId() };
            if (!store.AddWatchList(list))
                throw new UserInputException($"a watch-list '{list.Name}' exists already (remove it with `athar watch rm {list.Name}`)");
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"watch-list '{list.Name}': {list.Filter.Describe()}; {list.Schedule}; {Targets(list)}; news from article {list.BaselineDocument + 1} on"));
            return CommandRunner.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var db = new CorpusOptions().Db;
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("list", "The watch-lists with their filters, schedules, targets and latest digest") { db, format };
        command.SetAction(parse =>
        {
            using var store = WatchStores.Open(parse.GetValue(db)!, create: false);
            var rows = store.WatchLists().Select(l => (List: l, Latest: store.Digests(l.Name, 1) is [var d, ..] ? d : null, Open: store.OpenDeliveries(l.Name).Count)).ToList();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(rows.Select(r => new
                {
                    r.List.Name,
                    Filter = r.List.Filter,
                    Schedule = r.List.Schedule.ToString(),
                    r.List.Emails,
                    r.List.Webhook,
                    r.List.LastRun,
                    LatestDigest = r.Latest is null ? null : new { r.Latest.Id, r.Latest.Digest.Made, Items = r.Latest.Digest.Items.Count },
                    OpenDeliveries = r.Open,
                }), ResultJson.Options));
                return CommandRunner.Ok;
            }
            var table = new Table().AddColumn("name").AddColumn("watches").AddColumn("schedule").AddColumn("delivered to").AddColumn("latest digest");
            foreach (var (list, latest, open) in rows)
            {
                var last = latest is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"#{latest.Id} {latest.Digest.Made:yyyy-MM-dd HH:mm}Z, {latest.Digest.Items.Count} items");
                table.AddRow(Markup.Escape(list.Name), Markup.Escape(list.Filter.Describe()), list.Schedule.ToString(), Markup.Escape(Targets(list)),
                    Markup.Escape(open > 0 ? string.Create(CultureInfo.InvariantCulture, $"{last} ({open} deliveries open)") : last));
            }
            var console = CorpusOptions.Console(output, output == Console.Out && !Console.IsOutputRedirected);
            if (rows.Count == 0)
                output.WriteLine("no watch-lists (add one with `athar watch add NAME --actor …`)");
            else
                console.Write(table);
            return CommandRunner.Ok;
        });
        return command;
    }

    private static Command Remove()
    {
        var name = new Argument<string>("name") { Description = "The list to remove (with its digests)" };
        var db = new CorpusOptions().Db;
        var command = new Command("rm", "Remove a watch-list with its digests") { name, db };
        command.SetAction(parse =>
        {
            using var store = WatchStores.Open(parse.GetValue(db)!, create: false);
            var listName = parse.GetValue(name) ?? string.Empty;
            if (!store.RemoveWatchList(listName))
            {
                parse.InvocationConfiguration.Error.WriteLine($"athar: no watch-list '{listName}'");
                return CommandRunner.NotFound;
            }
            parse.InvocationConfiguration.Output.WriteLine($"watch-list '{listName}' removed");
            return CommandRunner.Ok;
        });
        return command;
    }

    internal static string Targets(WatchList list) =>
        list.Targets() is { Count: > 0 } targets ? string.Join(", ", targets) : "Atom feed only";
}
