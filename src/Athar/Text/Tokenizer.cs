using System.Globalization;

namespace Athar.Text;

/// <summary>
/// Splits text into word, number and punctuation tokens with exact offsets. «_» separates words (hashtags),
/// a switch between Arabic letters and digits separates tokens (الـ24 → الـ + 24), Latin letters and
/// digits stay together (R9X, UH60).
/// </summary>
public sealed class Tokenizer : IAnnotator
{
    public string Name => "tokens";

    public IReadOnlyList<Type> Requires => [];

    public IReadOnlyList<Type> Produces => [typeof(Token)];

    public void Annotate(Document document) => document.SetLayer(Tokenize(document.Text));

    /// <summary>Matching forms of a phrase's tokens: how lexicon phrases line up with text tokens.</summary>
    public static string[] FormsOf(string phrase) => [.. Tokenize(phrase).Select(t => t.Form)];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '_' || IsInvisible(c))
            {
                i++;
                continue;
            }
            var start = i;
            TokenKind kind;
            if (ArabicCharacters.IsDigit(c))
            {
                i = ScanNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (IsWordChar(c))
            {
                i = ScanWord(text, i);
                kind = TokenKind.Word;
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                kind = TokenKind.Punct;
            }
            var span = new Span(start, i);
            var raw = text.Substring(start, i - start);
            tokens.Add(new Token(span, raw, MatchingForm.Of(raw), kind, tokens.Count));
        }
        return tokens;
    }

    private static int ScanWord(string text, int i)
    {
        var arabic = ArabicCharacters.IsArabicLetter(text[i]);
        while (i < text.Length)
        {
            var c = text[i];
            if (ArabicCharacters.IsDigit(c) && arabic)
                break;
            if (ArabicCharacters.IsArabicLetter(c))
                arabic = true;
            if (!(IsWordChar(c) || ArabicCharacters.IsDigit(c) || ArabicCharacters.IsArabicMark(c) || IsInvisible(c)))
                break;
            i++;
        }
        return i;
    }

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if (ArabicCharacters.IsDigit(text[i]))
            {
                i++;
                continue;
            }
            // A separator belongs to the number only between two digits: 1,500 / 2.5 / ١٬٥٠٠ / ٢٫٥
            if (IsNumberSeparator(text[i]) && i + 1 < text.Length && ArabicCharacters.IsDigit(text[i + 1]) && i > 0 && ArabicCharacters.IsDigit(text[i - 1]))
            {
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    private static bool IsNumberSeparator(char c) => c is ',' or '.' or '\u066B' or '\u066C';

    private static bool IsWordChar(char c) =>
        ArabicCharacters.IsArabicLetter(c) || (char.IsLetter(c) && !ArabicCharacters.IsDigit(c)) ||
        (c == '\u0640') || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    // Zero-width joiners and direction marks glue to neighbours or vanish; they never make a token alone.
    private static bool IsInvisible(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF'
        or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
