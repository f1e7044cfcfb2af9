namespace Athar.Text;

/// <summary>Word endings the grammar tests, in matching form (where «ة» is folded to «ه»).</summary>
public static class WordEndings
{
    // The endings themselves are grammar: a suffix, not a word to list in a data file.
    private const string FeminineNisbaEnding = "يه", MasculinePluralEnding = "ون";

    // A past verb's subject endings after its «he did» form: she, they, the two (m., f.).
    private static readonly string[] PastSubjectEndings = ["ت", "وا", "ا", "تا"];

    /// <summary>«الكردية», «حدودية»: a feminine nisba adjective.</summary>
    public static bool IsFeminineNisba(string form) => form.EndsWith(FeminineNisbaEnding, StringComparison.Ordinal);

    /// <summary>«الكردي», «الكردية»: a nisba adjective, masculine or feminine.</summary>
    public static bool IsNisba(string form) => form.EndsWith('ي') || IsFeminineNisba(form);

    /// <summary>
    /// «استهدف» → «استهدفت», «استهدفوا», «استهدفا», «استهدفتا»: the other persons of a sound past verb (one that does
    /// not end in a weak letter: «ألقى» is listed by hand).
    /// </summary>
    public static IEnumerable<string> PastVerbForms(string verb) =>
        verb.Length == 0 || verb[^1] is 'ى' or 'ا' or 'ي' or 'و' ? [] : PastSubjectEndings.Select(e => verb + e);

    /// <summary>«مسلحون», «مجهولون»: a sound masculine plural in the nominative.</summary>
    public static bool IsMasculinePlural(string form) => form.EndsWith(MasculinePluralEnding, StringComparison.Ordinal);
}
