using Lucene.Net.Analysis.TokenAttributes;
using AtharText = Athar.Text;

namespace Athar.Search;

/// <summary>
/// Lucene tokenizer over Athar's own tokens: the same word boundaries as the pipeline («_» separates hashtag
/// words, الـ24 is two tokens), each term in matching form, offsets into the original text. With readings,
/// each word's clitic stems follow it at the same position (بريف indexes بريف and ريف), so a name is found
/// behind a preposition or conjunction without stemming it.
/// </summary>
internal sealed class AtharTokenizer : Lucene.Net.Analysis.Tokenizer
{
    /// <summary>Longer tokens are not words (and Lucene refuses terms over 32 KB).</summary>
    public const int MaxTermLength = 100;

    private readonly bool _withReadings;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _readings = new();
    private List<AtharText.Token> _tokens = [];
    private int _next;
    private int _finalOffset;
    private (int Start, int End) _current;

    public AtharTokenizer(TextReader input, bool withReadings)
        : base(input)
    {
        _withReadings = withReadings;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_readings.Count > 0)
        {
            Emit(_readings.Dequeue(), _current.Start, _current.End, 0);
            return true;
        }
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            if (token.Kind == AtharText.TokenKind.Punct || token.Form.Length is 0 or > MaxTermLength)
                continue;
            _current = (CorrectOffset(token.Span.Start), CorrectOffset(token.Span.End));
            if (_withReadings)
            {
                foreach (var stem in token.Readings.Skip(1).Select(r => r.Stem).Distinct(StringComparer.Ordinal))
                {
                    if (stem != token.Form)
                        _readings.Enqueue(stem);
                }
            }
            Emit(token.Form, _current.Start, _current.End, 1);
            return true;
        }
        return false;
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _tokens = AtharText.Tokenizer.Tokenize(text);
        _next = 0;
        _readings.Clear();
        _finalOffset = CorrectOffset(text.Length);
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    private void Emit(string term, int start, int end, int increment)
    {
        _term.SetEmpty().Append(term);
        _offset.SetOffset(start, end);
        _position.PositionIncrement = increment;
    }
}
