using System.CommandLine;
using Athar.Input;
using Athar.Web.Hosting;

namespace Athar.Cli.Commands;

/// <summary>
/// `athar demo`: the workbench in one command on a fresh clone — ingests the bundled demo articles (written
/// for the demo, each saying so in its text) into a store of its own and serves it until Ctrl+C.
/// </summary>
public static class DemoCommand
{
    /// <summary>The demo corpus inside this assembly (samples/demo/demo-articles.jsonl).</summary>
    public const string ArticlesResource = "demo/demo-articles.jsonl";

    public static string DefaultDb => Path.Combine(Path.GetTempPath(), "athar-demo", "demo.db");

    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "Where to build the demo store (its folder also gets the articles)", DefaultValueFactory = _ => DefaultDb };
        var urls = ServeCommand.UrlsOption();
        var command = new Command("demo", "Ingest the bundled demo articles and serve them in the web workbench") { db, urls };
        command.SetAction(async (parse, cancel) =>
        {
            var options = new WebOptions { Db = parse.GetValue(db)!, Urls = parse.GetValue(urls)!, LocalGazetteer = CliGazetteer.LocalFile() };
            return await ExecuteAsync(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancel).ConfigureAwait(false);
        });
        return command;
    }

    public static async Task<int> ExecuteAsync(WebOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancel)
    {
        var articles = WriteArticles(Path.GetDirectoryName(Path.GetFullPath(options.Db))!);
        stdout.WriteLine($"athar demo: ingesting {articles} (sample articles written for the demo, not real news)");
        var ingested = IngestCommand.Execute(new IngestRun([articles], options.Db, InputLimits.Default, Jobs: 1), stdout, stderr);
        if (ingested != CommandRunner.Ok)
            return ingested;
        return await ServeCommand.ExecuteAsync(options, stdout, stderr, cancel).ConfigureAwait(false);
    }

    /// <summary>Copies the bundled articles beside the store and returns their path.</summary>
    private static string WriteArticles(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "demo-articles.jsonl");
        using var resource = typeof(DemoCommand).Assembly.GetManifestResourceStream(ArticlesResource)
            ?? throw new InvalidOperationException($"the demo articles ({ArticlesResource}) are missing from the build");
        using var file = File.Create(path);
        resource.CopyTo(file);
        return path;
    }
}
