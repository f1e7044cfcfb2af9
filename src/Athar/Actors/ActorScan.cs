using Athar.Text;

namespace Athar.Actors;

/// <summary>A mention found so far, with the tokens it covers (First..Last), its sentence and what it stands for.</summary>
internal sealed class Found(ActorMention mention, int first, int last, int sentence, Found? antecedent)
{
    public ActorMention Mention { get; } = mention;

    public int First { get; } = first;

    public int Last { get; } = last;

    public int Sentence { get; } = sentence;

    public bool IsPerson => Mention.Kind == ActorKind.Person;

    /// <summary>The mention this one stands for: itself, or the named mention an anaphor or short name points to.</summary>
    /// <remarks>Computed once: anaphors chain to anaphors, and walking the chain on every read made long texts quadratic.</remarks>
    public Found Root => _root ?? this;

    private readonly Found? _root = antecedent?.Root;
}

/// <summary>
/// The state of one document's actor search: its tokens and sentences, the mentions found by the passes so far,
/// and which tokens they cover (a later pass never reads a token an earlier one claimed).
/// </summary>
internal sealed class ActorScan
{
    private readonly Found?[] _owner;
    private readonly bool[] _used;
    private readonly List<Found> _found = []; // in text order (by first token), so searches walk back only as far as they need

    private readonly WordFlags[] _anyReading;
    private readonly WordFlags[] _whole;

    public ActorScan(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, WordIndex index)
    {
        Text = text;
        Tokens = tokens;
        SentenceOf = new int[tokens.Count];
        var s = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (s + 1 < sentences.Count && sentences[s].Span.End <= tokens[i].Span.Start)
                s++;
            SentenceOf[i] = sentences.Count == 0 ? 0 : s;
        }
        _owner = new Found?[tokens.Count];
        _used = new bool[tokens.Count];
        (_anyReading, _whole) = index.Of(tokens);
    }

    /// <summary>Whether token <paramref name="i"/>, in some clitic reading, can start an entry of a lexicon.</summary>
    public bool Can(int i, WordFlags flag) => (_anyReading[i] & flag) != 0;

    /// <summary>Whether token <paramref name="i"/> as written (no clitics read off) can start an entry of a lexicon.</summary>
    public bool CanWhole(int i, WordFlags flag) => (_whole[i] & flag) != 0;

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public int[] SentenceOf { get; }

    public IReadOnlyList<Found> Found => _found;

    public bool IsClaimed(int i) => _owner[i] is not null;

    public Found? OwnerOf(int i) => i >= 0 && i < _owner.Length ? _owner[i] : null;

    /// <summary>A token already read as part of something else (a title before a name) is neither a mention nor free.</summary>
    public bool IsFree(int i) => _owner[i] is null && !_used[i];

    public void MarkUsed(int first, int last)
    {
        for (var i = first; i <= last; i++)
            _used[i] = true;
    }

    /// <summary>Adds a mention; with <paramref name="claim"/> its tokens become unavailable to later passes.</summary>
    public Found Add(ActorMention mention, int first, int last, Found? root = null, bool claim = true)
    {
        var found = new Found(mention, first, last, SentenceOf[first], root);
        _found.Insert(FirstAtOrAfter(first + 1), found);
        if (claim)
        {
            for (var i = first; i <= last; i++)
                _owner[i] ??= found;
        }
        return found;
    }

    /// <summary>
    /// The span of tokens first..last with <paramref name="prefix"/> read off the first token; a quote opened
    /// inside the span and closed right after it is included («حركة “أحرار الشام”»).
    /// </summary>
    public (Span Span, string Text) SpanOf(int first, int last, string prefix = "")
    {
        var quotes = 0;
        for (var i = first; i <= last; i++)
        {
            if (Tokens[i].Is(Punct.Quote))
                quotes++;
        }
        if (quotes % 2 == 1 && last + 1 < Tokens.Count && Tokens[last + 1].Is(Punct.Quote))
            last++;
        var span = new Span(TokenText.StemStart(Tokens[first], prefix), Tokens[last].Span.End);
        return (span, Text[span.Start..span.End]);
    }

    /// <summary>
    /// The latest mention ending before token <paramref name="i"/>, in sentence <paramref name="fromSentence"/> or
    /// later, that satisfies <paramref name="fits"/>.
    /// </summary>
    public Found? LatestBefore(int i, int fromSentence, Func<Found, bool> fits)
    {
        for (var k = FirstAtOrAfter(i) - 1; k >= 0 && _found[k].Sentence >= fromSentence; k--)
        {
            if (_found[k].Last < i && fits(_found[k]))
                return _found[k];
        }
        return null;
    }

    /// <summary>Position in the mention list of the first mention starting at token <paramref name="i"/> or later.</summary>
    private int FirstAtOrAfter(int i)
    {
        var lo = 0;
        var hi = _found.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_found[mid].First < i)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the next token after <paramref name="i"/> that is not a quote or «#», or Tokens.Count.</summary>
    public int NextReadable(int i)
    {
        var j = i + 1;
        while (j < Tokens.Count && TokenText.IsSkippable(Tokens[j]))
            j++;
        return j;
    }

    /// <summary>Index of the previous token before <paramref name="i"/> that is not a quote or «#», or -1.</summary>
    public int PreviousReadable(int i)
    {
        var j = i - 1;
        while (j >= 0 && TokenText.IsSkippable(Tokens[j]))
            j--;
        return j;
    }
}
