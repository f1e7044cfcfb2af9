using System.Diagnostics;

namespace Athar.Bench;

/// <summary>
/// Where the pipeline spends its time: each stage's share over two corpora in one run (after a warm-up): general
/// newswire (the seed and ANERcorp's sentences in article-sized chunks) and conflict news (the dev articles of
/// ../shared/eval/dev, read there, never copied), so a stage's cost on the text users feed it sits beside its cost
/// on plain news.
/// </summary>
public static class StageProfile
{
    public static void Run(int rounds)
    {
        var newswire = new List<string> { BenchCorpus.Seed };
        newswire.AddRange(BenchCorpus.Paragraphs().Chunk(20).Select(c => string.Join(' ', c)));
        var pipeline = AtharPipeline.CreateDefault();
        Profile(pipeline, "newswire (seed + ANERcorp chunks)", newswire, rounds);
        var conflict = BenchCorpus.ConflictArticles();
        if (conflict.Count > 0)
            Profile(pipeline, "conflict news (../shared/eval/dev)", conflict, rounds);
    }

    private static void Profile(Pipeline pipeline, string name, IReadOnlyList<string> articles, int rounds)
    {
        Console.WriteLine($"== {name}");
        // Tiered JIT: the first seconds run unoptimised code; profile the steady state an ingest reaches
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var text in articles)
                pipeline.Analyze(text, new DocumentInfo { Published = new DateOnly(2020, 9, 20) });
        }
        var totals = new Dictionary<string, TimeSpan>();
        var cpuAtStart = TimeSpan.Zero;
        for (var round = 0; round <= rounds; round++)
        {
            if (round == 1)
                cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var text in articles)
            {
                var doc = new Document(text, new DocumentInfo { Published = new DateOnly(2020, 9, 20) });
                foreach (var (stage, elapsed) in pipeline.Profile(doc))
                {
                    if (round > 0)
                        totals[stage] = totals.GetValueOrDefault(stage) + elapsed;
                }
            }
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        var all = totals.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        var perArticle = all.TotalMilliseconds / (rounds * articles.Count);
        var cpuPerArticle = cpu.TotalMilliseconds / (rounds * articles.Count);
        Console.WriteLine($"{articles.Count} articles × {rounds} rounds: {perArticle:F2} ms per article (wall), {1000 / perArticle:F0} articles/s");
        Console.WriteLine($"process CPU time (all threads, GC included): {cpuPerArticle:F2} ms per article, {1000 / cpuPerArticle:F0} articles/s per core; load average {LoadAverage()}");
        foreach (var (stage, t) in totals.OrderByDescending(kv => kv.Value))
            Console.WriteLine($"  {stage,-12} {t.TotalMilliseconds / (rounds * articles.Count),8:F3} ms  {100 * t / all,5:F1}%");
    }

    // Wall-clock figures are only honest on an idle machine: say how busy it was.
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
