using BenchmarkDotNet.Attributes;

namespace Athar.Bench;

/// <summary>
/// The whole default pipeline (text, time, places, actors, attribution, events, claims) per article, against
/// the text layer alone on the same articles: articles per second on one core is 1 / (mean time per article).
/// Articles are the seed plus article-sized chunks (20 sentences) of ANERcorp newswire when ../shared is there.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 6)]
public class PipelineBenchmarks
{
    private IReadOnlyList<string> _articles = [];
    private Pipeline _full = null!;
    private Pipeline _text = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paragraphs = BenchCorpus.Paragraphs();
        _articles = [BenchCorpus.Seed, .. paragraphs.Chunk(20).Select(c => string.Join(' ', c))];
        _full = AtharPipeline.CreateDefault();
        _text = new Pipeline([new Athar.Text.Tokenizer(), new Athar.Text.SentenceSplitter(), new Athar.Text.HashtagFinder(), new Athar.Text.NumberFinder()]);
        _full.Analyze(BenchCorpus.Seed); // load lexicons and gazetteer outside the measurement
        Console.WriteLine($"bench corpus: {_articles.Count} articles, {_articles.Sum(a => a.Length):N0} chars");
    }

    [Benchmark(Baseline = true, Description = "text layer, all articles")]
    public int TextLayer() => _articles.Sum(a => _text.Analyze(a).Layer<Athar.Text.Token>().Count);

    [Benchmark(Description = "whole pipeline, all articles")]
    public int WholePipeline() => _articles.Sum(a => _full.Analyze(a, new DocumentInfo { Published = new DateOnly(2020, 9, 20) }).Layer<Athar.Events.EventRecord>().Count);

    [Benchmark(Description = "whole pipeline, seed article")]
    public int Seed() => _full.Analyze(BenchCorpus.Seed, new DocumentInfo { Published = new DateOnly(2020, 9, 20) }).Layer<Athar.Events.EventRecord>().Count;
}
