using System.Text;
using Lucene.Net.Analysis.Ar;

namespace Athar.Text;

/// <summary>
/// The matching form of a piece of text: what lookups compare, never what is shown or stored as evidence.
/// Gap table (<see cref="ArabicCharacters"/>) first, then Lucene's <see cref="ArabicNormalizer"/>, then Latin lower case.
/// </summary>
public static class MatchingForm
{
    private static readonly ArabicNormalizer Lucene = new();

    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return string.Empty;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (ArabicCharacters.IsDropped(c))
                continue;
            if (ArabicCharacters.Fold.TryGetValue(c, out var folded))
                sb.Append(folded);
            else if (ArabicCharacters.IsPresentationForm(c))
                AppendFolded(sb, ArabicCharacters.FoldPresentationForm(c));
            else
                sb.Append(char.ToLowerInvariant(c));
        }
        var buffer = new char[sb.Length];
        sb.CopyTo(0, buffer, sb.Length);
        var length = Lucene.Normalize(buffer, buffer.Length);
        return new string(buffer, 0, length);
    }

    public static string Of(string text) => Of(text.AsSpan());

    /// <summary>Matching form of each whitespace-separated word, joined by single spaces (for multi-word lexicon entries).</summary>
    public static string OfPhrase(string phrase) =>
        string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => Of(w)).Where(w => w.Length > 0));

    // A presentation form may itself fold to letters that need the gap table (rare); apply it once more.
    private static void AppendFolded(StringBuilder sb, string letters)
    {
        foreach (var c in letters)
            sb.Append(ArabicCharacters.Fold.TryGetValue(c, out var f) ? f : c);
    }
}
