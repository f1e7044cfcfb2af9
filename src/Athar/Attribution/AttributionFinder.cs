using System.Collections.Frozen;
using Athar.Actors;
using Athar.Text;

namespace Athar.Attribution;

/// <summary>
/// Finds who reports what («بحسب مصادر محلية», «قال وزير الداخلية التركي سليمان صويلو إن») and the cues
/// that hedge, claim, allege or deny. The source phrase runs from the cue to the first clause boundary
/// («إن», «أن», «فإن», a comma, a date), at most <see cref="MaxSourceTokens"/> tokens. «وأضاف» without a
/// named speaker continues the previous source.
/// </summary>
public sealed class AttributionFinder(AttributionLexicon lexicon) : IAnnotator
{
    public const int MaxSourceTokens = 10;

    // Words that end a source phrase: complementisers and prepositions that start the reported content.
    private static readonly FrozenSet<string> Boundaries =
        FunctionWords.Default.Words("complementiser").Concat(FunctionWords.Default.Words("source-end")).ToFrozenSet();

    // Sentence openers that are not a subject: «كما لفت إلى أن» continues the previous speaker.
    private static FrozenSet<string> Particles => FunctionWords.Default.Words("continuer");

    public AttributionFinder()
        : this(AttributionLexicon.Default)
    {
    }

