using System.Text;

namespace Athar.Text;

/// <summary>
/// Finds «#» followed by letters, digits, marks or «_». Also reads the «#word#» style some sites use
/// (the closing «#» is not part of the tag). A «#» inside a word or URL (page#anchor) is not a hashtag.
/// </summary>
public sealed class HashtagFinder : IAnnotator
{
    public string Name => "hashtags";

    public IReadOnlyList<Type> Requires => [];

    public IReadOnlyList<Type> Produces => [typeof(Hashtag)];

    public void Annotate(Document document) => document.SetLayer(Find(document.Text));

    public static List<Hashtag> Find(string text)
    {
        var tags = new List<Hashtag>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('#' or '＃') || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                continue;
            var end = i + 1;
            while (end < text.Length && IsTagChar(text[end]))
                end++;
            while (end > i + 1 && text[end - 1] == '_')
                end--;
            if (!HasLetter(text, i + 1, end))
                continue;
            var raw = text[i..end];
            tags.Add(new Hashtag(new Span(i, end), raw, PhraseOf(raw)));
            i = end - 1;
        }
        return tags;
    }

    /// <summary>«#دير_الزور» → «دير الزور»: underscores become spaces, runs collapse.</summary>
    public static string PhraseOf(string tag)
    {
        var sb = new StringBuilder(tag.Length);
        foreach (var c in tag.AsSpan(1))
        {
            if (c == '_')
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                    sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString().Trim();
    }

    private static bool IsTagChar(char c) =>
        c == '_' || char.IsLetterOrDigit(c) || ArabicCharacters.IsArabicMark(c) || c == '\u200C' || c == '\u200D';

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetter(text[i]))
                return true;
        }
        return false;
    }
}
