using Athar.Places;
using Athar.Text;
using BenchmarkDotNet.Attributes;

namespace Athar.Bench;

/// <summary>
/// The place stage: loading the built-in gazetteer, name lookups, and the stage on real article text
/// (tokens and sentences made once in setup, so only the place stage is timed).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class PlacesBenchmarks
{
    private static readonly string[] Names =
    [
        "إدلب", "دير الزور", "الرقة", "الحسكة", "كركوك", "الموصل", "إسطنبول", "أضنة", "عفرين", "حارم",
        "باريشا", "الأنبار", "البادية السورية", "القامشلي", "منبج", "تل أبيض", "سراقب", "الرطبة", "بغداد", "غير موجود",
    ];

    private Gazetteer _gazetteer = null!;
    private PlaceFinder _finder = null!;
    private string _seed = "";
    private IReadOnlyList<Token> _seedTokens = [];
    private IReadOnlyList<Sentence> _seedSentences = [];
    private List<(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences)> _paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        _gazetteer = Gazetteer.BuiltIn;
        _finder = new PlaceFinder(_gazetteer);
        _seed = BenchCorpus.Seed;
        (_seedTokens, _seedSentences) = Prepare(_seed);
        _paragraphs = BenchCorpus.Paragraphs().Select(p => { var (t, s) = Prepare(p); return (p, t, s); }).ToList();
        Console.WriteLine($"gazetteer: {_gazetteer.Count:N0} places, {_gazetteer.NameCount:N0} names; corpus: {_paragraphs.Count:N0} paragraphs");
    }

    /// <summary>Builds the built-in gazetteer from the embedded TSV files (what the first article of a process pays).</summary>
    [Benchmark]
    public int LoadBuiltInGazetteer() => new GazetteerBuilder().AddBuiltIn().Build().Count;

    /// <summary>20 whole-name lookups (matching form + dictionary): divide by 20 for one.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int Lookup()
    {
        var n = 0;
        foreach (var name in Names)
            n += _gazetteer.Lookup(name).Count;
        return n;
    }

    /// <summary>The place stage on the seed article (4,800 characters).</summary>
    [Benchmark]
    public int SeedArticle() => _finder.Find(_seed, _seedTokens, _seedSentences).Count;

    /// <summary>The place stage over the whole bench corpus (seed paragraphs plus ANERcorp test sentences when present).</summary>
    [Benchmark]
    public int Corpus()
    {
        var n = 0;
        foreach (var (text, tokens, sentences) in _paragraphs)
            n += _finder.Find(text, tokens, sentences).Count;
        return n;
    }

    private static (IReadOnlyList<Token>, IReadOnlyList<Sentence>) Prepare(string text)
    {
        var doc = new Pipeline([new Tokenizer(), new SentenceSplitter()]).Analyze(text);
        return (doc.Layer<Token>(), doc.Layer<Sentence>());
    }
}
