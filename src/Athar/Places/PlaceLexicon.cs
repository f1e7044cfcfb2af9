using System.Collections.Frozen;
using System.Globalization;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Places;

/// <summary>What a cue word says the following name is.</summary>
public enum CueKind
{
    Village,
    Town,
    City,
    Subdistrict,
    District,
    Province,
    Area,
    Camp,
    Neighbourhood,
    Countryside,
}

/// <summary>
/// A cue word: its kind, whether it introduces a list («قرى الهبيط وترملا»), and whether it is a dual in construct
/// («بلدتي حمورية وسقبا»), after which the next word is a noun: a name, even one that looks like an adjective.
/// </summary>
public sealed record Cue(CueKind Kind, bool Plural, bool Dual = false);

/// <summary>How a place word relates to organisation and person names (see org-words.tsv).</summary>
public enum OrgWordKind
{
    Org,
    Quoted,
    Person,
    Tail,
}

/// <summary>When an ambiguous name may be a place (see data/places/ambiguous.tsv).</summary>
public sealed record AmbiguityRule(bool Never, string? FocusCountry, bool Nisba = false);

/// <summary>
/// The place stage's vocabulary, all in data files: cue words, directions, linkers, organisation words, name
/// heads, words that are not names, and the ambiguity tables. Keys are matching forms.
/// </summary>
public sealed class PlaceLexicon
{
    private static readonly Lazy<PlaceLexicon> LazyDefault = new(() => new PlaceLexicon());

    private PlaceLexicon()
    {
        Cues = Rows("Places/cue-words.tsv").ToFrozenDictionary(
            r => MatchingForm.Of(r[0]),
            r => new Cue(r.Enum<CueKind>(1), r[2] is "yes" or "dual", r[2] == "dual"),
            StringComparer.Ordinal);
        var directions = Rows("Places/directions.tsv").ToList();
        DirectionsBefore = DirectionMap(directions.Where(r => r[1] == "before"));
        DirectionsAfter = DirectionMap(directions.Where(r => r[1] == "after"));
        FarWords = directions.Where(r => r[1] == "far").Select(r => MatchingForm.Of(r.Key)).ToFrozenSet(StringComparer.Ordinal);
        Linkers = Words("Places/linkers.tsv");
        NameHeads = Words("Places/name-heads.tsv");
        NotNames = Words("Places/not-names.tsv");
        ThisCountry = Words("Places/this-country.tsv");
        OrgWords = Rows("Places/org-words.tsv").ToFrozenDictionary(
            r => MatchingForm.Of(r[0]), r => r.Enum<OrgWordKind>(1), StringComparer.Ordinal);
        var ambiguous = new Dictionary<string, AmbiguityRule>(StringComparer.Ordinal);
        foreach (var r in Lexicon.Rows("data/places/common-words.tsv"))
            ambiguous[MatchingForm.OfPhrase(r[0])] = new AmbiguityRule(false, null);
        foreach (var r in Lexicon.Rows("data/places/ambiguous.tsv"))
        {
            var focus = r[1].StartsWith("focus:", StringComparison.Ordinal) ? r[1][6..] : null;
            ambiguous[MatchingForm.OfPhrase(r[0])] = new AmbiguityRule(r[1] == "never", focus, r[1] == "nisba");
        }
        Ambiguous = ambiguous.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static PlaceLexicon Default => LazyDefault.Value;

    public FrozenDictionary<string, Cue> Cues { get; }

    public FrozenDictionary<string, Direction> DirectionsBefore { get; }

    public FrozenDictionary<string, Direction> DirectionsAfter { get; }

    /// <summary>«أقصى»: the far part of the place that way.</summary>
    public FrozenSet<string> FarWords { get; }

    public FrozenSet<string> Linkers { get; }

    public FrozenSet<string> NameHeads { get; }

    public FrozenSet<string> NotNames { get; }

    /// <summary>Words for the article's own country («البلاد»).</summary>
    public FrozenSet<string> ThisCountry { get; }

    public FrozenDictionary<string, OrgWordKind> OrgWords { get; }

    /// <summary>Words of the place grammar (cue, direction, linker, organisation words): never a place name on their own.</summary>
    public bool IsGrammarWord(string form) =>
        Cues.ContainsKey(form) || DirectionsBefore.ContainsKey(form) || DirectionsAfter.ContainsKey(form) || Linkers.Contains(form) || OrgWords.ContainsKey(form);

    /// <summary>
    /// A cue word with the article («المدينة», «البلدة», «المحافظة»): it points back to a place already named, so as a
    /// name («المدينة» is also Medina and an Iraqi town) it needs a cue of its own («قضاء المدينة»).
    /// </summary>
    public bool IsDefiniteCueWord(string form) => Clitics.HasArticle(form) && Cues.ContainsKey(Clitics.WithoutArticle(form));

    /// <summary>«ريف»: the cue of a countryside.</summary>
    public bool IsCountrysideCue(string stem) => Cues.TryGetValue(stem, out var cue) && cue.Kind == CueKind.Countryside;

    /// <summary>Rules by the name's matching form (words joined by spaces).</summary>
    public FrozenDictionary<string, AmbiguityRule> Ambiguous { get; }

    private static IEnumerable<LexiconRow> Rows(string name) => Lexicon.Rows(name);

    private static FrozenSet<string> Words(string name) =>
        Rows(name).Select(r => MatchingForm.Of(r[0])).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, Direction> DirectionMap(IEnumerable<LexiconRow> rows) =>
        rows.ToFrozenDictionary(
            r => MatchingForm.Of(r[0]),
            r => new Direction(double.Parse(r[2], CultureInfo.InvariantCulture), double.Parse(r[3], CultureInfo.InvariantCulture)),
            StringComparer.Ordinal);
}
