using System.CommandLine;
using Athar.Input;
using Athar.Output;

namespace Athar.Cli.Commands;

/// <summary>`athar analyze FILE|-` and `athar analyze --jsonl FILE`: run the pipeline and print the result document(s).</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "Article file (UTF-8 text or HTML), or - for standard input", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<string?>("--jsonl") { Description = "Batch mode: one JSON object per line {id, text, published?, url?}" };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD): the anchor for relative dates" };
        var url = new Option<string?>("--url") { Description = "Source URL of the article" };
        var format = new Option<string>("--format") { Description = "json or table", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var explain = new Option<bool>("--explain") { Description = "Each event lists the rules that decided its fields (a \"trace\")" };
        var withoutRule = new Option<string[]>("--without-rule") { Description = "Switch an event rule off (an id from src/Athar/Events/Rules/rules.tsv; repeatable) to see what it does", AllowMultipleArgumentsPerToken = false };
        var maxSize = new Option<string>("--max-size") { Description = "Largest input accepted (e.g. 10MB)", DefaultValueFactory = _ => "10MB" };

        var command = new Command("analyze", "Analyse one article (or a JSONL batch) and print its evidence-linked annotations")
        {
            file, jsonl, published, url, format, maxSize, explain, withoutRule,
        };
        command.SetAction(parse =>
        {
            var options = new AnalyzeOptions(
                parse.GetValue(file),
                parse.GetValue(jsonl),
                parse.GetValue(published) is { } p ? PublishedDate.Parse(p) : null,
                parse.GetValue(url),
                parse.GetValue(format) ?? "json",
                new InputLimits(InputLimits.ParseSize(parse.GetValue(maxSize) ?? "10MB")))
            { Explain = parse.GetValue(explain), WithoutRules = parse.GetValue(withoutRule) ?? [] };
            return Execute(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Execute(AnalyzeOptions options, TextWriter stdout, TextWriter stderr)
    {
        if (options.File is null == options.Jsonl is null)
            throw new UserInputException("give either an article FILE (or - for stdin) or --jsonl FILE");
        if (options.Jsonl is not null && options.Format == "table")
            throw new UserInputException("--jsonl writes one JSON result per line; --format table is for one article (analyze FILE --format table)");
        var gazetteer = CliGazetteer.Load(stderr);
        var pipeline = AtharPipeline.CreateDefault(new PipelineOptions { Gazetteer = gazetteer, Explain = options.Explain, EventRules = Rules(options.WithoutRules) });
        if (options.Jsonl is not null)
            return BatchAnalyzer.Run(pipeline, options, stdout, stderr, gazetteer.Local);

        var reader = new ArticleReader(options.Limits);
        var info = new DocumentInfo { Published = options.Published, Url = options.Url };
        var article = options.File == "-"
            ? reader.ReadStream(Console.OpenStandardInput(), "standard input", info with { Id = "stdin" })
            : reader.ReadFile(options.File!, info);
        var document = pipeline.Analyze(article.Text, article.Info);
        if (options.Format == "table")
            TableReport.Write(document, stdout, gazetteer.Local);
        else
        {
            StandardOutput.Write(stdout, stream =>
            {
                ResultJson.Write(document, stream, localGazetteer: gazetteer.Local);
                stream.Write("\n"u8);
                return true;
            });
        }
        return CommandRunner.Ok;
    }

    // An unknown id is the user's mistake: say which ids exist instead of failing inside the stage
    private static Events.Rules.RuleBook? Rules(IReadOnlyList<string> without)
    {
        if (without.Count == 0)
            return null;
        var book = Events.Rules.RuleBook.Default;
        var unknown = without.Where(id => book.All.All(r => r.Id != id)).ToList();
        if (unknown.Count > 0)
            throw new UserInputException($"unknown event rule '{unknown[0]}' (the rule ids are in src/Athar/Events/Rules/rules.tsv, e.g. {book.All.First().Id})");
        return book.Without([.. without]);
    }
}

public sealed record AnalyzeOptions(string? File, string? Jsonl, DateOnly? Published, string? Url, string Format, InputLimits Limits)
{
    /// <summary>Events carry the trace of the rules that decided them.</summary>
    public bool Explain { get; init; }

    /// <summary>Event rule ids switched off for this run.</summary>
    public IReadOnlyList<string> WithoutRules { get; init; } = [];
}
