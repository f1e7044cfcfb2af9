using Athar.Text;

namespace Athar.Places;

/// <summary>Token tests the place grammar needs: quotes, hashes, commas, and word readings without a stripped article.</summary>
internal static class PlaceTokens
{
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
            if (!r.HasArticle)
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

    /// <summary>Where a reading's stem starts in the original text (see <see cref="Clitics.StemStart"/>).</summary>
    public static int StemStart(Token t, CliticReading reading) => Clitics.StemStart(t, reading.Prefix);
}
