using Athar.Text;
using static Athar.Places.PlaceTokens;

namespace Athar.Places;

/// <summary>
/// Marks gazetteer names that are part of an actor's, publisher's or person's name, not a location:
/// «قوات سوريا الديمقراطية», «حركة أحرار الشام», «“مركز توثيق الانتهاكات في شمال سوريا”», «الحل نت», «أبو المثنى».
/// It runs before the Actors stage, so it reads only the words around the name (org-words.tsv).
/// </summary>
internal sealed class OrgNameFilter(PlaceLexicon lexicon)
{
    public void Apply(IReadOnlyList<Token> tokens, List<PlacePhrase> phrases, IReadOnlyList<Sentence> sentences)
    {
        var openQuote = OpenQuotes(tokens, sentences);
        foreach (var p in phrases)
        {
            if (p.Name is not null)
                p.Suppressed |= AfterPerson(tokens, p) || AfterOrgHead(tokens, p) || BeforeTail(tokens, p) || InQuotedOrgName(tokens, p, openQuote);
        }
    }

    private bool AfterPerson(IReadOnlyList<Token> tokens, PlacePhrase p) =>
        p.First > 0 && Kind(tokens[p.First - 1]) == OrgWordKind.Person;

    /// <summary>«قوات سوريا …», «مجلس منبج العسكري», «شبكة “دير الزور الآن”», «حركة أحرار الشام».</summary>
    private bool AfterOrgHead(IReadOnlyList<Token> tokens, PlacePhrase p)
    {
        if (p.First != p.NameFirst)
            return false; // a cue or direction stands between: «قوات النظام في ريف إدلب»
        var b = p.First - 1;
        while (b >= 0 && tokens[b].Is(Punct.Quote | Punct.Hash))
            b--;
        if (b < 0)
            return false;
        if (Kind(tokens[b]) == OrgWordKind.Org)
            return true;
        // one indefinite word between the head and the place: «حركة أحرار الشام», not «قوات النظام حلب»
        var word = tokens[b];
        return b > 0 && word.IsWord && !Clitics.HasArticle(word.Form)
               && Find(word, lexicon.Linkers) is null && Kind(tokens[b - 1]) == OrgWordKind.Org;
    }

    private bool BeforeTail(IReadOnlyList<Token> tokens, PlacePhrase p) =>
        p.Last + 1 < tokens.Count && Kind(tokens[p.Last + 1]) == OrgWordKind.Tail;

    /// <summary>How many tokens a quoted organisation name may run before and after the place in it.</summary>
    private const int QuotedNameReach = 6;

    /// <summary>
    /// Inside short quotes that open with an organisation word: the place is part of the quoted name
    /// («“مركز توثيق الانتهاكات في شمال سوريا”»). A long quotation that happens to open with «قوات» is speech.
    /// </summary>
    private bool InQuotedOrgName(IReadOnlyList<Token> tokens, PlacePhrase p, int[] openQuote)
    {
        var open = openQuote[p.First];
        return open >= 0 && open + 1 < p.First && p.First - open <= QuotedNameReach && ClosesSoon(tokens, p.Last)
            && Kind(tokens[open + 1]) is OrgWordKind.Org or OrgWordKind.Quoted;
    }

    private static bool ClosesSoon(IReadOnlyList<Token> tokens, int last)
    {
        for (var k = last + 1; k < tokens.Count && k <= last + QuotedNameReach; k++)
        {
            if (tokens[k].Is(Punct.DoubleQuote))
                return true;
            if (tokens[k].Is(Punct.Period | Punct.Comma))
                return false;
        }
        return false;
    }

    /// <summary>For each token, the opening quote it stands inside (quotes pair up within a sentence), or -1; one pass.</summary>
    private static int[] OpenQuotes(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var open = new int[tokens.Count];
        var current = -1;
        var sentence = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var start = tokens[k].Span.Start;
            while (sentence < sentences.Count && sentences[sentence].Span.End <= start)
            {
                sentence++;
                current = -1; // a new sentence closes any quote left open
            }
            open[k] = current;
            if (tokens[k].Is(Punct.DoubleQuote))
                current = current < 0 ? k : -1;
        }
        return open;
    }

    private OrgWordKind? Kind(Token t) => t.IsWord && Find(t, lexicon.OrgWords, out var kind) is not null ? kind : null;

}
