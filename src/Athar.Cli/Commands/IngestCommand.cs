using System.CommandLine;
using System.Globalization;
using Athar.Corpus.Ingest;
using Athar.Input;
using Athar.Store;
using Spectre.Console;

namespace Athar.Cli.Commands;

/// <summary>
/// `athar ingest PATH…`: reads articles from files, folders, JSONL batches, gold JSON files, RSS/Atom feeds and
/// HTML pages; stores each distinct content once, fuses events across articles, and indexes for search.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (searched recursively) to ingest", Arity = ArgumentArity.OneOrMore };
        var db = new CorpusOptions().Db;
        var maxSize = new Option<string>("--max-size") { Description = "Largest article file accepted (e.g. 10MB)", DefaultValueFactory = _ => "10MB" };
        var jobs = new Option<int>("--jobs") { Description = "Articles analysed in parallel (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var noWait = new Option<bool>("--no-wait") { Description = "When another ingest is writing the store, exit (code 2, naming it) instead of waiting for it" };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) of articles whose file gives none (plain text): the anchor for relative dates" };
        var url = new Option<string?>("--url") { Description = "Source URL of the article (one file only)" };
        var command = new Command("ingest", "Store, fuse and index many articles (idempotent: content already stored is skipped)") { paths, db, maxSize, jobs, noWait, published, url };
        command.SetAction(parse =>
        {
            var jobCount = parse.GetValue(jobs);
            if (jobCount is < 1 or > 256)
                throw new UserInputException("--jobs must be between 1 and 256");
            var options = new IngestRun(
                parse.GetValue(paths) ?? [], parse.GetValue(db)!, new InputLimits(InputLimits.ParseSize(parse.GetValue(maxSize) ?? "10MB")), jobCount)
            {
                Wait = !parse.GetValue(noWait),
                Defaults = new DocumentInfo { Published = parse.GetValue(published) is { } p ? PublishedDate.Parse(p) : null, Url = parse.GetValue(url) },
            };
            return Execute(options, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    public static int Execute(IngestRun run, TextWriter stdout, TextWriter stderr)
    {
        if (run.Defaults.Url is not null && (run.Paths.Count != 1 || !File.Exists(run.Paths[0])))
            throw new UserInputException("--url names the source of one article: give one file, not folders or several files");
        var listed = ArticleSources.List(run.Paths);
        foreach (var missing in listed.Missing)
            stderr.WriteLine($"athar: not found: {missing}");
        if (listed.Files.Count == 0)
            throw new UserInputException(listed.SkippedOtherTypes > 0
                ? $"no article files among {listed.SkippedOtherTypes} files (looked for .txt .html .json .jsonl .rss .atom .xml)"
                : "nothing to ingest");
        using var target = IngestTarget.Open(run, stderr);
        var sources = new ArticleSources(run.Limits) { Defaults = run.Defaults };
        using var cancel = new CancellationTokenSource();
        var interactive = stderr == Console.Error && !Console.IsErrorRedirected;
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        if (stderr == Console.Error)
            Console.CancelKeyPress += onCancel;
        IngestSummary summary;
        try
        {
            summary = interactive
                ? WithProgressBar(stderr, p => target.Run(listed.Files, sources, p, cancel.Token))
                : target.Run(listed.Files, sources, new PlainProgress(stderr), cancel.Token);
        }
        finally
        {
            if (stderr == Console.Error)
                Console.CancelKeyPress -= onCancel;
        }
        foreach (var failure in summary.Failures)
            stderr.WriteLine($"athar: {failure.Origin}: {failure.Message}");
        Report(summary, listed, target.Store.Stats(), StoreSession.Shown(run.Db), stdout);
        if (summary.Cancelled)
        {
            stderr.WriteLine("athar: interrupted; what was stored is kept — run the same command again to resume");
            return CommandRunner.PartialFailure;
        }
        return summary.Failed > 0 || listed.Missing.Count > 0 ? CommandRunner.PartialFailure : CommandRunner.Ok;
    }

    private static void Report(IngestSummary s, SourceFiles listed, StoreStats stats, string db, TextWriter stdout)
    {
        var c = CultureInfo.InvariantCulture;
        var seconds = Math.Max(s.Elapsed.TotalSeconds, 1e-3);
        stdout.WriteLine(string.Create(c, $"{s.Files:N0} files: {s.Added:N0} new, {s.Existing:N0} already stored, {s.Failed:N0} failed ({s.NearDuplicates:N0} new near-duplicates of stored articles)"));
        if (listed.SkippedOtherTypes > 0)
            stdout.WriteLine(string.Create(c, $"{listed.SkippedOtherTypes:N0} files in the folders were not article files and were left out"));
        if (s.Reindexed > 0)
            stdout.WriteLine(string.Create(c, $"{s.Reindexed:N0} stored articles were missing from the search index and were indexed"));
        stdout.WriteLine(string.Create(c, $"{s.Added / seconds:N1} new articles/s, {s.Bytes / 1e6 / seconds:N2} MB/s read in {s.Elapsed.TotalSeconds:N1} s (analysis {s.PipelineTime.TotalSeconds:N1} s over all threads, store {s.StoreTime.TotalSeconds:N1} s, index {s.IndexTime.TotalSeconds:N1} s)"));
        stdout.WriteLine(string.Create(c, $"{db}: {stats.Articles:N0} articles ({stats.NearDuplicates:N0} near-duplicates), {stats.Events:N0} events from {stats.Reports:N0} reports, {stats.Claims:N0} whereabouts claims"));
    }

    private static IngestSummary WithProgressBar(TextWriter stderr, Func<IProgress<IngestProgress>, IngestSummary> run)
    {
        IngestSummary? summary = null;
        CorpusOptions.Console(stderr, isTerminal: true).Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest");
                summary = run(new SyncProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.FilesTotal);
                    task.Value = p.FilesDone;
                    task.Description = Markup.Escape(Describe(p));
                }));
            });
        return summary!;
    }

    private static string Describe(IngestProgress p)
    {
        var seconds = Math.Max(p.Elapsed.TotalSeconds, 1e-3);
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.FilesDone:N0}/{p.FilesTotal:N0} files, {p.Added:N0} new, {p.Existing:N0} stored, {p.Failed:N0} failed, {(p.Added + p.Existing) / seconds:N0} articles/s, {p.Bytes / 1e6 / seconds:N1} MB/s");
    }

    /// <summary>Progress as plain lines (output not a terminal): one every few seconds, and the last.</summary>
    private sealed class PlainProgress(TextWriter writer) : IProgress<IngestProgress>
    {
        private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
        private TimeSpan _next = Every;

        public void Report(IngestProgress value)
        {
            if (value.Elapsed < _next)
                return;
            _next = value.Elapsed + Every;
            writer.WriteLine($"athar: {Describe(value)}");
        }
    }

    private sealed class SyncProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}

public sealed record IngestRun(IReadOnlyList<string> Paths, string Db, InputLimits Limits, int Jobs)
{
    /// <summary>Wait for another ingest writing the same store (false: exit 2 naming it).</summary>
    public bool Wait { get; init; } = true;

    /// <summary>Publication date and URL given on the command line, for articles whose files say nothing of them.</summary>
    public DocumentInfo Defaults { get; init; } = new();
}
