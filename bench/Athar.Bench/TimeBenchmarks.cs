using Athar.Text;
using Athar.Time;
using BenchmarkDotNet.Attributes;

namespace Athar.Bench;

/// <summary>
/// The dates stage alone over the bench corpus paragraphs (tokens and numbers prepared in setup), next to
/// the numbers stage on the same layers. Expressions/s = expressions printed at setup ÷ mean time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
public class TimeBenchmarks
{
    private readonly List<(string Text, List<Token> Tokens, List<NumberMention> Numbers)> _paragraphs = [];
    private readonly DateFinder _dates = new();
    private readonly NumberFinder _numbers = new();
    private static readonly DateOnly Published = new(2020, 9, 20);

    [GlobalSetup]
    public void Setup()
    {
        foreach (var p in BenchCorpus.Paragraphs())
        {
            var tokens = Tokenizer.Tokenize(p);
            _paragraphs.Add((p, tokens, _numbers.Find(p, tokens)));
        }
        Console.WriteLine($"bench corpus: {_paragraphs.Count:N0} paragraphs, {_paragraphs.Sum(p => p.Tokens.Count):N0} tokens, {FindDates():N0} date expressions");
    }

    [Benchmark(Baseline = true)]
    public int NumbersStage()
    {
        var n = 0;
        foreach (var (text, tokens, _) in _paragraphs)
            n += _numbers.Find(text, tokens).Count;
        return n;
    }

    [Benchmark]
    public int FindDates()
    {
        var n = 0;
        foreach (var (text, tokens, numbers) in _paragraphs)
            n += _dates.Find(text, tokens, numbers, Published).Count;
        return n;
    }
}
