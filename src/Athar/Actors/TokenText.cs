using Athar.Text;

namespace Athar.Actors;

/// <summary>Small facts about tokens that the actor finders share.</summary>
internal static class TokenText
{
    /// <summary>Punctuation that may sit inside a name without breaking it: quotes and the hashtag sign.</summary>
    public static bool IsSkippable(Token token) => token.Is(Punct.Quote | Punct.Hash);

    /// <summary>
    /// True when the word (after <paramref name="prefix"/>) carries the article «ال». Tested on the original
    /// letters: the matching form folds «أ» to «ا», so «ألقت» would look like «الـ» + «قت».
    /// </summary>
    public static bool IsDefinite(Token token, string prefix = "")
    {
        var form = prefix.Length > 0 && token.Form.StartsWith(prefix, StringComparison.Ordinal) ? token.Form[prefix.Length..] : token.Form;
        if (form.Length <= 3 || !Clitics.HasArticle(form))
            return prefix.EndsWith(Clitics.To) && form.StartsWith(Clitics.To) && form.Length > 3; // «للتنظيم»: ل + (ا)لتنظيم
        var start = StemStart(token, prefix) - token.Span.Start;
        foreach (var c in token.Text.AsSpan(start))
        {
            if (ArabicCharacters.IsArabicLetter(c))
                return c is 'ا' or 'ٱ';
        }
        return false;
    }

    /// <summary>Where the stem starts once <paramref name="prefix"/> is read off (see <see cref="Clitics.StemStart"/>).</summary>
    public static int StemStart(Token token, string prefix) => Clitics.StemStart(token, prefix);

    /// <summary>
    /// A nisba adjective with the article («الكردية», «المحلية», «الإسلامي»): after «الحركة» or «السلطات» it makes a
    /// different noun phrase. Other definite words may be an object in verb–subject–object order («تبنى التنظيم الهجوم»).
    /// </summary>
    public static bool IsNisbaAdjective(Token token) =>
        token.IsWord && IsDefinite(token) && WordEndings.IsNisba(token.Form);

}
