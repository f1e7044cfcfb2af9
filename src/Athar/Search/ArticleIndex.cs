using System.Globalization;
using Athar.Input;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Athar.Search;

/// <summary>A hit of the index: the article's store id, its score and publication date.</summary>
public sealed record IndexHit(long ArticleId, float Score, DateOnly? Published);

/// <summary>The best hits of a search and the number of articles matching in all.</summary>
public sealed record IndexPage(IReadOnlyList<IndexHit> Hits, int Total);

/// <summary>
/// The full-text index of a store's articles: a Lucene folder beside the database («athar.db.index»).
/// Open it for writing during ingest (one writer at a time) or for searching.
/// </summary>
public sealed class ArticleIndex : IArticleSearch, IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer;
    private readonly IndexWriter? _writer;
    private readonly System.Threading.Lock _gate = new(); // a refresh disposes the old reader: no search may be using it
    private DirectoryReader? _reader;

    private ArticleIndex(LuceneDirectory directory, bool writable)
    {
        _directory = directory;
        _analyzer = new PerFieldAnalyzerWrapper(SearchAnalyzers.Plain(), new Dictionary<string, Analyzer>
        {
            [ArticleFields.BodyStemmed] = SearchAnalyzers.Stemmed(),
            [ArticleFields.TitleStemmed] = SearchAnalyzers.Stemmed(),
        });
        if (writable)
            _writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, _analyzer) { OpenMode = OpenMode.CREATE_OR_APPEND });
    }

    /// <summary>The index folder of a store file.</summary>
    public static string PathFor(string storePath) => Path.GetFullPath(storePath) + ".index";

    public static bool Exists(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
            return false;
        using var directory = FSDirectory.Open(folder);
        return DirectoryReader.IndexExists(directory);
    }

    public static ArticleIndex OpenForWriting(string folder)
    {
        try
        {
            // Native locks: the operating system drops them with their process, so a killed ingest leaves no stale write.lock.
            return new ArticleIndex(FSDirectory.Open(new DirectoryInfo(folder), new NativeFSLockFactory(folder)), writable: true);
        }
        catch (LockObtainFailedException)
        {
            throw new UserInputException($"the search index {folder} is being written by another ingest");
        }
    }

    public static ArticleIndex OpenForReading(string folder)
    {
        if (!Exists(folder))
            throw new UserInputException($"no search index at {folder}: run 'athar ingest' to build it");
        return new ArticleIndex(FSDirectory.Open(folder), writable: false);
    }

    /// <summary>An index held in memory (tests, benchmarks).</summary>
    public static ArticleIndex InMemory() => new(new RAMDirectory(), writable: true);

    /// <summary>Adds or replaces an article (by store id): re-indexing never duplicates.</summary>
    public void Put(long articleId, Athar.Document document) =>
        Writer.UpdateDocument(new Term(ArticleFields.Id, articleId.ToString(CultureInfo.InvariantCulture)), ArticleFields.Build(articleId, document));

    /// <summary>Adds an article the index cannot hold yet (just stored): cheaper than <see cref="Put"/>.</summary>
    public void Add(long articleId, Athar.Document document) => Writer.AddDocument(ArticleFields.Build(articleId, document));

    /// <summary>Empties the index (its store was replaced: its ids mean other articles now).</summary>
    public void Clear() => Writer.DeleteAll();

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("the index was opened for reading");

    public void Commit() => _writer?.Commit();

    public int Count
    {
        get
        {
            if (_writer is not null)
                return _writer.NumDocs;
            lock (_gate)
                return Reader().NumDocs;
        }
    }

    /// <summary>Removes an article's entries (an entry whose article the store does not hold).</summary>
    public void Delete(long articleId) => Writer.DeleteDocuments(new Term(ArticleFields.Id, articleId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Every article id the index holds, with how many live entries it has (more than one is a duplicate).</summary>
    public IReadOnlyDictionary<long, int> Entries()
    {
        lock (_gate)
        {
            var reader = Reader();
            var entries = new Dictionary<long, int>();
            var terms = MultiFields.GetTerms(reader, ArticleFields.Id);
            if (terms is null)
                return entries;
            var live = MultiFields.GetLiveDocs(reader);
            var each = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (each.MoveNext())
            {
                docs = each.Docs(live, docs, DocsFlags.NONE);
                var n = 0;
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    n++;
                if (n > 0)
                    entries[long.Parse(each.Term.Utf8ToString(), CultureInfo.InvariantCulture)] = n;
            }
            return entries;
        }
    }

    public IndexPage SearchPage(SearchAsk ask, int max) => SearchPage(ask.Query, ask.Filter, max);

    public IReadOnlySet<long> AllIds(SearchAsk ask) => AllIds(ask.Query, ask.Filter);

    /// <summary>The best hits and how many articles match in all (not capped by <paramref name="max"/>).</summary>
    public IndexPage SearchPage(Query query, Filter? filter, int max)
    {
        lock (_gate)
        {
            var searcher = new IndexSearcher(Reader());
            var top = searcher.Search(query, filter, Math.Max(1, max));
            var hits = top.ScoreDocs.Select(hit =>
            {
                var doc = searcher.Doc(hit.Doc);
                var published = doc.Get(ArticleFields.Published) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
                return new IndexHit(long.Parse(doc.Get(ArticleFields.Id), CultureInfo.InvariantCulture), hit.Score, published);
            }).ToList();
            return new IndexPage(hits, top.TotalHits);
        }
    }

    /// <summary>The store ids of every matching article, however many (read from the id terms, no stored document loaded).</summary>
    public IReadOnlySet<long> AllIds(Query query, Filter? filter)
    {
        lock (_gate)
        {
            var collector = new ArticleIdCollector();
            new IndexSearcher(Reader()).Search(query, filter, collector);
            return collector.Ids;
        }
    }

    // A writer's near-real-time reader sees what it added; a read-only index opens the last commit.
    private DirectoryReader Reader()
    {
        if (_reader is null)
            _reader = _writer is null ? DirectoryReader.Open(_directory) : DirectoryReader.Open(_writer, applyAllDeletes: true);
        else if (DirectoryReader.OpenIfChanged(_reader) is { } newer)
        {
            _reader.Dispose();
            _reader = newer;
        }
        return _reader;
    }

    public void Dispose()
    {
        lock (_gate)
            _reader?.Dispose();
        _writer?.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
