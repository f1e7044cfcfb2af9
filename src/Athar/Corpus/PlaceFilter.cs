using Athar.Places;
using Athar.Text;

namespace Athar.Corpus;

/// <summary>
/// What a place filter typed by a user («إدلب», «Idlib», «Idleb», «غازي عنتاب», «SY07», «محافظة إدلب») stands
/// for: the gazetteer places of that name or id, the names to compare with places outside the gazetteer, and
/// the provinces it names — an event anywhere in a named province matches. Every store and the search index
/// read a place filter through this, so «place=إدلب» and «place=Idlib» select the same events.
/// </summary>
public sealed record PlaceFilter(
    IReadOnlyList<string> GazetteerIds,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> NameForms,
    IReadOnlyList<PlaceFilter.Province> Provinces)
{
    /// <summary>A first-level unit: its country code and English name, as events and mentions carry them.</summary>
    public sealed record Province(string Country, string Admin1);

    // Unit words before or after a name that a user may type and the gazetteer does not hold.
    private static readonly string[] TrailingUnitWords = ["governorate", "province", "countryside", "district", "city"];

    public static PlaceFilter Of(string text, Gazetteer gazetteer)
    {
        var value = text.Trim().TrimStart('#').Replace('_', ' ').Trim();
        // A spelling known for one place («Idleb», the district) also stands for the places of its other names (Idlib, the province).
        var named = Candidates(value, gazetteer).Distinct().ToList();
        var places = named.Concat(named.SelectMany(p => new[] { p.Name, p.NameAr }).OfType<string>().SelectMany(gazetteer.Lookup)).Distinct().ToList();
        var names = places.SelectMany(p => new[] { p.Name, p.NameAr }).Append(value).OfType<string>().Where(n => n.Length > 0).ToList();
        return new PlaceFilter(
            places.Select(p => p.Id).Distinct(StringComparer.Ordinal).ToList(),
            names.Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList(),
            names.Select(MatchingForm.OfPhrase).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            places.Where(p => p.Kind == PlacePrecision.Province && p.Admin1 is not null)
                .Select(p => new Province(p.Country, p.Admin1!)).Append(new Province(string.Empty, value)).Distinct().ToList());
    }

    /// <summary>The keys the search index holds for an article naming a place this filter selects (see ArticleFields).</summary>
    public IEnumerable<string> IndexTerms() =>
        GazetteerIds.Concat(NameForms).Concat(Provinces.Select(p => MatchingForm.OfPhrase(p.Admin1))).Distinct(StringComparer.Ordinal);

    private static IEnumerable<GazetteerEntry> Candidates(string value, Gazetteer gazetteer)
    {
        if ((gazetteer.Find(value) ?? gazetteer.Find(value.ToUpperInvariant())) is { } byId)
            yield return byId;
        foreach (var name in new[] { value, WithoutUnitWords(value) }.Distinct(StringComparer.Ordinal))
        {
            foreach (var place in gazetteer.Lookup(name))
                yield return place;
        }
    }

    private static string WithoutUnitWords(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && PlaceLexicon.Default.Cues.ContainsKey(MatchingForm.Of(words[0])))
            words.RemoveAt(0);
        if (words.Count > 1 && TrailingUnitWords.Contains(words[^1].ToLowerInvariant()))
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }
}
