using System.Collections.Frozen;
using Athar.Actors;
using Athar.Attribution;
using Athar.Places;
using Athar.Text;
using Athar.Time;

namespace Athar.Events;

/// <summary>
/// The layers of one document grouped by sentence, with each sentence cut into clauses, so the event and
/// claim readers look up "the dates in this clause" without scanning the article.
/// </summary>
public sealed class ArticleView
{
    // A comma followed by one of these opens a new clause («، كذلك سيطرت», «، في حين فرّ»).
    private static FunctionWords Grammar => FunctionWords.Default;

    private static FrozenSet<string> ClauseOpeners => FunctionWords.Default.Words("clause-opener");

    // «جرى اعتقاله في العراق ولكنه فرّ من السجن», «…، بالتزامن مع قصف …»: a contrast or a simultaneous
    // incident opens a new clause even without a comma.
    private static FrozenSet<string> Contrast => FunctionWords.Default.Words("contrast");

    /// <summary>The layers a view indexes: the stages that read through it require them.</summary>
    public static IReadOnlyList<Type> Reads { get; } =
        [typeof(Token), typeof(Sentence), typeof(DateMention), typeof(PlaceMention), typeof(ActorMention), typeof(AttributionMention), typeof(CertaintyCue), typeof(NumberMention)];

    /// <summary>
    /// The view of a document, built once and shared by the stages that read it (events, claims); the document
    /// drops it when a layer it indexes is set again, so the next call builds it afresh.
    /// </summary>
    public static ArticleView Of(Document document) => document.Derived(d => new ArticleView(d));

    private readonly IReadOnlyList<DateMention> _allDates;

    public ArticleView(Document document)
    {
        Document = document;
        _allDates = document.Layer<DateMention>();
        Tokens = document.Layer<Token>();
        Sentences = document.Layer<Sentence>();
        Dates = BySentence(document.Layer<DateMention>());
        Places = BySentence(document.Layer<PlaceMention>());
        Actors = BySentence(document.Layer<ActorMention>());
        Attributions = BySentence(document.Layer<AttributionMention>());
        CertaintyCues = BySentence(document.Layer<CertaintyCue>());
        Numbers = BySentence(document.Layer<NumberMention>());
        Ranges = Sentences.Select(s => TokenRange.Of(Tokens, s.Span)).ToArray();
        Clauses = Ranges.Select(r => SplitClauses(r.First, r.End)).ToArray();
    }

    public Document Document { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<DateMention>[] Dates { get; }

    public IReadOnlyList<PlaceMention>[] Places { get; }

    public IReadOnlyList<ActorMention>[] Actors { get; }

    public IReadOnlyList<AttributionMention>[] Attributions { get; }

    public IReadOnlyList<CertaintyCue>[] CertaintyCues { get; }

    public IReadOnlyList<NumberMention>[] Numbers { get; }

    /// <summary>Token range [First, End) of each sentence.</summary>
    public (int First, int End)[] Ranges { get; }

    /// <summary>Token ranges of each sentence's clauses.</summary>
    public IReadOnlyList<(int First, int End)>[] Clauses { get; }

    public Span SpanOf(int firstToken, int lastToken) => new(Tokens[firstToken].Span.Start, Tokens[lastToken].Span.End);

    /// <summary>Index of the sentence containing (or, between sentences, following) a character offset.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Sentences[mid].Span.End <= offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return Math.Max(0, lo);
    }

    /// <summary>A headline or question line («من هو أبو خديجة؟»): not a report of its own.</summary>
    public bool IsQuestion(int sentence)
    {
        var (first, end) = Ranges[sentence];
        return end > first && Tokens[end - 1].Is(Punct.Question);
    }

    /// <summary>The token distance between a token and a span (0 when inside).</summary>
    public int Distance(int token, Span span)
    {
        var t = Tokens[token].Span;
        if (span.Overlaps(t))
            return 0;
        var other = span.Start >= t.End ? TokenRange.LowerBound(Tokens, span.Start) : TokenRange.LowerBound(Tokens, span.End) - 1;
        return Math.Abs(other - token);
    }

    /// <summary>The number of word and number tokens between a token and a span (punctuation and «#» do not count).</summary>
    public int WordDistance(int token, Span span)
    {
        var t = Tokens[token].Span;
        if (span.Overlaps(t))
            return 0;
        int from, to;
        if (span.Start >= t.End)
        {
            from = token + 1;
            to = TokenRange.LowerBound(Tokens, span.Start);
        }
        else
        {
            from = TokenRange.LowerBound(Tokens, span.End);
            to = token;
        }
        var n = 1;
        for (var i = from; i < to; i++)
        {
            if (Tokens[i].Kind != TokenKind.Punct)
                n++;
        }
        return n;
    }

