using Athar.Text;

namespace Athar.Places;

/// <summary>
/// The lookup key of a place name: the matching forms of its words, split where the tokenizer splits text
/// (spaces, hyphens, apostrophes), so «Deir ez-Zor» is deir + ez + zor and «دير الزور» is دير + الزور.
/// </summary>
public static class NameKey
{
    public static string[] Of(string name)
    {
        var words = new List<string>(3);
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inWord = i < name.Length && IsWordChar(name[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                var form = MatchingForm.Of(name.AsSpan(start, i - start));
                if (form.Length > 0)
                    words.Add(form);
                start = -1;
            }
        }
        return [.. words];
    }

    /// <summary>Characters inside a word; everything else separates words, as in <see cref="Tokenizer"/>.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || ArabicCharacters.IsArabicMark(c);
}
