using Athar.Text;

namespace Athar.Time;

/// <summary>A number written in words that starts at a token (from the numbers layer) and the index after its last token.</summary>
internal readonly record struct WordNumber(NumberMention Mention, int Next);

/// <summary>
/// The tokens of a document seen by the date grammar: lexicon look-ups at a token, digit groups, number
/// words from the numbers layer, punctuation. Index checks live here so the grammar reads as grammar.
/// </summary>
internal sealed class DateTokens
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly Dictionary<int, WordNumber> _numbers;

    public DateTokens(IReadOnlyList<Token> tokens, IReadOnlyList<NumberMention> numbers, TimeLexicon lexicon)
    {
        _tokens = tokens;
        Lexicon = lexicon;
        _numbers = [];
        var next = 0;
        foreach (var n in numbers)
        {
            while (next < tokens.Count && tokens[next].Span.Start < n.Span.Start)
                next++;
            if (next >= tokens.Count || tokens[next].Span.Start != n.Span.Start || tokens[next].Kind == TokenKind.Number)
                continue;
            var last = next;
            while (last + 1 < tokens.Count && tokens[last + 1].Span.End <= n.Span.End)
                last++;
            _numbers[next] = new WordNumber(n, last + 1);
        }
    }

    public TimeLexicon Lexicon { get; }

    public int Count => _tokens.Count;

    public Token this[int i] => _tokens[i];

    /// <summary>True when no token at <paramref name="i"/> could begin a date written in words.</summary>
    public bool CannotStartWords(int i)
    {
        if (IsDetachedArticle(i))
            return false;
        foreach (var r in _tokens[i].Readings)
        {
            if (Lexicon.StartWords.Contains(r.Stem))
                return false;
        }
        return !_numbers.ContainsKey(i);
    }

    public bool IsWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].IsWord;

    public bool IsPunct(int i, string chars) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Punct && chars.Contains(_tokens[i].Text, StringComparison.Ordinal);

    public bool IsComma(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Is(Punct.Comma);

    /// <summary>True for punctuation at i, or i outside the text (a sentence edge).</summary>
    public bool IsEdge(int i) => i < 0 || i >= _tokens.Count || _tokens[i].Kind == TokenKind.Punct;

    /// <summary>Tokens i and i+1 touch (no space between): «16/03/2025».</summary>
    public bool Touch(int i) => i + 1 < _tokens.Count && _tokens[i].Span.End == _tokens[i + 1].Span.Start;

    /// <summary>The value of a plain digit token of <paramref name="minDigits"/>..<paramref name="maxDigits"/> digits (either script).</summary>
    public int? Digits(int i, int minDigits, int maxDigits)
    {
        if (i < 0 || i >= _tokens.Count || _tokens[i].Kind != TokenKind.Number)
            return null;
        var form = _tokens[i].Form;
        if (form.Length < minDigits || form.Length > maxDigits)
            return null;
        var value = 0;
        foreach (var c in form)
        {
            if (c is < '0' or > '9')
                return null;
            value = (value * 10) + (c - '0');
        }
        return value;
    }

    public WordNumber? Number(int i) => _numbers.TryGetValue(i, out var n) ? n : null;

    /// <summary>The separate article «الـ» written before a number: «الـ 3 من», «الـ24 ساعة».</summary>
    public bool IsDetachedArticle(int i) => IsWord(i) && Clitics.Detached(_tokens[i].Form) == Proclitic.Article;

    public WordMatch<T>? Match<T>(PhraseTable<T> table, int i) => i >= 0 && i < _tokens.Count ? table.Match(_tokens, i) : null;

    /// <summary>The marker at i when it has <paramref name="role"/>.</summary>
    public WordMatch<MarkerRole>? Marker(int i, MarkerRole role) =>
        Match(Lexicon.Markers, i) is { } m && (m.Value & role) != 0 ? m : null;

    /// <summary>The span from token <paramref name="first"/> to the token before <paramref name="next"/>, without a leading proclitic (وأمس → أمس).</summary>
    public Span SpanOf(int first, int next)
    {
        var start = _tokens[first].Span.Start;
        if (_tokens[first].IsWord && !Lexicon.FirstWords.Contains(_tokens[first].Form))
        {
            foreach (var r in _tokens[first].Readings)
            {
                if (r.Prefix.Length > 0 && !r.HasArticle && Lexicon.FirstWords.Contains(r.Stem))
                {
                    start += PrefixChars(_tokens[first], r);
                    break;
                }
            }
        }
        return new Span(start, _tokens[next - 1].Span.End);
    }

    /// <summary>A time of day written before a day («فجر اليوم», «صباح اليوم التالي») and the index after it (i when there is none).</summary>
    public (TimeOfDay? TimeOfDay, int Next) LeadingTimeOfDay(int i) =>
        Match(Lexicon.TimesOfDay, i) is { } m ? (m.Value, m.Next) : (null, i);

    /// <summary>«العام» after «الأمين», «المدعي» … (markers.tsv, role general-noun) means «general», not «the year».</summary>
    public bool IsGeneralAdjective(int i) =>
        Match(Lexicon.Units, i) is { Value.AlsoGeneral: true } && Marker(i - 1, MarkerRole.GeneralNoun) is not null;

    /// <summary>Index after a marker with <paramref name="role"/> at i, or i when there is none.</summary>
    public int Skip(int i, MarkerRole role) => Marker(i, role)?.Next ?? i;

    /// <summary>Characters of the token's original text taken by the reading's proclitics (0 keeps the whole token).</summary>
    private static int PrefixChars(Token token, CliticReading reading) => Clitics.StemStart(token, reading.Prefix) - token.Span.Start;
}
