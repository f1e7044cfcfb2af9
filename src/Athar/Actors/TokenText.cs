using Athar.Text;

namespace Athar.Actors;

/// <summary>Small facts about tokens that the actor finders share.</summary>
internal static class TokenText
{
    /// <summary>Punctuation that may sit inside a name without breaking it: quotes and the hashtag sign.</summary>
    public static bool IsSkippable(Token token) => token.Kind == TokenKind.Punct && IsQuote(token.Text);

    public static bool IsQuote(string text) => text is "“" or "”" or "\"" or "«" or "»" or "'" or "‘" or "’" or "#" or "„" or "‹" or "›";

    public static bool IsOpeningQuote(string text) => text is "“" or "\"" or "«" or "'" or "‘" or "„" or "‹";

    public static bool IsComma(Token token) => token.Kind == TokenKind.Punct && token.Text is "،" or ",";

    /// <summary>
    /// True when the word (after <paramref name="prefix"/>) carries the article «ال». Tested on the original
    /// letters: the matching form folds «أ» to «ا», so «ألقت» would look like «الـ» + «قت».
    /// </summary>
    public static bool IsDefinite(Token token, string prefix = "")
    {
        var form = prefix.Length > 0 && token.Form.StartsWith(prefix, StringComparison.Ordinal) ? token.Form[prefix.Length..] : token.Form;
        if (form.Length <= 3 || !form.StartsWith("ال", StringComparison.Ordinal))
            return prefix.EndsWith('ل') && form.StartsWith('ل') && form.Length > 3; // «للتنظيم»: ل + (ا)لتنظيم
        var start = StemStart(token, prefix) - token.Span.Start;
        foreach (var c in token.Text.AsSpan(start))
        {
            if (ArabicCharacters.IsArabicLetter(c))
                return c is 'ا' or 'ٱ';
        }
        return false;
    }

    /// <summary>
    /// Where the stem of a token starts in the text once <paramref name="prefix"/> (proclitics, in matching form)
    /// is read off: «بداعش» → after «ب». When the reading is not a plain split (لل → ل + ال) the whole token is kept.
    /// </summary>
    public static int StemStart(Token token, string prefix)
    {
        if (prefix.Length == 0 || token.Form.Length <= prefix.Length || !token.Form.StartsWith(prefix, StringComparison.Ordinal))
            return token.Span.Start;
        if (prefix.EndsWith('ل') && token.Form[prefix.Length] == 'ل')
            return token.Span.Start; // «للجيش» = ل + (ا)لجيش: the article is inside the token, keep it whole
        var text = token.Text;
        for (var k = 1; k < text.Length; k++)
        {
            if (MatchingForm.Of(text.AsSpan(0, k)).Length < prefix.Length)
                continue;
            // marks and tatweel written on the last proclitic letter stay with it («لـ», «وَ»)
            while (k < text.Length && MatchingForm.Of(text.AsSpan(k, 1)).Length == 0)
                k++;
            return token.Span.Start + k;
        }
        return token.Span.Start;
    }

    /// <summary>
    /// A nisba adjective with the article («الكردية», «المحلية», «الإسلامي»): after «الحركة» or «السلطات» it makes a
    /// different noun phrase. Other definite words may be an object in verb–subject–object order («تبنى التنظيم الهجوم»).
    /// </summary>
    public static bool IsNisbaAdjective(Token token) =>
        token.IsWord && IsDefinite(token) && (token.Form.EndsWith('ي') || token.Form.EndsWith("يه", StringComparison.Ordinal));

}
