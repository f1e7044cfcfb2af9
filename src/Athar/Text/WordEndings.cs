namespace Athar.Text;

/// <summary>Word endings the grammar tests, in matching form (where «ة» is folded to «ه»).</summary>
public static class WordEndings
{
    // The endings themselves are grammar: a suffix, not a word to list in a data file.
    private const string FeminineNisbaEnding = "يه", MasculinePluralEnding = "ون";

    /// <summary>«الكردية», «حدودية»: a feminine nisba adjective.</summary>
    public static bool IsFeminineNisba(string form) => form.EndsWith(FeminineNisbaEnding, StringComparison.Ordinal);

    /// <summary>«الكردي», «الكردية»: a nisba adjective, masculine or feminine.</summary>
    public static bool IsNisba(string form) => form.EndsWith('ي') || IsFeminineNisba(form);

    /// <summary>«مسلحون», «مجهولون»: a sound masculine plural in the nominative.</summary>
    public static bool IsMasculinePlural(string form) => form.EndsWith(MasculinePluralEnding, StringComparison.Ordinal);
}
