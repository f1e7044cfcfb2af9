using System.Collections.Frozen;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Places;

/// <summary>
/// The other spelling of a compound name (compound-heads.tsv): news writes «كفرزيتا» for «كفر زيتا» and
/// «كفر نبل» for «كفرنبل», so the gazetteer indexes a name whose first word is a head both joined and apart.
/// </summary>
internal static class CompoundNames
{
    /// <summary>Letters that must follow a head inside one word before it is read as a compound («تلال» is no «تل ال»).</summary>
    private const int MinRestLength = 3;

    private static readonly FrozenSet<string> Heads =
        Lexicon.Rows("Places/compound-heads.tsv").Select(r => MatchingForm.Of(r[0])).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The joined or split spelling of a name given as matching-form words, or null when it has none.</summary>
    public static string[]? OtherSpelling(string[] words)
    {
        if (words.Length >= 2 && Heads.Contains(words[0]) && !Clitics.HasArticle(words[1]))
            return [words[0] + words[1], .. words[2..]];
        if (words.Length == 1)
        {
            foreach (var head in Heads)
            {
                if (words[0].Length - head.Length >= MinRestLength && words[0].StartsWith(head, StringComparison.Ordinal))
                    return [head, words[0][head.Length..]];
            }
        }
        return null;
    }
}
