using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Athar.Text;

/// <summary>
/// The character foldings Lucene's <c>ArabicNormalizer</c> does not do, written out so a reviewer can check
/// each code point. Lucene covers: أ إ آ → ا, ى → ي, ة → ه, tatweel, and the harakat U+064B–U+0652.
/// </summary>
public static class ArabicCharacters
{
    /// <summary>Single-character foldings (code point → replacement).</summary>
    public static readonly FrozenDictionary<char, char> Fold = new Dictionary<char, char>
    {
        ['\u0671'] = '\u0627', // ٱ alef wasla → ا
        ['\u0672'] = '\u0627', // ٲ alef with wavy hamza above → ا
        ['\u0673'] = '\u0627', // ٳ alef with wavy hamza below → ا
        ['\u0675'] = '\u0627', // ٵ high hamza alef → ا
        ['\u06CC'] = '\u064A', // ی Farsi yeh → ي
        ['\u06D2'] = '\u064A', // ے yeh barree → ي
        ['\u06A9'] = '\u0643', // ک keheh → ك
        ['\u06AA'] = '\u0643', // ڪ swash kaf → ك
        ['\u06AF'] = '\u0643', // گ gaf (Kurdish/Persian names: مرگدة) → ك
        ['\u06A4'] = '\u0641', // ڤ veh → ف
        ['\u067E'] = '\u0628', // پ peh → ب
        ['\u0686'] = '\u062C', // چ tcheh → ج
        ['\u0698'] = '\u0632', // ژ jeh → ز
        ['\u06C0'] = '\u0647', // ۀ heh with yeh above → ه
        ['\u06C1'] = '\u0647', // ہ heh goal → ه
        ['\u06D5'] = '\u0647', // ە ae (Kurdish) → ه
        // Arabic-Indic digits U+0660–U+0669
        ['\u0660'] = '0',
        ['\u0661'] = '1',
        ['\u0662'] = '2',
        ['\u0663'] = '3',
        ['\u0664'] = '4',
        ['\u0665'] = '5',
        ['\u0666'] = '6',
        ['\u0667'] = '7',
        ['\u0668'] = '8',
        ['\u0669'] = '9',
        // Extended (Persian/Urdu) digits U+06F0–U+06F9
        ['\u06F0'] = '0',
        ['\u06F1'] = '1',
        ['\u06F2'] = '2',
        ['\u06F3'] = '3',
        ['\u06F4'] = '4',
        ['\u06F5'] = '5',
        ['\u06F6'] = '6',
        ['\u06F7'] = '7',
        ['\u06F8'] = '8',
        ['\u06F9'] = '9',
        ['\u066B'] = '.', // ٫ Arabic decimal separator
        ['\u066C'] = ',', // ٬ Arabic thousands separator
    }.ToFrozenDictionary();

    /// <summary>Characters dropped from the matching form: marks Lucene does not remove, and invisible format controls.</summary>
    public static bool IsDropped(char c) => c switch
    {
        >= '\u0610' and <= '\u061A' => true, // honorific and Quranic signs above letters
        '\u061C' => true,                    // Arabic letter mark
        >= '\u0653' and <= '\u065F' => true, // maddah/hamza above/below (combining), other marks
        '\u0670' => true,                    // superscript alef
        >= '\u06D6' and <= '\u06ED' => true, // Quranic annotation marks
        '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' => true, // zero-width space/joiners, LRM, RLM
        >= '\u202A' and <= '\u202E' => true, // bidi embeddings and overrides
        >= '\u2066' and <= '\u2069' => true, // bidi isolates
        '\uFEFF' => true,                    // byte order mark / zero-width no-break space
        _ => false,
    };

    /// <summary>Arabic presentation forms A (U+FB50–U+FDFF) and B (U+FE70–U+FEFF): folded to base letters by NFKC.</summary>
    public static bool IsPresentationForm(char c) => c is (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFE');

    /// <summary>The base letters of a presentation-form character (a ligature may give two: ﻻ → لا).</summary>
    public static string FoldPresentationForm(char c) => c.ToString().Normalize(NormalizationForm.FormKC);

    /// <summary>True for letters of the Arabic script (not digits, not punctuation).</summary>
    public static bool IsArabicLetter(char c) =>
        c is (>= '\u0620' and <= '\u064A') or (>= '\u066E' and <= '\u06D3') or '\u06D5' or (>= '\u06FA' and <= '\u06FF')
        or (>= '\u0750' and <= '\u077F') || IsPresentationForm(c) && char.IsLetter(c);

    /// <summary>Arabic combining marks and tatweel: part of a word, invisible to matching.</summary>
    public static bool IsArabicMark(char c) =>
        c == '\u0640' || IsDropped(c) || (c >= '\u064B' && c <= '\u0652') ||
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>A decimal digit in any script Athar reads (ASCII, Arabic-Indic, Extended Arabic-Indic).</summary>
    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '\u0660' and <= '\u0669') or (>= '\u06F0' and <= '\u06F9');

    /// <summary>The value of a digit in any of those scripts, or -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };
}
