using System.Collections.Frozen;
using Athar.Text.Lexicons;

namespace Athar.Text;

/// <summary>
/// The one table of function words by class (Text/function-words.tsv): complementisers, clause openers, contrast
/// words, locatives, prepositions the grammar names … Every stage reads its classes here instead of keeping a list.
/// </summary>
public sealed class FunctionWords
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _words;
    private readonly FrozenDictionary<string, PhraseMatcher<bool>> _phrases;
    private readonly FrozenDictionary<string, string[]> _ordered;

    /// <summary>A table from rows of (word or phrase, class); tests build small ones.</summary>
    public FunctionWords(IEnumerable<LexiconRow> rows)
    {
        var all = rows.ToList();
        _words = all.Where(r => !r.Key.Contains(' ', StringComparison.Ordinal)).GroupBy(r => r[1], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => MatchingForm.Of(r.Key)).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _ordered = all.GroupBy(r => r[1], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => MatchingForm.OfPhrase(r.Key)).ToArray(), StringComparer.Ordinal);
        _phrases = all.GroupBy(r => r[1], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => new PhraseMatcher<bool>(g.Select(r => (r.Key, true))), StringComparer.Ordinal);
    }

    public static FunctionWords Default { get; } = new(Lexicon.Rows("Text/function-words.tsv", 1));

    /// <summary>The one-word members of a class, in matching form. An unknown class is an error, not an empty set.</summary>
    public FrozenSet<string> Words(string wordClass) =>
        _words.TryGetValue(wordClass, out var set) ? set : throw new KeyNotFoundException($"function-words.tsv has no one-word class '{wordClass}'");

    /// <summary>All members of a class, words and phrases, as a phrase matcher.</summary>
    public PhraseMatcher<bool> Phrases(string wordClass) =>
        _phrases.TryGetValue(wordClass, out var m) ? m : throw new KeyNotFoundException($"function-words.tsv has no class '{wordClass}'");

    /// <summary>The members of a class in the order the table lists them (the first is the class's base form).</summary>
    public IReadOnlyList<string> Ordered(string wordClass) =>
        _ordered.TryGetValue(wordClass, out var list) ? list : throw new KeyNotFoundException($"function-words.tsv has no class '{wordClass}'");

    /// <summary>True when the word (matching form) is a member of the class.</summary>
    public bool Is(string form, string wordClass) => Words(wordClass).Contains(form);

    /// <summary>True when the token is a word of the class.</summary>
    public bool Is(Token token, string wordClass) => token.IsWord && Is(token.Form, wordClass);
}
