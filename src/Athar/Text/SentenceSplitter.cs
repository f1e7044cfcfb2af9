using System.Collections.Frozen;

namespace Athar.Text;

/// <summary>
/// Sentences end at . ؟ ? ! ؛ ; … and at line breaks (headlines, paragraphs). A full stop does not end a
/// sentence between digits (2.5, 27.10.2019), after a one-letter abbreviation (د. م. U.S.), after a known
/// abbreviation, or before a Latin letter (7al.net). Closing quotes and brackets stay with their sentence.
/// </summary>
public sealed class SentenceSplitter : IAnnotator
{
    private static FrozenSet<string> Abbreviations => FunctionWords.Default.Words("abbreviation");

    /// <summary>
    /// A "sentence" longer than this (a page without punctuation, hostile input) is cut at the next space: later
    /// stages compare words within a sentence, and an unbounded sentence would make them quadratic.
    /// </summary>
    public const int MaxSentenceChars = 2000;

    public string Name => "sentences";

    public IReadOnlyList<Type> Requires => [];

    public IReadOnlyList<Type> Produces => [typeof(Sentence)];

    public void Annotate(Document document) => document.SetLayer(Split(document.Text));

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2029')
            {
                Add(sentences, text, start, i);
                start = i + 1;
            }
            else if (IsTerminator(text, i))
            {
                var end = i + 1;
                while (end < text.Length && (IsTerminatorChar(text[end]) || IsCloser(text[end])))
                    end++;
                Add(sentences, text, start, end);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsTerminatorChar(char c) => Punctuation.Is(c, Punct.Terminator);

    private static bool IsCloser(char c) => Punctuation.Is(c, Punct.ClosingQuote | Punct.ClosingBracket);

    private static bool IsTerminator(string text, int i)
    {
        var c = text[i];
        if (!IsTerminatorChar(c))
            return false;
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        if (c == '.')
        {
            var prev = i > 0 ? text[i - 1] : ' ';
            if (ArabicCharacters.IsDigit(prev) && ArabicCharacters.IsDigit(next))
                return false;
            if (char.IsLetter(next) && !ArabicCharacters.IsArabicLetter(next))
                return false; // 7al.net, U.S.A
            if (IsAbbreviation(text, i))
                return false;
        }
        if (IsTerminatorChar(next) && c == '.')
            return false; // let an ellipsis "..." end as a whole
        return true;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var j = dot;
        while (j > 0 && (char.IsLetter(text[j - 1]) || text[j - 1] == '\u0640'))
            j--;
        if (j == dot)
            return false;
        var word = text[j..dot];
        var before = j > 0 ? text[j - 1] : ' ';
        // Single letters between dots (U.S., م.ع.) and listed abbreviations at a word start
        return (word.Length == 1 && (before is ' ' or '.' or '(' or '\n' || j == 0)) || (Abbreviations.Contains(MatchingForm.Of(word)) && !char.IsLetterOrDigit(before));
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        while (end - start > MaxSentenceChars)
        {
            var cut = text.IndexOf(' ', start + MaxSentenceChars, end - start - MaxSentenceChars);
            if (cut < 0)
                cut = start + MaxSentenceChars + (char.IsLowSurrogate(text[start + MaxSentenceChars]) ? 1 : 0);
            Add(sentences, text, start, cut);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
                start++;
        }
        if (end > start)
            sentences.Add(new Sentence(new Span(start, end), sentences.Count));
    }
}
