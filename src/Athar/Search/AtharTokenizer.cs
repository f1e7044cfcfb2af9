using Lucene.Net.Analysis;
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

    private readonly TermEmitter _emitter;
    private int _finalOffset;

    public AtharTokenizer(TextReader input, bool withReadings)
        : base(input)
    {
        _emitter = new TermEmitter(this, withReadings);
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        return _emitter.Next(CorrectOffset);
    }

    public override void Reset()
    {
        base.Reset();
        var text = m_input.ReadToEnd();
        _emitter.Start(AtharText.Tokenizer.Tokenize(text));
        _finalOffset = CorrectOffset(text.Length);
    }

    public override void End()
    {
        base.End();
        _emitter.SetFinalOffset(_finalOffset);
    }
}

/// <summary>
/// The same terms from a document's token layer, already made by the pipeline: indexing an analysed article
/// does not tokenise its text again.
/// </summary>
internal sealed class TokenLayerStream : TokenStream
{
    private readonly IReadOnlyList<AtharText.Token> _tokens;
    private readonly int _textLength;
    private readonly TermEmitter _emitter;

    public TokenLayerStream(IReadOnlyList<AtharText.Token> tokens, int textLength, bool withReadings)
    {
        _tokens = tokens;
        _textLength = textLength;
        _emitter = new TermEmitter(this, withReadings);
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        return _emitter.Next(o => o);
    }

    public override void Reset()
    {
        base.Reset();
        _emitter.Start(_tokens);
    }

    public override void End()
    {
        base.End();
        _emitter.SetFinalOffset(_textLength);
    }
}

/// <summary>Turns Athar tokens into Lucene terms (words and numbers in matching form, then clitic stems at the same position).</summary>
internal sealed class TermEmitter
{
    private readonly bool _withReadings;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly Queue<string> _readings = new();
    private IReadOnlyList<AtharText.Token> _tokens = [];
    private int _next;
    private (int Start, int End) _current;

    public TermEmitter(Lucene.Net.Util.AttributeSource source, bool withReadings)
    {
        _withReadings = withReadings;
        _term = source.AddAttribute<ICharTermAttribute>();
        _offset = source.AddAttribute<IOffsetAttribute>();
        _position = source.AddAttribute<IPositionIncrementAttribute>();
    }

    public void Start(IReadOnlyList<AtharText.Token> tokens)
    {
        _tokens = tokens;
        _next = 0;
        _readings.Clear();
    }

    public bool Next(Func<int, int> correctOffset)
    {
        if (_readings.Count > 0)
        {
            Emit(_readings.Dequeue(), 0);
            return true;
        }
        while (_next < _tokens.Count)
        {
            var token = _tokens[_next++];
            if (token.Kind == AtharText.TokenKind.Punct || token.Form.Length is 0 or > AtharTokenizer.MaxTermLength)
                continue;
            _current = (correctOffset(token.Span.Start), correctOffset(token.Span.End));
            if (_withReadings)
            {
                for (var r = 1; r < token.Readings.Count; r++)
                {
                    var stem = token.Readings[r].Stem;
                    if (stem != token.Form && !_readings.Contains(stem))
                        _readings.Enqueue(stem);
                }
            }
            Emit(token.Form, 1);
            return true;
        }
        return false;
    }

    public void SetFinalOffset(int offset) => _offset.SetOffset(offset, offset);

    private void Emit(string term, int increment)
    {
        _term.SetEmpty().Append(term);
        _offset.SetOffset(_current.Start, _current.End);
        _position.PositionIncrement = increment;
    }
}
