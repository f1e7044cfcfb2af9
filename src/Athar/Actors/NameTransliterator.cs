using System.Collections.Frozen;
using System.Text;
using Athar.Text;

namespace Athar.Actors;

/// <summary>
/// A display spelling for Arabic names outside the catalogue: known words from a table (name-words.tsv, given
/// names), two-word compounds first («عبد الله» → Abdullah), then letter by letter with a few vowel rules
/// (و and ي between consonants are long vowels, «ال» is «al-»). Meant for reading, not for scholarship.
/// </summary>
internal sealed class NameTransliterator
{
    private static readonly FrozenDictionary<char, string> Consonants = new Dictionary<char, string>
    {
        ['ب'] = "b",
        ['ت'] = "t",
        ['ث'] = "th",
        ['ج'] = "j",
        ['ح'] = "h",
        ['خ'] = "kh",
        ['د'] = "d",
        ['ذ'] = "dh",
        ['ر'] = "r",
        ['ز'] = "z",
        ['س'] = "s",
        ['ش'] = "sh",
        ['ص'] = "s",
        ['ض'] = "d",
        ['ط'] = "t",
        ['ظ'] = "z",
        ['غ'] = "gh",
        ['ف'] = "f",
        ['ق'] = "q",
        ['ك'] = "k",
        ['ل'] = "l",
        ['م'] = "m",
        ['ن'] = "n",
        ['ه'] = "h",
        ['ء'] = "'",
        ['ؤ'] = "'",
        ['ئ'] = "'",
        ['گ'] = "g",
        ['چ'] = "ch",
        ['پ'] = "p",
        ['ڤ'] = "v",
        ['ژ'] = "zh",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, string> _words;

    private NameTransliterator(FrozenDictionary<string, string> words) => _words = words;

    public static NameTransliterator Default { get; } = Load();

    /// <summary>True for a name word in the table (a given name, a kunya word, a known family name or epithet).</summary>
    public bool Knows(string form) => _words.ContainsKey(form);

    public string Transliterate(string arabic)
    {
        var words = Tokenizer.Tokenize(arabic).Where(t => t.IsWord).ToList();
        var parts = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (i + 1 < words.Count && _words.TryGetValue(words[i].Form + " " + words[i + 1].Form, out var pair))
            {
                parts.Add(pair);
                i++;
            }
            else if (_words.TryGetValue(words[i].Form, out var known))
            {
                parts.Add(known);
            }
            else
            {
                parts.Add(ByLetters(words[i].Text));
            }
        }
        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    private static NameTransliterator Load()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Lexicons.Rows("name-words.tsv"))
            words.TryAdd(MatchingForm.OfPhrase(row[0]), Lexicons.Column(row, 1));
        foreach (var row in Lexicons.Rows("given-names.tsv"))
            words.TryAdd(MatchingForm.Of(row[0].Trim()), Lexicons.Column(row, 1));
        return new NameTransliterator(words.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Letter-by-letter spelling of one word in Arabic script; Latin words are kept.</summary>
    internal static string ByLetters(string word)
    {
        var letters = new string(word.Where(c => ArabicCharacters.IsArabicLetter(c) && c != '\u0640').ToArray());
        if (letters.Length == 0)
            return word;
        if (letters.Length > 3 && Clitics.HasArticle(letters))
            return "al-" + Capitalize(Core(letters[Clitics.Article.Length..]));
        return Capitalize(Core(letters));
    }

    private static string Core(string letters)
    {
        var sb = new StringBuilder(letters.Length + 4);
        var prevVowel = false;
        var consonantRun = 0;
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            var nextIsConsonant = next != '\0' && !IsVowelLetter(next);
            string piece;
            bool vowel;
            switch (c)
            {
                case 'ا' or 'أ' or 'آ' or 'ى':
                    (piece, vowel) = ("a", true);
                    break;
                case 'إ':
                    (piece, vowel) = ("i", true);
                    break;
                case 'ة':
                    (piece, vowel) = ("a", true);
                    break;
                case 'ع' when i == 0:
                    (piece, vowel) = ("a", true);
                    break;
                case 'ع':
                    (piece, vowel) = ("'", false);
                    break;
                case 'و' when i > 0 && !prevVowel && (nextIsConsonant || next == '\0' || next == 'ي'):
                    (piece, vowel) = ("u", true);
                    break;
                case 'ي' when i > 0 && !prevVowel && (nextIsConsonant || next == '\0'):
                    (piece, vowel) = ("i", true);
                    break;
                case 'و':
                    (piece, vowel) = ("w", false);
                    break;
                case 'ي':
                    (piece, vowel) = ("y", false);
                    break;
                default:
                    (piece, vowel) = (Consonants.TryGetValue(c, out var latin) ? latin : "", false);
                    break;
            }
            // a short vowel after the first consonant of a word is rarely written: «بكر» → Bakr, «خلف» → Khalf
            if (!vowel && consonantRun == 1 && i == 1)
                sb.Append('a');
            sb.Append(piece);
            consonantRun = vowel ? 0 : consonantRun + 1;
            prevVowel = vowel;
        }
        return sb.ToString();
    }

    private static bool IsVowelLetter(char c) => c is 'ا' or 'أ' or 'إ' or 'آ' or 'ى' or 'ة' or 'و' or 'ي';

    private static string Capitalize(string s) =>
        s.Length == 0 ? s : s[0] == '\'' && s.Length > 1 ? char.ToUpperInvariant(s[1]) + s[2..] : char.ToUpperInvariant(s[0]) + s[1..];
}
