using Athar.Actors;
using Athar.Text;
using BenchmarkDotNet.Attributes;

namespace Athar.Bench;

/// <summary>
/// The actors stage alone on pre-tokenized text (the seed article, and the seed plus ANERcorp sentences when
/// ../shared is present), and the whole default pipeline on the seed article (articles per second = 1 / mean).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class ActorsBenchmarks
{
    private readonly ActorAnnotator _actors = new();
    private readonly Pipeline _pipeline = AtharPipeline.CreateDefault();
    private string _seed = "";
    private List<Token> _seedTokens = [];
    private List<Sentence> _seedSentences = [];
    private string _corpus = "";
    private List<Token> _corpusTokens = [];
    private List<Sentence> _corpusSentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _seed = BenchCorpus.Seed;
        _seedTokens = Tokenizer.Tokenize(_seed);
        _seedSentences = SentenceSplitter.Split(_seed);
        _corpus = string.Join("\n", BenchCorpus.Paragraphs());
        _corpusTokens = Tokenizer.Tokenize(_corpus);
        _corpusSentences = SentenceSplitter.Split(_corpus);
        Console.WriteLine($"seed: {_seed.Length:N0} chars, {_seedTokens.Count:N0} tokens; corpus: {_corpus.Length:N0} chars, {_corpusTokens.Count:N0} tokens");
    }

    [Benchmark(Baseline = true)]
    public int ActorsStageOnSeed() => _actors.Find(_seed, _seedTokens, _seedSentences).Count;

    [Benchmark]
    public int ActorsStageOnCorpus() => _actors.Find(_corpus, _corpusTokens, _corpusSentences).Count;

    [Benchmark]
    public int DefaultPipelineOnSeed() => _pipeline.Analyze(_seed).Layer<ActorMention>().Count;
}
