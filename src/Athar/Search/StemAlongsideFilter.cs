using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;

namespace Athar.Search;

/// <summary>Keeps each term and adds its Arabic light stem at the same position (for highlighting both kinds of match).</summary>
internal sealed class StemAlongsideFilter : TokenFilter
{
    private readonly ArabicStemmer _stemmer = new();
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private State? _state;
    private string? _stem;

    public StemAlongsideFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_stem is not null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_stem);
            _position.PositionIncrement = 0;
            _stem = null;
            return true;
        }
        if (!m_input.IncrementToken())
            return false;
        var stem = SearchAnalyzers.Stem(_stemmer, _term.ToString());
        if (stem != _term.ToString())
        {
            _stem = stem;
            _state = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _stem = null;
        _state = null;
    }
}
