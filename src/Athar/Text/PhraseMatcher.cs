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

/// <summary>How a <see cref="PhraseMatcher{T}"/> reads the text around a phrase's words.</summary>
public sealed record PhraseOptions
{
    public static PhraseOptions Default { get; } = new();

    /// <summary>The first word may also be read without its article («بالرقة» → «رقة» entries). Off by default: an article changes the word.</summary>
    public bool ArticleStripping { get; init; }

    /// <summary>A one-word entry also matches with an enclitic pronoun (اعتقاله, مقتلهم).</summary>
    public bool Enclitics { get; init; }

    /// <summary>Marks skipped between a phrase's words («حركة “أحرار الشام”»): quotes unless told otherwise.</summary>
    public Punct Skip { get; init; } = Punct.Quote;
}

/// <summary>
/// The one phrase matcher: finds multi-word lexicon phrases in tokens by matching form. Phrases are cut into
/// words by the <see cref="Tokenizer"/> that cuts documents, so «CNN TÜRK», «دير الزور 24» and «د.» line up
/// with text tokens. The first word may carry proclitics (والتحالف الدولي, بريف إدلب); later words must match
/// whole, with the marks of <see cref="PhraseOptions.Skip"/> skipped between them. A phrase listed twice keeps
/// its first value. Lookups are dictionary hits on the first word: cost does not grow with the lexicon.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly FrozenDictionary<string, Entry[]> _byFirstWord;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases, PhraseOptions? options = null)
        : this(phrases.Select(p => ((IReadOnlyList<string>)Tokenizer.FormsOf(p.Phrase), p.Value)), options)
    {
    }

    /// <summary>From phrases already cut into matching forms (variants built in code, gazetteer names).</summary>
    public PhraseMatcher(IEnumerable<(IReadOnlyList<string> Forms, T Value)> phrases, PhraseOptions? options = null)
    {
        Options = options ?? PhraseOptions.Default;
        var map = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (forms, value) in phrases)
        {
            if (forms.Count == 0 || !seen.Add(string.Join(' ', forms)))
                continue;
            if (!map.TryGetValue(forms[0], out var list))
                map[forms[0]] = list = [];
            list.Add(new Entry([.. forms], value));
        }
        _byFirstWord = map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
    }

    public PhraseOptions Options { get; }

    public int Count => _byFirstWord.Values.Sum(v => v.Length);

    /// <summary>The forms a phrase can start with.</summary>
    public IEnumerable<string> FirstForms => _byFirstWord.Keys;

    /// <summary>The phrases whose first word is <paramref name="form"/>, longest first, with their values.</summary>
    public IEnumerable<(IReadOnlyList<string> Words, T Value)> StartingWith(string form) =>
        _byFirstWord.TryGetValue(form, out var entries) ? entries.Select(e => ((IReadOnlyList<string>)e.Words, e.Value)) : [];

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

    /// <summary>
    /// The longest phrase starting at token <paramref name="i"/>, or null. Without <paramref name="proclitics"/> the
    /// first word must match whole; <paramref name="accept"/> can turn down a phrase so a shorter one is tried.
    /// </summary>
    public PhraseMatch<T>? LongestAt(IReadOnlyList<Token> tokens, int i, int end = -1, bool proclitics = true, Func<T, bool>? accept = null)
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
            if (reading.Prefix.Length > 0 && (!proclitics || (!Options.ArticleStripping && reading.HasArticle)))
                continue;
            if (_byFirstWord.TryGetValue(reading.Stem, out var entries))
            {
                foreach (var entry in entries)
                {
                    if (best is { } b && b.Length >= entry.Words.Length)
                        break;
                    if ((accept is null || accept(entry.Value)) && MatchRest(tokens, i, limit, entry.Words) is { } last)
                    {
                        best = new PhraseMatch<T>(i, last, entry.Value, reading.Prefix);
                        break;
                    }
                }
            }
            if (best is null && Options.Enclitics && Clitics.WithoutEnclitic(reading.Stem) is { } bare
                && _byFirstWord.TryGetValue(bare, out var single) && single[^1].Words.Length == 1 && (accept is null || accept(single[^1].Value)))
            {
                best = new PhraseMatch<T>(i, i, single[^1].Value, reading.Prefix, reading.Stem[bare.Length..]);
            }
        }
        return best;
    }

    private int? MatchRest(IReadOnlyList<Token> tokens, int first, int limit, string[] words)
    {
        var j = first;
        for (var w = 1; w < words.Length; w++)
        {
            j++;
            while (j < limit && tokens[j].Is(Options.Skip))
                j++;
            if (j >= limit || tokens[j].Form != words[w])
                return null;
        }
        return j;
    }

    private sealed record Entry(string[] Words, T Value);
}