    public string Name => "attribution";

    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence), typeof(Time.DateMention), typeof(ActorMention)];

    public IReadOnlyList<Type> Produces => [typeof(AttributionMention), typeof(CertaintyCue)];

    public void Annotate(Document document)
    {
        var tokens = document.Require<Token>();
        var dates = document.Require<Time.DateMention>();
        var entities = document.Require<ActorMention>();
        var sources = new List<AttributionMention>();
        var cues = new List<CertaintyCue>();
        foreach (var sentence in document.Require<Sentence>())
        {
            var (a, b) = TokenRange.Of(tokens, sentence.Span);
            // only this sentence's dates and actors: looking through the whole article for each cue is quadratic
            var sentenceDates = Annotations.StartingWithin(dates, sentence.Span);
            var sentenceActors = Annotations.StartingWithin(entities, sentence.Span);
            var covered = -1;
            foreach (var m in lexicon.Sources.FindAll(tokens, a, b))
            {
                // «بحسب مصادر خاصة»: the anonymous source inside an «according to» phrase is the same source
                if (tokens[m.First].Span.Start < covered)
                    continue;
                if (Source(document, tokens, sentenceDates, sentenceActors, m, a, b, sources) is { } found)
                {
                    sources.Add(found);
                    covered = found.Span.End;
                }
            }
            foreach (var m in lexicon.Certainty.FindAll(tokens, a, b))
            {
                if (m.Value.OnlyBeforeImperfective && !(m.Last + 1 < b && LooksImperfective(tokens[m.Last + 1])))
                    continue;
                var span = m.SpanIn(tokens);
                cues.Add(new CertaintyCue(span, document.Slice(span), m.Value.Certainty));
            }
        }
        document.SetLayer(sources);
        document.SetLayer(cues);
    }

    private static AttributionMention? Source(Document document, IReadOnlyList<Token> tokens, IReadOnlyList<Time.DateMention> dates,
        IReadOnlyList<ActorMention> entities, PhraseMatch<AttributionKind> m, int sentenceStart, int sentenceEnd, List<AttributionMention> earlier)
    {
        var cueSpan = m.SpanIn(tokens);
        var cue = TextRef.Of(document, cueSpan);
        if (m.Value == AttributionKind.Anonymous)
        {
            // «مصادر خاصة لـ"الحل نت"»: keep the outlet the anonymous source spoke to
            // «مصادر خاصة لـ"الحل نت"», «ناشط من محافظة إدلب»: the outlet or the origin belongs to the source
            var next = m.Last + 1 < sentenceEnd ? tokens[m.Last + 1].Form : "";
            var last = next.StartsWith(Clitics.To) || FunctionWords.Default.Is(next, "from") ? PhraseEnd(tokens, dates, m.Last + 1, sentenceEnd) : m.Last;
            var span = new Span(cueSpan.Start, tokens[Math.Max(last, m.Last)].Span.End);
            return new AttributionMention(span, document.Slice(span), cue, m.Value);
        }
        var end = PhraseEnd(tokens, dates, m.Last + 1, sentenceEnd);
        end = EndOfNamedSource(tokens, entities, m.Last + 1, end);
        if (end > m.Last && !tokens[m.Last + 1].Form.StartsWith(Clitics.To))
        {
            var span = new Span(tokens[m.Last + 1].Span.Start, tokens[end].Span.End);
            return new AttributionMention(span, document.Slice(span), cue, m.Value);
        }
        if (m.Value != AttributionKind.Speech)
            return null;
        // SVO: «الصحفي، الذي عاش ...، أكّد لموقع» — the subject opens the sentence
        var subjectEnd = SubjectBefore(tokens, sentenceStart, m.First);
        if (subjectEnd >= sentenceStart)
        {
            var span = new Span(tokens[sentenceStart].Span.Start, tokens[subjectEnd].Span.End);
            return new AttributionMention(span, document.Slice(span), cue, m.Value);
        }
        // «وأضاف أن ...»: the previous speaker goes on
        if (earlier.Count > 0 && m.First - sentenceStart <= 1)
            return new AttributionMention(cueSpan, earlier[^1].Text, cue, m.Value, Inherited: true);
        return null;
    }

    /// <summary>Index of the last token of the phrase starting at <paramref name="start"/>, or start - 1 when empty.</summary>
    private static int PhraseEnd(IReadOnlyList<Token> tokens, IReadOnlyList<Time.DateMention> dates, int start, int limit)
    {
        var last = start - 1;
        for (var j = start; j < limit && j - start < MaxSourceTokens; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Punct)
            {
                if (t.Is(Punct.Quote | Punct.Hash))
                    continue;
                break;
            }
            if (Boundaries.Contains(t.Form) || Annotations.AnyContains(dates, t.Span))
                break;
            last = j;
        }
        // keep the closing quote of a quoted name («موقع “CNN TÜRK”»)
        if (last >= start && last + 1 < limit && tokens[last + 1].Is(Punct.Quote) && OpensQuote(tokens, start, last))
            last++;
        return last;
    }

    // «أعلنت وزارة الدفاع العراقية مقتل العقيد»: when the source is a known actor, the phrase ends with its name
    // (and a quoted name right after it: «وزير الداخلية التركي “سليمان صويلو”»).
    private static int EndOfNamedSource(IReadOnlyList<Token> tokens, IReadOnlyList<ActorMention> entities, int start, int end)
    {
        if (start > end)
            return end;
        var first = tokens[start].Span.Start;
        var named = entities.LastOrDefault(e => e.Span.Start <= first + 1 && e.Span.End > first && e.Span.End <= tokens[end].Span.End + 1)
            ?? entities.FirstOrDefault(e => e.Span.Start >= first && e.Span.Start <= tokens[Math.Min(end, start + 3)].Span.Start && e.Span.End <= tokens[end].Span.End + 1);
        if (named is null)
            return end;
        var last = TokenRange.LowerBound(tokens, named.Span.End) - 1;
        while (last + 1 <= end && (tokens[last + 1].Is(Punct.Quote) || entities.Any(e => e.Span.Start == tokens[last + 1].Span.Start)))
        {
            var next = entities.FirstOrDefault(e => e.Span.Start == tokens[last + 1].Span.Start);
            last = next is null ? last + 1 : TokenRange.LowerBound(tokens, next.Span.End) - 1;
        }
        return Math.Min(last, end);
    }

    private static int SubjectBefore(IReadOnlyList<Token> tokens, int sentenceStart, int verb)
    {
        if (verb - sentenceStart < 1 || (verb - sentenceStart == 1 && Particles.Contains(tokens[sentenceStart].Form)))
            return -1;
        var end = sentenceStart;
        while (end < verb && tokens[end].Kind != TokenKind.Punct)
            end++;
        return end > sentenceStart ? end - 1 : -1;
    }

    // Arabic texts open quotes with ” as often as with “, so only the count can tell a quote is still open.
    private static bool OpensQuote(IReadOnlyList<Token> tokens, int from, int to)
    {
        var quotes = 0;
        for (var i = from; i <= to; i++)
        {
            if (tokens[i].Is(Punct.Quote))
                quotes++;
        }
        return quotes % 2 == 1;
    }


    // Present-tense verbs start with أ ن ي ت; «قد» before them hedges («قد يحتوي»), before a past verb it does not.
    private static bool LooksImperfective(Token t) => t.IsWord && t.Form.Length >= 3 && t.Form[0] is 'ي' or 'ت' or 'ن';
}