    // «...، وذلك بعد أن استهدف ...»: a comma and «وذلك» before a time word open a clause about another incident
    // «…، بعد يوم من عملية أسفرت عن مقتل …», «…، وذلك في أعقاب مقتل …»: likewise without «وذلك», unless the time
    // word starts a date («…، بعد ظهر الأحد»)
    private bool TemporalAside(int i, int end)
    {
        if (!Tokens[i].Is(Punct.Comma) || i + 1 >= end)
            return false;
        var j = Tokens[i + 1].Readings.Any(r => r.Is(Proclitic.And) && Grammar.Is(r.Stem, "that")) ? i + 2 : i + 1;
        if (j < end && Grammar.Is(Tokens[j], "in"))
            j++;
        return j < end && TimeWords.Contains(Tokens[j].Form) && Annotations.StartingAt(_allDates, Tokens[j].Span.Start) is null;
    }

    private static FrozenSet<string> TimeWords => FunctionWords.Default.Words("aside");

    // «…، بعد يومين من قصف مماثل طال أريحا», «بعد ساعات من انفجار سيارة مفخخة»: a time counted from another incident
    // opens a clause about that incident
    private bool TimeFromIncident(int i, int end)
    {
        if (!TimeWords.Contains(Tokens[i].Form))
            return false;
        for (var j = i + 1; j < Math.Min(end - 1, i + 4); j++)
        {
            if (Grammar.Is(Tokens[j], "from"))
                return EventLexicon.Default.Triggers.LongestAt(Tokens, j + 1, end) is not null;
        }
        return false;
    }

    // «…، وشمل القصف حلب»: a comma, «و» and, within two words, a strong trigger open a clause that reports on its own
    // («…، وذلك بهجوم نفذته» elaborates: «ذلك» refers back, «ب» gives the means)
    private bool StrongTriggerAfter(int i, int end)
    {
        // only a coordinated clause («، وشمل القصف»): «، استهدف سيارة» after «قصف إسرائيلي» describes that shelling
        if (i >= end || Tokens[i].Readings.Any(r => Grammar.Is(r.Stem, "that")) || !Tokens[i].Readings.Any(r => (r.Proclitics & (Proclitic.And | Proclitic.Then)) != 0))
            return false;
        for (var j = i; j < Math.Min(end, i + 2); j++)
        {
            if (EventLexicon.Default.Triggers.LongestAt(Tokens, j, end) is { Value.Strong: true } hit && !hit.Proclitics.HasFlag(Proclitic.With))
                return true;
        }
        return false;
    }

    private List<(int First, int End)> SplitClauses(int first, int end)
    {
        var clauses = new List<(int First, int End)>();
        var start = first;
        for (var i = first; i < end; i++)
        {
            var t = Tokens[i];
            var boundary = t.Is(Punct.Semicolon) || (i > start && Contrast.Contains(t.Form)) || TemporalAside(i, end) || (i > start && TimeFromIncident(i, end)) ||
                (t.Is(Punct.Comma) && i + 1 < end && ClauseOpeners.Contains(Tokens[i + 1].Form) && !(Grammar.Is(Tokens[i + 1], "in") && (i + 2 >= end || !Grammar.Is(Tokens[i + 2], "while"))))
                || (t.Is(Punct.Comma) && i > start && StrongTriggerAfter(i + 1, end));
            if (boundary && i > start)
            {
                clauses.Add((start, i));
                start = t.Kind == TokenKind.Punct ? i + 1 : i;
            }
        }
        if (end > start)
            clauses.Add((start, end));
        return clauses;
    }

    private IReadOnlyList<T>[] BySentence<T>(IReadOnlyList<T> items) where T : IAnnotation
    {
        var result = new List<T>[Sentences.Count];
        for (var s = 0; s < result.Length; s++)
            result[s] = [];
        var si = 0;
        foreach (var item in items)
        {
            while (si < Sentences.Count && Sentences[si].Span.End <= item.Span.Start)
                si++;
            if (si < Sentences.Count && Sentences[si].Span.Overlaps(item.Span))
                result[si].Add(item);
        }
        return result;
    }
}
