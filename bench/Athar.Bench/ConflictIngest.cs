using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Athar.Corpus.Ingest;
using Athar.Input;
using Athar.Search;
using Athar.Store;

namespace Athar.Bench;

/// <summary>
/// Ingest throughput on conflict news, one analysis thread: the dev articles of ../shared/eval/dev (else the seed
/// article's paragraphs), repeated with a numbered line to the size asked, through the whole ingest (read JSONL,
/// hash, analyse, store, fuse, index, commit) beside its baseline, the pipeline alone over the same articles.
/// Prints articles/s and CPU ms per article (all threads of the process, so Lucene's merges count).
/// </summary>
public static class ConflictIngest
{
    public static void Run(int articles)
    {
        var (source, texts) = Corpus(articles);
        var folder = Path.Combine(Path.GetTempPath(), "athar-bench-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var jsonl = Path.Combine(folder, "articles.jsonl");
            File.WriteAllLines(jsonl, texts.Select((t, i) => JsonSerializer.Serialize(new { id = $"a{i}", text = t.Text, published = t.Published })));
            var pipeline = AtharPipeline.CreateDefault();
            pipeline.Analyze(texts[0].Text, new DocumentInfo()); // warm up
            Console.WriteLine($"corpus: {source}: {texts.Count:N0} articles");
            var alone = Measure(() =>
            {
                foreach (var (text, published) in texts)
                    pipeline.Analyze(text, new DocumentInfo { Published = PublishedDate.Parse(published, "published") });
            });
            Print("pipeline alone (baseline)", texts.Count, alone);
            IngestSummary? summary = null;
            var db = Path.Combine(folder, "athar.db");
            var whole = Measure(() =>
            {
                using var store = SqliteStore.Open(db);
                using var index = ArticleIndex.OpenForWriting(ArticleIndex.PathFor(db));
                summary = new CorpusIngester(pipeline, store, index, new IngestOptions { Jobs = 1 }).Run([jsonl], new ArticleSources(InputLimits.Default));
            });
            Print("whole ingest, SQLite + Lucene", summary!.Added, whole);
            using var stored = SqliteStore.Open(db);
            var stats = stored.Stats();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  split: analysis {summary.PipelineTime.TotalSeconds:N2} s, store and fusion {summary.StoreTime.TotalSeconds:N2} s, index {summary.IndexTime.TotalSeconds:N2} s; {stats.Events:N0} events from {stats.Reports:N0} reports ({(double)stats.Reports / Math.Max(1, stats.Articles):N1} per article)"));
            Console.WriteLine($"load average {StageProfile.LoadAverage()}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The dev articles (else the seed's paragraphs), repeated with a numbered line up to the size asked.</summary>
    internal static (string Source, List<(string Text, string Published)> Texts) Corpus(int size)
    {
        var dev = Path.Combine(BenchCorpus.RepoRoot, "..", "shared", "eval", "dev");
        var (source, originals) = Directory.Exists(dev)
            ? ("../shared/eval/dev", Directory.GetFiles(dev, "*.json").Order(StringComparer.Ordinal).Select(f =>
            {
                var root = JsonDocument.Parse(File.ReadAllText(f)).RootElement;
                return (root.GetProperty("text").GetString()!, root.TryGetProperty("published", out var p) && p.GetString() is { Length: 10 } day ? day : "2020-01-01");
            }).ToList())
            : ("seed article paragraphs (../shared absent)", BenchCorpus.Paragraphs().Select(p => (p, "2020-09-20")).ToList());
        var texts = new List<(string, string)>();
        for (var copy = 0; texts.Count < size; copy++)
            texts.AddRange(originals.Take(size - texts.Count).Select(o => (copy == 0 ? o.Item1 : $"{o.Item1}\n(نسخة {copy})", o.Item2)));
        return (source, texts);
    }

    private static (double Seconds, double CpuSeconds) Measure(Action work)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        process.Refresh();
        return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static void Print(string what, int articles, (double Seconds, double CpuSeconds) t) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {articles / t.Seconds:N0} articles/s wall, {t.CpuSeconds * 1000 / articles:N2} ms CPU per article ({articles / t.CpuSeconds:N0} articles/s per core)"));
}
