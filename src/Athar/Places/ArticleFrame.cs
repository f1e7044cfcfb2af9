namespace Athar.Places;

/// <summary>
/// What the article as a whole says about where it is: the country most names point to (its focus, and the leading
/// country that «البلاد» means), the countries it names, and the places its unambiguous names stand for. A small
/// place far from all of them in a country the article never names is a homonym, not the place meant: «الكرمة»
/// in an article about Anbar is not the Syrian town that also bears the name.
/// </summary>
internal sealed class ArticleFrame
{
    /// <summary>
    /// How far from every other place of the article a candidate may lie in an unnamed country: about the width of
    /// one conflict theatre (Aleppo to Mosul is 400 km), well short of the next one (Anbar to Hama is 550 km).
    /// </summary>
    public const double FarKm = 500;

    /// <summary>A place this populous (or a capital) is named for itself far from the article's theatre.</summary>
    private const long FamousPopulation = 500_000;

    private readonly HashSet<string> _namedCountries;
    private readonly HashSet<(string Form, GazetteerEntry Place)> _anchors;

    private ArticleFrame(string? focus, string? leading, HashSet<string> namedCountries, HashSet<(string, GazetteerEntry)> anchors)
    {
        Focus = focus;
        Leading = leading;
        _namedCountries = namedCountries;
        _anchors = anchors;
    }

    /// <summary>The country the article is about (two or more names point to it), if any.</summary>
    public string? Focus { get; }

    /// <summary>The country most names point to, even once: what «البلاد» means.</summary>
    public string? Leading { get; }

    /// <summary>The frame of an article's phrases; a name that is also a word («بيان») anchors nothing without a cue.</summary>
    public static ArticleFrame Of(IReadOnlyList<PlacePhrase> phrases, PlaceLexicon lexicon)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var anchors = new HashSet<(string, GazetteerEntry)>(); // a name repeated is one anchor
        foreach (var p in phrases)
        {
            if (p.Name?.Places is not { Count: > 0 } places)
                continue;
            foreach (var e in places.Where(e => e.Kind == PlacePrecision.Country))
                named.Add(e.Country);
            var country = places[0].Country;
            if (places.Any(e => e.Country != country))
                continue;
            votes[country] = votes.GetValueOrDefault(country) + 1;
            if (p.Cue is not null || !lexicon.Ambiguous.ContainsKey(p.Name.Form))
                anchors.UnionWith(places.Select(e => (p.Name.Form, e)));
        }
        // a lone name must not make its own country the focus: the focus leads with two or more
        var ranked = votes.OrderByDescending(v => v.Value).Take(2).ToList();
        var leading = ranked.Count > 0 && (ranked.Count == 1 || ranked[0].Value > ranked[1].Value) ? ranked[0].Key : null;
        var focus = leading is not null && ranked[0].Value >= 2 ? leading : null;
        if (focus is not null)
            named.Add(focus);
        return new ArticleFrame(focus, leading, named, anchors);
    }

    /// <summary>
    /// Whether a candidate of the name lies more than <see cref="FarKm"/> from every place the article's other
    /// names stand for, in a country the article does not name; countries, regions, provinces, capitals and large
    /// cities excepted.
    /// </summary>
    public bool IsFar(GazetteerEntry candidate, string form)
    {
        if (_namedCountries.Contains(candidate.Country) || candidate.Kind is PlacePrecision.Country or PlacePrecision.Region or PlacePrecision.Province
            || candidate.Feature == "PPLC" || candidate.Population >= FamousPopulation)
            return false;
        var any = false;
        foreach (var (anchorForm, anchor) in _anchors)
        {
            if (anchorForm == form)
                continue;
            any = true;
            if (Geo.DistanceKm(candidate.Lat, candidate.Lon, anchor.Lat, anchor.Lon) <= FarKm)
                return false;
        }
        return any;
    }
}
