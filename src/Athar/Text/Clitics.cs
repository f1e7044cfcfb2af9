namespace Athar.Text;

/// <summary>One way to read a word: the proclitics split off and the remaining stem (both in matching form).</summary>
public readonly record struct CliticReading(string Prefix, string Stem)
{
    public override string ToString() => Prefix.Length == 0 ? Stem : $"{Prefix}+{Stem}";
}

/// <summary>
/// Proclitic candidates of an Arabic word: conjunction (و ف), then preposition (ب ل ك), then article (ال),
/// with «لل» read as ل + ال. Candidates are alternatives for lookups, never a rewrite of the text:
/// «كفر» may be كفر or ك + فر, and only a lexicon can tell.
/// </summary>
public static class Clitics
{
    /// <summary>Shortest stem left after splitting: two letters leave too many false readings.</summary>
    public const int MinStemLength = 3;

    private static readonly char[] Conjunctions = ['و', 'ف'];
    private static readonly char[] Prepositions = ['ب', 'ل', 'ك'];

    /// <summary>All readings of a word in matching form, the unsplit word first. Each stem with an article also appears without it.</summary>
    public static IReadOnlyList<CliticReading> Readings(string form)
    {
        var readings = new List<CliticReading>(4) { new(string.Empty, form) };
        if (form.Length <= MinStemLength || !ArabicCharacters.IsArabicLetter(form[0]))
            return readings;

        AddArticleless(readings, string.Empty, form);
        var afterConj = Array.IndexOf(Conjunctions, form[0]) >= 0 ? 1 : 0;
        if (afterConj == 1)
            AddStem(readings, form[..1], form[1..]);
        for (var start = 0; start <= afterConj; start++)
        {
            if (start >= form.Length || Array.IndexOf(Prepositions, form[start]) < 0)
                continue;
            var prefix = form[..(start + 1)];
            var rest = form[(start + 1)..];
            if (form[start] == 'ل' && rest.StartsWith('ل'))
                AddStem(readings, prefix, "ا" + rest); // للتنظيم = ل + التنظيم (the article's alef is dropped after ل)
            AddStem(readings, prefix, rest);
        }
        return readings;
    }

    /// <summary>
    /// Where the stem starts in the original text once <paramref name="prefix"/> (proclitics in matching form,
    /// possibly with the article) is read off: «بإدلب» → after «ب», «وَإدلب» → after «وَ» (marks and tatweel on
    /// the last proclitic letter stay with it). When the reading is not a plain split of the letters («للرقة» =
    /// ل + (ا)لرقة, the article's alef elided) the whole token is kept as evidence.
    /// </summary>
    public static int StemStart(Token token, string prefix)
    {
        if (prefix.Length == 0 || token.Form.Length <= prefix.Length || !token.Form.StartsWith(prefix, StringComparison.Ordinal))
            return token.Span.Start;
        if (prefix.EndsWith('ل') && token.Form[prefix.Length] == 'ل')
            return token.Span.Start;
        var text = token.Text;
        for (var k = 1; k < text.Length; k++)
        {
            if (MatchingForm.Of(text.AsSpan(0, k)).Length < prefix.Length)
                continue;
            while (k < text.Length && MatchingForm.Of(text.AsSpan(k, 1)).Length == 0)
                k++;
            return token.Span.Start + k;
        }
        return token.Span.Start;
    }

    private static readonly string[] Enclitics = ["هما", "هم", "هن", "ها", "ه"];

    /// <summary>
    /// The stem without an enclitic object/possessive pronoun (اعتقاله → اعتقال, مقتلهم → مقتل), or null.
    /// Only for lexicon lookups of single words: ة is folded to ه, so «غارة» also yields «غار».
    /// </summary>
    public static string? WithoutEnclitic(string stem)
    {
        foreach (var e in Enclitics)
        {
            if (stem.Length - e.Length >= MinStemLength && stem.EndsWith(e, StringComparison.Ordinal))
                return stem[..^e.Length];
        }
        return null;
    }

    private static void AddStem(List<CliticReading> readings, string prefix, string stem)
    {
        if (stem.Length < MinStemLength)
            return;
        readings.Add(new CliticReading(prefix, stem));
        AddArticleless(readings, prefix, stem);
    }

    private static void AddArticleless(List<CliticReading> readings, string prefix, string stem)
    {
        if (stem.StartsWith("ال", StringComparison.Ordinal) && stem.Length - 2 >= MinStemLength)
            readings.Add(new CliticReading(prefix + "ال", stem[2..]));
    }
}
