using System.Collections.Frozen;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Time;

/// <summary>A lexicon phrase found at a token: its value and the index after its last token.</summary>
internal readonly record struct WordMatch<T>(T Value, int Next);

/// <summary>
/// One Time lexicon file: phrases (matching form) mapped to values, matched longest-first at a token by
/// <see cref="PhraseMatcher{T}"/> (the first word may carry proclitics: وأمس، بأيام، للعام; never a split-off article).
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, T> _phrases;
    private readonly PhraseMatcher<T> _matcher;

    private PhraseTable(FrozenDictionary<string, T> phrases)
    {
        _phrases = phrases;
        _matcher = new PhraseMatcher<T>(phrases.Select(kv => (kv.Key, kv.Value)));
        FirstWords = phrases.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet();
    }

    /// <summary>Matching forms of the first word of every phrase (a cheap test before any lookup).</summary>
    public FrozenSet<string> FirstWords { get; }

    public IEnumerable<KeyValuePair<string, T>> Entries => _phrases;

    /// <summary>Loads an embedded lexicon; <paramref name="merge"/> combines the rows of one phrase (one row per role), otherwise a phrase is listed once.</summary>
    public static PhraseTable<T> Load(string file, Func<LexiconRow, T> parse, Func<T, T, T>? merge = null)
    {
        var map = new Dictionary<string, T>();
        foreach (var row in Lexicon.Rows(file, merge is null ? [] : [1]))
        {
            var key = MatchingForm.OfPhrase(row[0]);
            var value = parse(row);
            map[key] = map.TryGetValue(key, out var old) && merge is not null ? merge(old, value) : value;
        }
        return new PhraseTable<T>(map.ToFrozenDictionary());
    }

    public WordMatch<T>? Match(IReadOnlyList<Token> tokens, int i) =>
        i < tokens.Count && _matcher.LongestAt(tokens, i) is { } m ? new WordMatch<T>(m.Value, m.Last + 1) : null;
}
