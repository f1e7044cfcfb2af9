using System.Text;
using System.Text.Json;
using Athar.Corpus;
using Athar.Corpus.Ingest;
using Athar.Input;
using Athar.Search;
using Athar.Store;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Athar.Bench;

/// <summary>
/// Ingest throughput on one thread over article-sized chunks of real newswire (the ANERcorp text as
/// NewsFANE holds it, ~1,100 characters per article like the dev set), split into its parts — pipeline,
/// store, index — beside the whole ingest and beside Lucene's ArabicAnalyzer alone over the same text
/// (the tokenising floor). Every benchmark processes the whole corpus once; the articles/s and MB/s columns
/// divide the corpus by the mean time. Lucene merges segments on a background thread: the index and
/// ingest figures include that work only as far as it delays the commit.
/// </summary>
[Config(typeof(ThroughputConfig))]
[SimpleJob(warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private IReadOnlyList<string> _articles = [];
    private List<AnalysedArticle> _analysed = [];
    private ArabicAnalyzer _lucene = null!;
    private Pipeline _pipeline = null!;
    private string _folder = "";
    private string _jsonl = "";
    private string _db = "";

    public static IngestCorpus Corpus { get; } = IngestCorpus.Load();

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpus.Articles;
        _pipeline = AtharPipeline.CreateDefault();
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        _analysed = _articles.Select((text, i) => Analyse(text, i)).ToList();
        _folder = Path.Combine(Path.GetTempPath(), "athar-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _jsonl = Path.Combine(_folder, "articles.jsonl");
        File.WriteAllLines(_jsonl, _articles.Select((text, i) => JsonSerializer.Serialize(new { id = $"a{i}", text, published = "2024-01-01" })));
        Console.WriteLine($"bench corpus: {Corpus.Source}: {_articles.Count:N0} articles, {Corpus.Bytes / 1e6:N2} MB UTF-8");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lucene.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [IterationSetup(Targets = [nameof(Store), nameof(Index), nameof(WholeIngest)])]
    public void FreshStore() => _db = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");

    [Benchmark(Baseline = true)]
    public long LuceneArabicAnalyzer() => _articles.Sum(text => (long)BenchCorpus.LuceneTermChars(_lucene, text));

    /// <summary>The analysis alone: every stage of the default pipeline, hashing and the MinHash signature.</summary>
    [Benchmark]
    public int Pipeline()
    {
        var n = 0;
        for (var i = 0; i < _articles.Count; i++)
            n += Analyse(_articles[i], i).Document.Text.Length;
        return n;
    }

    /// <summary>Saving analysed articles: document rows, layers, mentions, near-duplicate bands, fusion.</summary>
    [Benchmark]
    public int Store()
    {
        using var store = SqliteStore.Open(_db);
        var saved = 0;
        foreach (var batch in _analysed.Chunk(new IngestOptions().BatchSize))
            saved += store.Save(batch).Count;
        return saved;
    }

    /// <summary>Indexing analysed articles in Lucene (plain and stemmed fields) and committing.</summary>
    [Benchmark]
    public int Index()
    {
        using var index = ArticleIndex.OpenForWriting(ArticleIndex.PathFor(_db));
        for (var i = 0; i < _analysed.Count; i++)
            index.Put(i + 1, _analysed[i].Document);
        index.Commit();
        return index.Count;
    }

    /// <summary>`athar ingest --jobs 1` minus the console: read JSONL, hash, analyse, store, index.</summary>
    [Benchmark]
    public int WholeIngest()
    {
        using var store = SqliteStore.Open(_db);
        using var index = ArticleIndex.OpenForWriting(ArticleIndex.PathFor(_db));
        var summary = new CorpusIngester(_pipeline, store, index, new IngestOptions { Jobs = 1 })
            .Run([_jsonl], new ArticleSources(InputLimits.Default));
        return summary.Added;
    }

    private AnalysedArticle Analyse(string text, int i)
    {
        var document = _pipeline.Analyze(text, new DocumentInfo { Id = $"a{i}", Published = new DateOnly(2024, 1, 1) });
        return new AnalysedArticle(document, ContentHash.Of(text), NearDuplicates.Signature(document.Layer<Athar.Text.Token>()), null);
    }
}

/// <summary>Article-sized chunks of newswire sentences, and where they came from.</summary>
public sealed record IngestCorpus(string Source, IReadOnlyList<string> Articles, long Bytes)
{
    public const int ArticleChars = 1100;

    public static IngestCorpus Load()
    {
        var newsfane = Path.Combine(BenchCorpus.RepoRoot, "..", "shared", "data", "arabic-ner", "newsfane-gold", "NewsFANE_Gold_2014_170K.txt");
        var (source, sentences) = File.Exists(newsfane)
            ? ("NewsFANE (ANERcorp newswire)", BenchCorpus.SentencesFromConll(newsfane).Select(s => s.Trim('\uFEFF', ' ')).ToList())
            : ("seed article paragraphs (../shared absent)", BenchCorpus.Paragraphs().ToList());
        var articles = new List<string>();
        var current = new StringBuilder();
        foreach (var sentence in sentences)
        {
            current.Append(sentence).Append('\n');
            if (current.Length >= ArticleChars)
            {
                articles.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
            articles.Add(current.ToString());
        // A tiny corpus (no ../shared) is repeated with a numbered line so every article is distinct content.
        for (var copy = 1; articles.Count < 200; copy++)
            articles.AddRange(articles.Take(200 - articles.Count).Select(a => $"نسخة {copy}\n{a}").ToList());
        return new IngestCorpus(source, articles, articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a)));
    }
}

/// <summary>Adds articles/s and MB/s (UTF-8) computed from each benchmark's mean over the whole corpus.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn("articles/s", () => IngestBenchmarks.Corpus.Articles.Count));
        AddColumn(new ThroughputColumn("MB/s", () => IngestBenchmarks.Corpus.Bytes / 1e6));
    }

    private sealed class ThroughputColumn(string name, Func<double> perOperation) : IColumn
    {
        public string Id => "throughput-" + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => $"{name} on one thread: the corpus divided by the mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (perOperation() / (mean.Value / 1e9)).ToString("N1", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
