using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Athar.Search;

/// <summary>Collects the store id of every matching article from the id field's terms (one lookup per hit, no scoring).</summary>
internal sealed class ArticleIdCollector : ICollector
{
    private readonly BytesRef _term = new();
    private BinaryDocValues? _ids;

    public HashSet<long> Ids { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) =>
        _ids = FieldCache.DEFAULT.GetTerms(context.AtomicReader, ArticleFields.Id, setDocsWithField: false);

    public void Collect(int doc)
    {
        _ids!.Get(doc, _term);
        Ids.Add(long.Parse(_term.Utf8ToString(), CultureInfo.InvariantCulture));
    }
}
