using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Athar.Corpus.Export;
using Athar.Events;
using Athar.Input;
using Athar.Output;
using Athar.Search;
using Athar.Store;
using Spectre.Console;

namespace Athar.Cli.Commands;

/// <summary>`athar search "QUERY"`: articles and events matching words, "phrases" and -exclusions, with highlighted snippets.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words to find (all required; \"a phrase\"; -word excludes)" };
        var filters = new CorpusOptions();
        var limit = new Option<int>("--limit") { Description = "How many articles and events to show", DefaultValueFactory = _ => 10 };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("search", "Full-text search of the stored articles, with the events they report") { query, limit, format };
        filters.AddTo(command, withBbox: false);
        command.SetAction(parse =>
        {
            var request = new SearchRequest
            {
                Query = parse.GetValue(query) ?? string.Empty,
                From = CorpusOptions.Date(parse, filters.From),
                To = CorpusOptions.Date(parse, filters.To),
                Country = parse.GetValue(filters.Country),
                Place = parse.GetValue(filters.Place),
                Actor = parse.GetValue(filters.Actor),
                Types = parse.GetValue(filters.Type) is { Length: > 0 } types ? EventQuery.ParseTypes(types) : null,
                Limit = parse.GetValue(limit),
            };
            var output = parse.InvocationConfiguration.Output;
            return Execute(parse.GetValue(filters.Db)!, request, parse.GetValue(format) == "json", output, output == Console.Out && !Console.IsOutputRedirected);
        });
        return command;
    }

    public static int Execute(string db, SearchRequest request, bool json, TextWriter stdout, bool isTerminal)
    {
        SearchQuery.Parse(request.Query); // a malformed query is reported before any file is opened
        using var session = StoreSession.OpenForReading(db, places: CliGazetteer.Later());
        var index = session.Search ?? throw new UserInputException($"no search index at {ArticleIndex.PathFor(db)}: run 'athar ingest' to build it");
        var results = new CorpusSearch(index, session.Store).Search(request);
        if (json)
            stdout.WriteLine(JsonSerializer.Serialize(results, ResultJson.Options));
        else
            WriteTable(results, stdout, isTerminal);
        return CommandRunner.Ok;
    }

    private static void WriteTable(SearchResults results, TextWriter writer, bool isTerminal)
    {
        var console = CorpusOptions.Console(writer, isTerminal);
        var c = CultureInfo.InvariantCulture;
        var note = results.Relaxed ? " — no article has every word; showing articles with some of them" : string.Empty;
        var shownArticles = results.Articles.Count < results.TotalArticles ? string.Create(c, $" (the best {results.Articles.Count:N0} shown)") : string.Empty;
        console.Write(new Rule(Markup.Escape(string.Create(c, $"{results.TotalArticles:N0} articles match «{results.Query}»{shownArticles}{note}"))).LeftJustified());
        if (results.Articles.Count > 0)
        {
            var table = new Table().AddColumn("id").AddColumn("published").AddColumn("article").AddColumn("snippet");
            foreach (var hit in results.Articles)
            {
                var a = hit.Article;
                var title = Markup.Escape(a.Title ?? a.ExternalId ?? "-") + (a.Url is null ? string.Empty : "\n" + Markup.Escape(a.Url))
                    + (a.DuplicateOf is { } d ? $"\n[dim](copy of article {d})[/]" : string.Empty);
                var snippets = string.Join("\n…\n", hit.Snippets.Select(s => Marked(s, isTerminal)));
                table.AddRow(a.Id.ToString(c), a.Published?.ToString("yyyy-MM-dd", c) ?? "-", title, snippets);
            }
            console.Write(table);
        }
        var shownEvents = results.Events.Count < results.TotalEvents ? string.Create(c, $" (the newest {results.Events.Count:N0} shown; raise --limit for more)") : string.Empty;
        console.Write(new Rule(string.Create(c, $"{results.TotalEvents:N0} events reported by these articles{shownEvents}")).LeftJustified());
        if (results.Events.Count == 0)
            return;
        var events = new Table().AddColumn("event").AddColumn("date").AddColumn("type").AddColumn("place").AddColumn("sources").AddColumn("evidence");
        foreach (var hit in results.Events)
        {
            var e = hit.Event;
            events.AddRow(
                AcledRow.IdOf(e.Id),
                e.When is null ? "-" : Dates(e.When.Start, e.When.End),
                EventTypes.Name(e.Type),
                Markup.Escape(e.Where is null ? "-" : $"{e.Where.Name}, {e.Where.Country}"),
                string.Create(c, $"{e.IndependentSources}/{e.Sources}"),
                Marked(hit.Snippet, isTerminal));
        }
        console.Write(events);
    }

    internal static string Dates(DateOnly start, DateOnly end)
    {
        var c = CultureInfo.InvariantCulture;
        return start == end ? start.ToString("yyyy-MM-dd", c) : $"{start.ToString("yyyy-MM-dd", c)} – {end.ToString("yyyy-MM-dd", c)}";
    }

    // Highlights in colour on a terminal, between ⟦ ⟧ elsewhere; the text itself is always escaped.
    private static string Marked(Snippet s, bool isTerminal)
    {
        var sb = new System.Text.StringBuilder();
        var at = 0;
        foreach (var h in s.Highlights.OrderBy(h => h.Start))
        {
            if (h.Start < at)
                continue;
            sb.Append(Markup.Escape(s.Text[at..h.Start]));
            var word = Markup.Escape(s.Text[h.Start..h.End]);
            sb.Append(isTerminal ? $"[bold yellow]{word}[/]" : $"⟦{word}⟧");
            at = h.End;
        }
        sb.Append(Markup.Escape(s.Text[at..]));
        return sb.ToString();
    }
}
