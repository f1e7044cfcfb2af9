using System.Collections.Frozen;
using Athar.Text;

namespace Athar.Actors;

/// <summary>The kinds of words around person names (titles.tsv).</summary>
internal enum TitleType
{
    /// <summary>An office before or after a name: «وزير الداخلية», «زعيم».</summary>
    Title,

    /// <summary>A military rank before a name: «العقيد الركن».</summary>
    Rank,

    /// <summary>A courtesy word before a name: «الشيخ», «الشاب».</summary>
    Honorific,

    /// <summary>Introduces a name that need not look like one: «المدعو», «يدعى».</summary>
    Cue,

    /// <summary>Introduces another name of the person just named: «المكنى», «المعروف باسم».</summary>
    Alias,
}

internal sealed record TitleWord(TitleType Type, string? Role);

/// <summary>A given name and its display spelling; Common when it is also an ordinary word («جمال» beauty).</summary>
internal sealed record GivenName(string Latin, bool Common);

/// <summary>Words the person finder reads: titles, given names, stop words, place words.</summary>
internal sealed class PersonLexicon
{
    private PersonLexicon(
        PhraseMatcher<TitleWord> titles,
        FrozenDictionary<string, GivenName> givenNames,
        FrozenSet<string> stopwords,
        FrozenSet<string> placeIntroducers,
        PhraseMatcher<bool> placeNames)
    {
        Titles = titles;
        GivenNames = givenNames;
        Stopwords = stopwords;
        PlaceIntroducers = placeIntroducers;
        PlaceNames = placeNames;
    }

    public static PersonLexicon Default { get; } = Load();

    public PhraseMatcher<TitleWord> Titles { get; }

    public FrozenDictionary<string, GivenName> GivenNames { get; }

    public FrozenSet<string> Stopwords { get; }

    public FrozenSet<string> PlaceIntroducers { get; }

    public PhraseMatcher<bool> PlaceNames { get; }

    private static PersonLexicon Load()
    {
        var titles = Lexicons.Phrases(Lexicons.Rows("titles.tsv").Select(row =>
            (row.Key, new TitleWord(row.Enum<TitleType>(1), Lexicons.Column(row, 2) is { Length: > 0 } role ? role : null))));
        var given = new Dictionary<string, GivenName>(StringComparer.Ordinal);
        foreach (var row in Lexicons.Rows("given-names.tsv"))
            given.TryAdd(MatchingForm.Of(row[0].Trim()), new GivenName(Lexicons.Column(row, 1), Lexicons.Column(row, 2) == "yes"));
        var introducers = new HashSet<string>(StringComparer.Ordinal);
        var placeRows = Lexicons.Rows("place-words.tsv").ToList();
        foreach (var row in placeRows.Where(r => Lexicons.Column(r, 1) == "introducer"))
            introducers.Add(MatchingForm.Of(row[0].Trim()));
        var places = Lexicons.Phrases(placeRows.Where(r => Lexicons.Column(r, 1) != "introducer").Select(r => (r.Key, true)));
        return new PersonLexicon(
            titles,
            given.ToFrozenDictionary(StringComparer.Ordinal),
            Lexicons.FormSet("name-stopwords.tsv"),
            introducers.ToFrozenSet(StringComparer.Ordinal),
            places);
    }
}
