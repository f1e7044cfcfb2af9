namespace Athar.Text;

/// <summary>The proclitics a reading splits off a word, in the order they are written.</summary>
[Flags]
public enum Proclitic
{
    None = 0,

    /// <summary>«و» and.</summary>
    And = 1,

    /// <summary>«ف» then, so.</summary>
    Then = 2,

    /// <summary>«ب» with, by, in.</summary>
    With = 4,

    /// <summary>«ل» to, for, of.</summary>
    To = 8,

    /// <summary>«ك» like, as.</summary>
    Like = 16,

    /// <summary>«ال» the.</summary>
    Article = 32,
}

/// <summary>One way to read a word: the proclitics split off and the remaining stem (both in matching form).</summary>
public readonly record struct CliticReading(string Prefix, string Stem)
{
    /// <summary>Which proclitics <see cref="Prefix"/> holds.</summary>
    public Proclitic Proclitics => Clitics.Parse(Prefix);

    /// <summary>The reading took the article off the stem («بالرقة» = ب + ال + رقة).</summary>
    public bool HasArticle => Prefix.EndsWith(Clitics.Article, StringComparison.Ordinal);

    /// <summary>Exactly these proclitics were split off (none: <see cref="Proclitic.None"/>).</summary>
    public bool Is(Proclitic proclitics) => Proclitics == proclitics;

    /// <summary>No proclitics but those in <paramref name="allowed"/> were split off.</summary>
    public bool AtMost(Proclitic allowed) => (Proclitics & ~allowed) == 0;

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

    // The letters of the clitic grammar itself (not a word list): conjunctions, prepositions, the article.
    public const char And = 'و', Then = 'ف', With = 'ب', To = 'ل', Like = 'ك';

    public const string Article = "ال";

    private static readonly char[] Conjunctions = [And, Then];
    private static readonly char[] Prepositions = [With, To, Like];

    /// <summary>True when the word (matching form) begins with the article.</summary>
    public static bool HasArticle(string form) => form.StartsWith(Article, StringComparison.Ordinal);

    /// <summary>The word without a leading article.</summary>
    public static string WithoutArticle(string form) => HasArticle(form) ? form[Article.Length..] : form;

    /// <summary>The proclitics of a prefix as <see cref="Readings"/> splits them («وبال» = And, With, Article).</summary>
    public static Proclitic Parse(string prefix)
    {
        var found = Proclitic.None;
        var i = 0;
        if (i < prefix.Length && prefix[i] is And or Then)
            found |= prefix[i++] == And ? Proclitic.And : Proclitic.Then;
        if (i < prefix.Length && prefix[i] is With or To or Like)
            found |= prefix[i++] switch { With => Proclitic.With, To => Proclitic.To, _ => Proclitic.Like };
        if (prefix.AsSpan(i).SequenceEqual(Article))
            found |= Proclitic.Article;
        return found;
    }

    /// <summary>The proclitic a one-letter word stands for when written apart («بـ 5 كم», «و (4) جنود»), or none.</summary>
    public static Proclitic Detached(string form) =>
        form == Article ? Proclitic.Article : form.Length == 1 ? Parse(form) : Proclitic.None;

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
            if (form[start] == To && rest.StartsWith(To))
                AddStem(readings, prefix, Article[0] + rest); // للتنظيم = ل + التنظيم (the article's alef is dropped after ل)
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
        if (prefix.EndsWith(To) && token.Form[prefix.Length] == To)
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

    // The pronoun suffixes, longest first; grammar, not a word list. Dual and plural ones refer to several.
    private static readonly (string Form, bool Several)[] Enclitics = [("هما", true), ("هم", true), ("هن", true), ("ها", false), ("ه", false)];

    /// <summary>The pronoun suffix the word ends with, and whether it refers to several, or null.</summary>
    public static (string Form, bool Several)? EncliticOf(string form) =>
        Enclitics.FirstOrDefault(e => form.Length > e.Form.Length && form.EndsWith(e.Form, StringComparison.Ordinal)) is { Form: not null } e ? e : null;

    /// <summary>True when <paramref name="enclitic"/> (as split off by a lexicon match) refers to several people or things.</summary>
    public static bool IsSeveral(string enclitic) => Enclitics.Any(e => e.Form == enclitic && e.Several);

    /// <summary>
    /// The stem without an enclitic object/possessive pronoun (اعتقاله → اعتقال, مقتلهم → مقتل), or null.
    /// Only for lexicon lookups of single words: ة is folded to ه, so «غارة» also yields «غار».
    /// </summary>
    public static string? WithoutEnclitic(string stem)
    {
        foreach (var (e, _) in Enclitics)
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
        if (HasArticle(stem) && stem.Length - Article.Length >= MinStemLength)
            readings.Add(new CliticReading(prefix + Article, stem[Article.Length..]));
    }
}
