using System.Text;
using Lucene.Net.Analysis.Ar;

namespace Athar.Text;

/// <summary>
/// The matching form of a piece of text: what lookups compare, never what is shown or stored as evidence.
/// Gap table (<see cref="ArabicCharacters"/>) first, then Lucene's <see cref="ArabicNormalizer"/>, then Latin lower case.
/// Both foldings work character by character, so their composition is precomputed once into a table of all
/// UTF-16 code units (Lucene stays the source of truth); only presentation forms take the slow path.
/// </summary>
public static class MatchingForm
{
    private const char Dropped = '￿';

    private static readonly ArabicNormalizer Lucene = new();

    private static readonly char[] Table = BuildTable();

    public static string Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return string.Empty;
        if (IsUnchanged(text))
            return text.ToString();
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            var f = Table[c];
            if (f == Dropped)
            {
                if (ArabicCharacters.IsPresentationForm(c))
                    return Slow(text);
                continue;
            }
            buffer[n++] = f;
        }
        return new string(buffer[..n]);
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }
            var folded = Slow([c]);
            table[i] = folded.Length == 1 ? folded[0] : Dropped; // dropped, or a ligature that needs the slow path
        }
        return table;
    }

    // The definition: gap table, presentation forms by NFKC, Lucene's normalizer, Latin lower case.
    private static string Slow(ReadOnlySpan<char> text)
    {
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

    public static string Of(string text) => IsUnchanged(text) ? text : Of(text.AsSpan());

    private static bool IsUnchanged(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Table[c] != c)
                return false;
        }
        return true;
    }

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
