using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Athar.Corpus;
using Athar.Corpus.Export;
using Athar.Output;
using Athar.Store;
using Spectre.Console;

namespace Athar.Cli.Commands;

/// <summary>
/// `athar whereabouts ACTOR`: the founding question as a command — where the actor (or its members and
/// leaders) was reported, when, by how many independent sources and how surely.
/// </summary>
public static class WhereaboutsCommand
{
    public static Command Create()
    {
        // an Arabic example in a message to the user, not a word the code matches
        var actor = new Argument<string>("actor") { Description = "Catalogue id (isis) or a name as written (داعش, Islamic State)" };
        var filters = new CorpusOptions();
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("whereabouts", "Timeline of the places an actor was reported at (events and claims)") { actor, filters.Db, filters.From, filters.To, format };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            return Execute(
                parse.GetValue(filters.Db)!, parse.GetValue(actor) ?? string.Empty, CorpusOptions.Date(parse, filters.From), CorpusOptions.Date(parse, filters.To),
                parse.GetValue(format) == "json", output, parse.InvocationConfiguration.Error, output == Console.Out && !Console.IsOutputRedirected);
        });
        return command;
    }

    public static int Execute(string db, string actor, DateOnly? from, DateOnly? to, bool json, TextWriter stdout, TextWriter stderr, bool isTerminal)
    {
        if (string.IsNullOrWhiteSpace(actor))
            // an Arabic example in a message to the user, not a word the code matches
            throw new Input.UserInputException("give an actor: a catalogue id (isis) or a name (داعش)");
        using var session = StoreSession.OpenForReading(db);
        var store = session.Store;
        var report = store.Whereabouts(actor, from, to);
        if (report.Actors.Count == 0 && report.Entries.Count == 0)
        {
            stderr.WriteLine($"athar: no actor '{actor}' in {db} (give a catalogue id such as isis or a name as the articles write it)");
            return CommandRunner.NotFound;
        }
        if (json)
            stdout.WriteLine(JsonSerializer.Serialize(report, ResultJson.Options));
        else
            WriteTable(report, stdout, isTerminal);
        return CommandRunner.Ok;
    }

    private static void WriteTable(WhereaboutsReport report, TextWriter writer, bool isTerminal)
    {
        var console = CorpusOptions.Console(writer, isTerminal);
        var c = CultureInfo.InvariantCulture;
        var who = report.Actors.Count == 0 ? report.Query : string.Join(", ", report.Actors.Select(a => string.Create(c, $"{a.Name} ({a.Key}, {a.Articles} articles)")));
        console.Write(new Rule(Markup.Escape($"Whereabouts of {who}")).LeftJustified());
        var table = new Table().AddColumn("when").AddColumn("where").AddColumn("what").AddColumn("role").AddColumn("certainty").AddColumn("sources").AddColumn("evidence");
        foreach (var e in report.Entries)
        {
            var certainty = string.Join(", ", e.Certainties.OrderByDescending(kv => kv.Value).Select(kv => string.Create(c, $"{kv.Key.ToString().ToLowerInvariant()} ×{kv.Value}")));
            var evidence = e.EventId is { } id ? $"event {AcledRow.IdOf(id)}" : string.Join("\n", e.Evidence.Take(2).Select(v => Shorten(v.Text)));
            table.AddRow(
                e.When is null ? "undated" : SearchCommand.Dates(e.When.Start, e.When.End),
                Markup.Escape(e.Where is null ? "-" : $"{e.Where.Name}{(e.Where.NameAr is null ? "" : $" ({e.Where.NameAr})")}, {e.Where.Country}"),
                Markup.Escape(e.What),
                e.Role,
                Markup.Escape(certainty),
                string.Create(c, $"{e.IndependentSources} independent / {e.Sources}"),
                Markup.Escape(evidence));
        }
        console.Write(table);
        console.WriteLine(string.Create(c, $"{report.Entries.Count} entries"));
    }

    private static string Shorten(string s) => s.Length <= 120 ? s : s[..119] + "…";
}
