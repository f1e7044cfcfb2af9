using Athar.Text;

namespace Athar.Places;

/// <summary>
/// A second look at names the gazetteer does not know, once every phrase of the article has been resolved once:
/// a name listed with a known village shares its sub-district («قرى العمقية والزيارة وزيزون»), a name placed earlier
/// keeps that place («منطقة برادوست بقضاء سوران» … «في منطقة برادوست»), and a name left without a context takes the
/// admin unit named before it in its sentence («وفي محافظة كركوك … في قرية الخزيفي»). Each gives the finest unit
/// the text states; none overrides a context that already placed the name at sub-district level or finer.
/// </summary>
internal sealed class UnknownNameFallback
{
    private readonly List<PlacePhrase> _phrases;
    private readonly Dictionary<PlacePhrase, ResolvedPlace?> _first;

    // each lookup is precomputed in one or two passes, so that a long list of names stays linear
    private readonly Dictionary<int, PlacePhrase> _listedVillage = [];
    private readonly int[] _samePlacedBefore;
    private readonly int[] _samePlacedAfter;
    private readonly int[] _adminUnitBefore;
    private readonly int[] _nearestCity;

    private UnknownNameFallback(string text, List<PlacePhrase> phrases, Dictionary<PlacePhrase, ResolvedPlace?> first, IReadOnlyList<Sentence> sentences)
    {
        _phrases = phrases;
        _first = first;
        var n = phrases.Count;
        var sentence = new int[n];
        var s = 0;
        for (var i = 0; i < n; i++)
        {
            while (s < sentences.Count && sentences[s].Span.End <= phrases[i].NameSpan.Start)
                s++;
            sentence[i] = s;
        }
        var key = phrases.Select(p => MatchingForm.OfPhrase(text[p.NameSpan.Start..p.NameSpan.End])).ToArray();
        foreach (var p in phrases)
        {
            if (p.CueToken >= 0 && p.Name is not null && Placed(p) is { Resolution: PlaceResolution.Gazetteer, Entry.Kind: PlacePrecision.Village or PlacePrecision.Town })
                _listedVillage.TryAdd(p.CueToken, p);
        }
        _samePlacedBefore = Scan(n, forward: true, i => phrases[i].Name is null && Placed(phrases[i]) is not null, key, sentence, sameSentence: false);
        _samePlacedAfter = Scan(n, forward: false, i => phrases[i].Name is null && Placed(phrases[i]) is not null, key, sentence, sameSentence: false);
        _adminUnitBefore = Scan(n, forward: true, i => phrases[i].Name is not null && Placed(phrases[i]) is { Precision: PlacePrecision.Subdistrict or PlacePrecision.District or PlacePrecision.Province }, null, sentence, sameSentence: true);
        var cityBefore = Scan(n, forward: true, IsCity, null, sentence, sameSentence: true);
        var cityAfter = Scan(n, forward: false, IsCity, null, sentence, sameSentence: true);
        _nearestCity = Enumerable.Range(0, n).Select(i => cityBefore[i] < 0 || (cityAfter[i] >= 0 && cityAfter[i] - i < i - cityBefore[i]) ? cityAfter[i] : cityBefore[i]).ToArray();
    }

    /// <summary>The fallback, or null when no unknown name is left coarse or unplaced (then one pass was enough).</summary>
    public static UnknownNameFallback? Create(string text, List<PlacePhrase> phrases, Dictionary<PlacePhrase, ResolvedPlace?> first, IReadOnlyList<Sentence> sentences) =>
        phrases.Any(p => IsUnknown(p) && !FineEnough(first.GetValueOrDefault(p))) ? new UnknownNameFallback(text, phrases, first, sentences) : null;

    /// <summary>Names only known from their cue word, and neighbourhoods: placed by what is around them.</summary>
    public static bool IsUnknown(PlacePhrase p) => !p.ThisCountry && (p.Name is null || p.Cue?.Kind == CueKind.Neighbourhood);

    /// <summary>A better place for phrase i than <paramref name="place"/>, and the phrase it comes from; null to keep it.</summary>
    public (ResolvedPlace Place, PlacePhrase Source)? Better(int i, ResolvedPlace? place)
    {
        var phrase = _phrases[i];
        if (!IsUnknown(phrase) || FineEnough(place))
            return null;
        // villages listed together are neighbours: «قرى العمقية والزيارة وزيزون» share al-Ziyara's sub-district
        if (phrase.Name is null && _listedVillage.TryGetValue(phrase.CueToken, out var sibling) && sibling != phrase)
            return (Unit(Placed(sibling)!, PlacePrecision.Subdistrict), sibling);
        if (place is not null)
            return null;
        // «منطقة برادوست بقضاء سوران» … «في منطقة برادوست»: the same name placed elsewhere, an earlier mention first
        var same = _samePlacedBefore[i] >= 0 ? _samePlacedBefore[i] : _samePlacedAfter[i];
        if (phrase.Name is null && same >= 0)
            return (Placed(_phrases[same])!, _phrases[same]);
        // «حي "هرابش" الذي تسيطر عليه قوات النظام في مدينة دير الزور»: the nearest city or town of the sentence
        if (phrase.Cue?.Kind == CueKind.Neighbourhood && _nearestCity[i] >= 0)
        {
            var city = _phrases[_nearestCity[i]];
            var entry = Placed(city)!.Entry;
            return (Unit(Placed(city)!, entry.Kind) with { Lat = entry.Lat, Lon = entry.Lon }, city);
        }
        // «وفي محافظة كركوك … في قرية الخزيفي»: the nearest sub-district, district or province named before it in its sentence
        if (_adminUnitBefore[i] >= 0)
        {
            var unit = _phrases[_adminUnitBefore[i]];
            return (Unit(Placed(unit)!, Placed(unit)!.Precision), unit);
        }
        return null;
    }

    private ResolvedPlace? Placed(PlacePhrase p) => _first.GetValueOrDefault(p);

    private bool IsCity(int i) =>
        _phrases[i].Name is not null && Placed(_phrases[i]) is { Resolution: PlaceResolution.Gazetteer, Entry.Kind: PlacePrecision.Town or PlacePrecision.City };

    private static bool FineEnough(ResolvedPlace? place) => place is not null && place.Precision <= PlacePrecision.Subdistrict;

    /// <summary>
    /// For each phrase, the nearest other phrase before it (or after it) that passes the test, has the same key and,
    /// when asked, stands in the same sentence; -1 when none. One pass, remembering the last hit per key.
    /// </summary>
    private static int[] Scan(int n, bool forward, Func<int, bool> test, string[]? key, int[] sentence, bool sameSentence)
    {
        var result = new int[n];
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var step = 0; step < n; step++)
        {
            var i = forward ? step : n - 1 - step;
            var k = key?[i] ?? "";
            result[i] = last.TryGetValue(k, out var h) && (!sameSentence || sentence[h] == sentence[i]) ? h : -1;
            if (test(i))
                last[k] = i;
        }
        return result;
    }

    private static ResolvedPlace Unit(ResolvedPlace place, PlacePrecision precision) =>
        place with { Precision = precision, Resolution = PlaceResolution.AdminContext, Qualifier = null, Direction = null, Units = [place.Entry] };
}
