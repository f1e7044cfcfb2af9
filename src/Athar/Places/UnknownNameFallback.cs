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
    private readonly int[] _sentence;
    private readonly string[] _key;

    private UnknownNameFallback(string text, List<PlacePhrase> phrases, Dictionary<PlacePhrase, ResolvedPlace?> first, IReadOnlyList<Sentence> sentences)
    {
        _phrases = phrases;
        _first = first;
        _sentence = phrases.Select(p => SentenceOf(sentences, p.NameSpan.Start)).ToArray();
        _key = phrases.Select(p => MatchingForm.OfPhrase(text[p.NameSpan.Start..p.NameSpan.End])).ToArray();
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
        if (phrase.Name is null && ListedVillage(phrase) is { } sibling)
            return (Unit(_first[sibling]!, PlacePrecision.Subdistrict), sibling);
        if (place is not null)
            return null;
        if (SameNamePlaced(i) is { } earlier)
            return (_first[earlier]!, earlier);
        if (phrase.Cue?.Kind == CueKind.Neighbourhood && CityInSentence(i) is { } city)
            return (Unit(_first[city]!, _first[city]!.Entry.Kind) with { Lat = _first[city]!.Entry.Lat, Lon = _first[city]!.Entry.Lon }, city);
        if (AdminUnitBefore(i) is { } unit)
            return (Unit(_first[unit]!, _first[unit]!.Precision), unit);
        return null;
    }

    /// <summary>«حي "هرابش" الذي تسيطر عليه قوات النظام في مدينة دير الزور»: the nearest city or town named in the neighbourhood's sentence.</summary>
    private PlacePhrase? CityInSentence(int i)
    {
        PlacePhrase? best = null;
        var bestGap = int.MaxValue;
        for (var j = 0; j < _phrases.Count; j++)
        {
            if (j == i || _sentence[j] != _sentence[i] || _phrases[j].Name is null
                || _first.GetValueOrDefault(_phrases[j]) is not { Resolution: PlaceResolution.Gazetteer, Entry.Kind: PlacePrecision.Town or PlacePrecision.City })
                continue;
            var gap = Math.Abs(j - i);
            if (gap < bestGap)
                (best, bestGap) = (_phrases[j], gap);
        }
        return best;
    }

    private static bool FineEnough(ResolvedPlace? place) => place is not null && place.Precision <= PlacePrecision.Subdistrict;

    /// <summary>A village or town of the same list that the gazetteer knows: villages listed together are neighbours.</summary>
    private PlacePhrase? ListedVillage(PlacePhrase phrase) =>
        phrase.CueToken < 0 ? null : _phrases.FirstOrDefault(p => p != phrase && p.CueToken == phrase.CueToken && p.Name is not null
            && _first.GetValueOrDefault(p) is { Resolution: PlaceResolution.Gazetteer, Entry.Kind: PlacePrecision.Village or PlacePrecision.Town });

    /// <summary>The nearest other mention of the same unknown name that was placed, the earlier ones first.</summary>
    private PlacePhrase? SameNamePlaced(int i)
    {
        PlacePhrase? later = null;
        for (var j = 0; j < _phrases.Count; j++)
        {
            if (j == i || _phrases[j].Name is not null || _key[j] != _key[i] || _first.GetValueOrDefault(_phrases[j]) is null)
                continue;
            if (j > i)
                return later ?? _phrases[j];
            later = _phrases[j];
        }
        return later;
    }

    /// <summary>The nearest sub-district, district or province named before phrase i in its sentence.</summary>
    private PlacePhrase? AdminUnitBefore(int i)
    {
        for (var j = i - 1; j >= 0 && _sentence[j] == _sentence[i]; j--)
        {
            if (_phrases[j].Name is not null && _first.GetValueOrDefault(_phrases[j]) is { Precision: PlacePrecision.Subdistrict or PlacePrecision.District or PlacePrecision.Province })
                return _phrases[j];
        }
        return null;
    }

    private static ResolvedPlace Unit(ResolvedPlace place, PlacePrecision precision) =>
        place with { Precision = precision, Resolution = PlaceResolution.AdminContext, Qualifier = null, Direction = null, Units = [place.Entry] };

    private static int SentenceOf(IReadOnlyList<Sentence> sentences, int offset)
    {
        for (var s = 0; s < sentences.Count; s++)
        {
            if (offset < sentences[s].Span.End)
                return s;
        }
        return sentences.Count;
    }
}
