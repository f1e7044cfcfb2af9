using System.CommandLine;
using Athar.Input;
using Athar.Store;

namespace Athar.Cli.Commands;

/// <summary>Options the corpus commands share: the store file and the event filters.</summary>
internal sealed class CorpusOptions
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "The store: a SQLite file (its search index is the folder FILE.index beside it) or a PostgreSQL database (postgresql://user@host:port/db or an Npgsql connection string); default $ATHAR_DB, else athar.db",
        DefaultValueFactory = _ => StoreSession.DefaultDb,
    };
    public Option<string?> From { get; } = new("--from") { Description = "Only events (and articles) on or after this day (YYYY-MM-DD)" };
    public Option<string?> To { get; } = new("--to") { Description = "Only events (and articles) on or before this day (YYYY-MM-DD)" };
    public Option<string?> Country { get; } = new("--country") { Description = "Only this country (ISO code: SY, IQ, …)" };
    public Option<string?> Place { get; } = new("--place") { Description = "Only this place (name in Arabic or English, or gazetteer id)" };
    // an Arabic example in a message to the user, not a word the code matches
    public Option<string?> Actor { get; } = new("--actor") { Description = "Only events with this actor (catalogue id such as isis, or a name such as داعش)" };
    public Option<string[]> Type { get; } = new("--type") { Description = "Only these event types (battle, raid, air_strike, …; repeat or separate with commas)" };
    public Option<string?> Bbox { get; } = new("--bbox") { Description = "Only events inside west,south,east,north (degrees)" };
    public Option<int> MinSources { get; } = new("--min-sources") { Description = "Only events with at least this many independent sources", DefaultValueFactory = _ => 1 };

    /// <summary>Adds --db and the filters (bbox only where a map makes sense; least sources where events are listed whole).</summary>
    public void AddTo(Command command, bool withBbox, bool withMinSources = false)
    {
        command.Options.Add(Db);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Country);
        command.Options.Add(Place);
        command.Options.Add(Actor);
        command.Options.Add(Type);
        if (withBbox)
            command.Options.Add(Bbox);
        if (withMinSources)
            command.Options.Add(MinSources);
    }

    public static DateOnly? Date(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } s ? PublishedDate.Parse(s, option.Name) : null;

    public EventQuery Query(ParseResult parse) => new EventQuery
    {
        From = Date(parse, From),
        To = Date(parse, To),
        Country = parse.GetValue(Country),
        Place = parse.GetValue(Place),
        Actor = parse.GetValue(Actor),
        Types = parse.GetValue(Type) is { Length: > 0 } types ? EventQuery.ParseTypes(types) : null,
        Bbox = parse.GetValue(Bbox) is { } box ? BoundingBox.Parse(box) : null,
        MinIndependentSources = parse.GetValue(MinSources),
    }.Validated();

    /// <summary>Width of tables written to a file or pipe (a terminal's own width is used otherwise).</summary>
    public const int FileWidth = 160;

    /// <summary>A console for a writer: colours and live updates only when it is the real terminal.</summary>
    public static Spectre.Console.IAnsiConsole Console(TextWriter writer, bool isTerminal)
    {
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(writer),
            Ansi = isTerminal ? Spectre.Console.AnsiSupport.Detect : Spectre.Console.AnsiSupport.No,
            ColorSystem = isTerminal ? Spectre.Console.ColorSystemSupport.Detect : Spectre.Console.ColorSystemSupport.NoColors,
            Interactive = isTerminal ? Spectre.Console.InteractionSupport.Detect : Spectre.Console.InteractionSupport.No,
        });
        if (!isTerminal)
            console.Profile.Width = FileWidth;
        return console;
    }
}
