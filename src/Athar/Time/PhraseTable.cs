using System.Collections.Frozen;
using Athar.Text;

namespace Athar.Time;

/// <summary>A phrase found at a token: its value and the index after its last token.</summary>
internal readonly record struct PhraseMatch<T>(T Value, int Next);

/// <summary>
/// Phrases of one or more words, keyed by matching form, mapped to values; finds the longest phrase
/// starting at a token. The first word may carry proclitics (وأمس، بأيام، للعام), never a split-off article.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, T> _phrases;

    private PhraseTable(FrozenDictionary<string, T> phrases)
    {
        _phrases = phrases;
        MaxWords = phrases.Count == 0 ? 0 : phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);
        FirstWords = phrases.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet();
    }

    public int MaxWords { get; }

    /// <summary>Matching forms of the first word of every phrase (a cheap test before any lookup).</summary>
    public FrozenSet<string> FirstWords { get; }

    public IEnumerable<KeyValuePair<string, T>> Entries => _phrases;

    /// <summary>Loads an embedded lexicon; <paramref name="merge"/> combines rows with the same phrase (otherwise a duplicate is an error).</summary>
    public static PhraseTable<T> Load(string file, Func<string[], T> parse, Func<T, T, T>? merge = null)
    {
        var map = new Dictionary<string, T>();
        foreach (var row in EmbeddedLexicon.Rows(file))
        {
            var key = MatchingForm.OfPhrase(row[0]);
            var value = parse(row);
            if (map.TryGetValue(key, out var old))
            {
                map[key] = merge is not null ? merge(old, value)
                    : throw new InvalidDataException($"{file}: '{row[0]}' is listed twice");
            }
            else
            {
                map[key] = value;
            }
        }
        return new PhraseTable<T>(map.ToFrozenDictionary());
    }

    public PhraseMatch<T>? Match(IReadOnlyList<Token> tokens, int i)
    {
        if (i >= tokens.Count || !tokens[i].IsWord)
            return null;
        PhraseMatch<T>? best = null;
        var bestWords = 0;
        foreach (var reading in tokens[i].Readings)
        {
            if (reading.Prefix.EndsWith("ال", StringComparison.Ordinal) || !FirstWords.Contains(reading.Stem))
                continue;
            var words = Longest(tokens, i, reading.Stem, out var value);
            if (words > bestWords)
            {
                bestWords = words;
                best = new PhraseMatch<T>(value!, i + words);
            }
        }
        return best;
    }

    private int Longest(IReadOnlyList<Token> tokens, int i, string first, out T? value)
    {
        value = default;
        var found = 0;
        var key = first;
        for (var n = 1; n <= MaxWords && i + n <= tokens.Count; n++)
        {
            if (n > 1)
            {
                if (!tokens[i + n - 1].IsWord)
                    break;
                key = key + " " + tokens[i + n - 1].Form;
            }
            if (_phrases.TryGetValue(key, out var v))
            {
                found = n;
                value = v;
            }
        }
        return found;
    }
}
