using Athar.Text;

namespace Athar.Places;

/// <summary>Token tests the place grammar needs: quotes, hashes, commas, and word readings without a stripped article.</summary>
internal static class PlaceTokens
{
    public static bool IsQuote(Token t) => t.Kind == TokenKind.Punct && t.Text is "\"" or "“" or "”" or "«" or "»" or "„" or "‟" or "'" or "‘" or "’" or "‹" or "›";

    public static bool IsHash(Token t) => t.Kind == TokenKind.Punct && t.Text == "#";

    public static bool IsComma(Token t) => t.Kind == TokenKind.Punct && t.Text is "," or "،";

    /// <summary>Hyphens and apostrophes inside a Latin name («Deir ez-Zor», «Ras al-'Ayn»).</summary>
    public static bool IsNameJoiner(Token t) => t.Kind == TokenKind.Punct && t.Text is "-" or "‐" or "‑" or "'" or "’" or "‘" or "`";

    /// <summary>
    /// Readings a lexicon lookup may use: the word itself and proclitic splits that keep the stem whole.
    /// A reading whose prefix ends in the article («الناحية» = ال + ناحية) is left out: an article changes the word.
    /// </summary>
    public static IEnumerable<CliticReading> Readings(Token t)
    {
        if (!t.IsWord)
            yield break;
        foreach (var r in t.Readings)
        {
            if (!r.Prefix.EndsWith("ال", StringComparison.Ordinal))
                yield return r;
        }
    }

    /// <summary>The first reading whose stem is in the set, or null.</summary>
    public static CliticReading? Find(Token t, IReadOnlySet<string> words)
    {
        foreach (var r in Readings(t))
        {
            if (words.Contains(r.Stem))
                return r;
        }
        return null;
    }

    public static CliticReading? Find<TValue>(Token t, IReadOnlyDictionary<string, TValue> words, out TValue? value)
    {
        foreach (var r in Readings(t))
        {
            if (words.TryGetValue(r.Stem, out value))
                return r;
        }
        value = default;
        return null;
    }

    /// <summary>
    /// Where a reading's stem starts in the original text: proclitic letters are counted in the original,
    /// skipping diacritics and tatweel that the matching form drops («وَإدلب» → «إدلب»).
    /// </summary>
    public static int StemStart(Token t, CliticReading reading)
    {
        var letters = reading.Prefix.Length;
        if (letters == 0)
            return t.Span.Start;
        var i = 0;
        while (i < t.Text.Length && letters > 0)
        {
            if (!ArabicCharacters.IsArabicMark(t.Text[i]))
                letters--;
            i++;
        }
        while (i < t.Text.Length && ArabicCharacters.IsArabicMark(t.Text[i]))
            i++;
        return t.Span.Start + Math.Min(i, t.Text.Length - 1);
    }
}
