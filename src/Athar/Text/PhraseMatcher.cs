using System.Collections.Frozen;

namespace Athar.Text;

/// <summary>A lexicon phrase found in the token stream.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token (inclusive).</param>
/// <param name="Prefix">Proclitics split off the first token («و», «ب», «وال»), empty when none.</param>
/// <param name="Enclitic">The pronoun split off a one-word match («هم» in «مقتلهم»), empty when none.</param>
public readonly record struct PhraseMatch<T>(int First, int Last, T Value, string Prefix, string Enclitic = "")
{
    public Span SpanIn(IReadOnlyList<Token> tokens) => new(tokens[First].Span.Start, tokens[Last].Span.End);

    public int Length => Last - First + 1;

    /// <summary>The first word was read without its article («الغارة» matching «غارة»).</summary>
    public bool HasArticle => Prefix.EndsWith(Clitics.Article, StringComparison.Ordinal);

    /// <summary>The proclitics read off the first word.</summary>
    public Proclitic Proclitics => Clitics.Parse(Prefix);
}

/// <summary>
/// Finds multi-word lexicon phrases in tokens by matching form. The first word may carry proclitics
/// (والتحالف الدولي, بريف إدلب); later words must match whole, and quotation marks between words are skipped
/// («حركة “أحرار الشام”»). Lookups are dictionary hits on the first word, so cost does not grow with the lexicon.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly FrozenDictionary<string, Entry[]> _byFirstWord;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases, bool allowArticleStripping = false, bool allowEnclitics = false)
    {
        AllowArticleStripping = allowArticleStripping;
        AllowEnclitics = allowEnclitics;
        var map = new Dictionary<string, List<Entry>>();
        foreach (var (phrase, value) in phrases)
        {
            var words = MatchingForm.OfPhrase(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
                continue;
            if (!map.TryGetValue(words[0], out var list))
                map[words[0]] = list = [];
            list.Add(new Entry(words, value));
        }
        _byFirstWord = map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Words.Length).ToArray());
    }

    /// <summary>When true a first word read without its article also matches («بالرقة» → «رقة» entries). Off by default.</summary>
    public bool AllowArticleStripping { get; }

    /// <summary>When true a one-word entry also matches with an enclitic pronoun (اعتقاله, مقتلهم).</summary>
    public bool AllowEnclitics { get; }

    public int Count => _byFirstWord.Values.Sum(v => v.Length);

    /// <summary>Longest non-overlapping matches, left to right.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens, int from = 0, int to = -1)
    {
        var end = to < 0 ? tokens.Count : to;
        var found = new List<PhraseMatch<T>>();
        var i = from;
        while (i < end)
        {
            if (LongestAt(tokens, i, end) is { } m)
            {
                found.Add(m);
                i = m.Last + 1;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/>, or null.</summary>
    public PhraseMatch<T>? LongestAt(IReadOnlyList<Token> tokens, int i, int end = -1)
    {
        var limit = end < 0 ? tokens.Count : end;
        if (i >= limit || i >= tokens.Count)
            return null;
        var token = tokens[i];
        if (token.Kind == TokenKind.Punct)
            return null;
        PhraseMatch<T>? best = null;
        foreach (var reading in token.Readings)
        {
            if (!AllowArticleStripping && reading.HasArticle)
                continue;
            if (_byFirstWord.TryGetValue(reading.Stem, out var entries))
            {
                foreach (var entry in entries)
                {
                    if (best is { } b && b.Length >= entry.Words.Length)
                        break;
                    if (MatchRest(tokens, i, limit, entry.Words) is { } last)
                        best = new PhraseMatch<T>(i, last, entry.Value, reading.Prefix);
                }
            }
            if (best is null && AllowEnclitics && Clitics.WithoutEnclitic(reading.Stem) is { } bare
                && _byFirstWord.TryGetValue(bare, out var single) && single[^1].Words.Length == 1)
            {
                best = new PhraseMatch<T>(i, i, single[^1].Value, reading.Prefix, reading.Stem[bare.Length..]);
            }
        }
        return best;
    }

    private static int? MatchRest(IReadOnlyList<Token> tokens, int first, int limit, string[] words)
    {
        var j = first;
        for (var w = 1; w < words.Length; w++)
        {
            j++;
            while (j < limit && tokens[j].Is(Punct.Quote))
                j++;
            if (j >= limit || tokens[j].Form != words[w])
                return null;
        }
        return j;
    }

    private sealed record Entry(string[] Words, T Value);
}
