using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Athar.Bench;

/// <summary>The text layer against its floor: Lucene's ArabicAnalyzer tokenising the same text.</summary>
[MemoryDiagnoser]
public class TextBenchmarks : IDisposable
{
    private string _text = "";
    private Pipeline _textPipeline = null!;
    private ArabicAnalyzer _lucene = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = string.Join("\n", BenchCorpus.Paragraphs());
        _textPipeline = new Pipeline([new Athar.Text.Tokenizer(), new Athar.Text.SentenceSplitter(), new Athar.Text.HashtagFinder(), new Athar.Text.NumberFinder()]);
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        Console.WriteLine($"bench corpus: {_text.Length:N0} chars");
    }

    [Benchmark(Baseline = true)]
    public int LuceneArabicAnalyzer() => BenchCorpus.LuceneTermChars(_lucene, _text);

    public void Dispose()
    {
        _lucene?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public int AtharTextLayer() => _textPipeline.Analyze(_text).Layer<Athar.Text.Token>().Count;
}
