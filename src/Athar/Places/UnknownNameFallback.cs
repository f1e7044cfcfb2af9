using Athar.Text;

namespace Athar.Places;

/// <summary>
/// A second look at names the gazetteer does not know, once every phrase of the article has been resolved once:
/// a name listed with a known village shares its sub-district («قرى العمقية والزيارة وزيزون»), a name placed earlier
/// keeps that place («منطقة برادوست بقضاء سوران» … «في منطقة برادوست»), a name left without a context takes the
/// unit named before it in its sentence («وفي محافظة كركوك … في قرية الخزيفي», «في أربيل … قرب قرية كورةسور»), the
/// part of the country it states («بلدة الخرايب (جنوب)»), else the nearest unit named before it in the article (or
/// the lead's). Each gives the unit's point and precision, never a finer one; none overrides a context that already
/// placed the name at sub-district level or finer.
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
    private readonly int[] _seatBefore;
    private readonly int[] _areaBefore;
    private readonly int[] _townBefore;
    private readonly int[] _areaInArticleBefore;
    private readonly int _leadArea;
    private readonly Dictionary<PlacePhrase, int> _index = [];
    private readonly string[] _key;
    private readonly Dictionary<string, PlacePhrase> _finestSame = new(StringComparer.Ordinal);
    private readonly int[] _sentence;
    private readonly int[] _nearestCity;
    private readonly Gazetteer _gazetteer;
    private readonly Func<Direction, ResolvedPlace?> _countryPart;

    /// <summary>The sentences that make an article's lead (headline, dateline, first sentence).</summary>
    private const int LeadSentences = 3;

    /// <summary>How close a town must be named before a village for the village to be placed around it («مدينة سراقب والسوق الشعبي في قرية كفرعميم»).</summary>
    private const int TownReachTokens = 8;

    private UnknownNameFallback(
        string text, List<PlacePhrase> phrases, Dictionary<PlacePhrase, ResolvedPlace?> first, IReadOnlyList<Sentence> sentences,
        Gazetteer gazetteer, Func<Direction, ResolvedPlace?> countryPart)
    {
        _phrases = phrases;
        _first = first;
        _gazetteer = gazetteer;
        _countryPart = countryPart;
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
        _key = key;
        for (var i = 0; i < n; i++)
        {
            if (phrases[i].Cue is not null && Placed(phrases[i]) is { Resolution: PlaceResolution.AdminContext } r
                && (!_finestSame.TryGetValue(key[i], out var best) || r.Precision < Placed(best)!.Precision))
                _finestSame[key[i]] = phrases[i];
        }
        foreach (var p in phrases)
        {
            if (p.CueToken >= 0 && p.Name is not null && Placed(p) is { Resolution: PlaceResolution.Gazetteer, Entry.Kind: PlacePrecision.Village or PlacePrecision.Town })
                _listedVillage.TryAdd(p.CueToken, p);
        }
        _samePlacedBefore = Scan(n, forward: true, i => phrases[i].Name is null && Placed(phrases[i]) is not null, key, sentence, sameSentence: false);
        _samePlacedAfter = Scan(n, forward: false, i => phrases[i].Name is null && Placed(phrases[i]) is not null, key, sentence, sameSentence: false);
        for (var i = 0; i < n; i++)
            _index[phrases[i]] = i;
        _sentence = sentence;
        _adminUnitBefore = Scan(n, forward: true, IsAdminUnit, null, sentence, sameSentence: true);
        _seatBefore = Scan(n, forward: true, i => ProvinceOfSeat(i) is not null, null, sentence, sameSentence: true);
        _areaBefore = Scan(n, forward: true, IsArea, null, sentence, sameSentence: true);
        _areaInArticleBefore = Scan(n, forward: true, IsArea, null, sentence, sameSentence: false);
        _leadArea = Enumerable.Range(0, n).FirstOrDefault(i => sentence[i] < LeadSentences && IsArea(i), -1);
        var cityBefore = Scan(n, forward: true, IsCity, null, sentence, sameSentence: true);
        _townBefore = cityBefore;
        var cityAfter = Scan(n, forward: false, IsCity, null, sentence, sameSentence: true);
        _nearestCity = Enumerable.Range(0, n).Select(i => cityBefore[i] < 0 || (cityAfter[i] >= 0 && cityAfter[i] - i < i - cityBefore[i]) ? cityAfter[i] : cityBefore[i]).ToArray();
    }

    /// <summary>The fallback, or null when no unknown name is left coarse or unplaced (then one pass was enough).</summary>
    /// <param name="countryPart">The part of the article's country in a direction («جنوب» → South Lebanon), if known.</param>
    public static UnknownNameFallback? Create(
        string text, List<PlacePhrase> phrases, Dictionary<PlacePhrase, ResolvedPlace?> first, IReadOnlyList<Sentence> sentences,
        Gazetteer gazetteer, Func<Direction, ResolvedPlace?> countryPart) =>
        phrases.Any(p => (IsUnknown(p) || first.GetValueOrDefault(p) is { Resolution: PlaceResolution.AdminContext }) && !FineEnough(first.GetValueOrDefault(p)))
            ? new UnknownNameFallback(text, phrases, first, sentences, gazetteer, countryPart)
            : null;

    /// <summary>Names only known from their cue word, and neighbourhoods: placed by what is around them.</summary>
    public static bool IsUnknown(PlacePhrase p) => !p.ThisCountry && (p.Name is null || p.Cue?.Kind == CueKind.Neighbourhood);

    /// <summary>A better place for phrase i than <paramref name="place"/>, and the phrase it comes from (null for none); null to keep it.</summary>
    public (ResolvedPlace Place, PlacePhrase? Source)? Better(int i, ResolvedPlace? place)
    {
        var phrase = _phrases[i];
        if (FineEnough(place))
            return null;
        // «قرية الحويجة بريف الرقة الشمالي» … «قرية الحويجة في محيط مدينة تل أبيض»: the finer place the same name has elsewhere
        if (place is { Resolution: PlaceResolution.AdminContext } && _finestSame.TryGetValue(_key[i], out var finer) && finer != phrase
            && Placed(finer) is { } f && f.Precision < place.Precision && PlaceResolver.Inside(f.Entry, place))
            return (f, finer);
        if (!IsUnknown(phrase))
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
        // «وفي محافظة كركوك … في قرية الخزيفي»: the nearest admin unit named before it in its sentence, or the finest of
        // its chain («قضاء عقرة بمحافظة دهوك … قرية كافلكا»)
        if (_adminUnitBefore[i] >= 0)
            return AsUnit(Finest(_adminUnitBefore[i]));
        if (phrase.Cue?.Kind is not (CueKind.Village or CueKind.Town or CueKind.City or CueKind.Camp))
            return null;
        // «المسيرة الثانية في أربيل، سقطت بالقرب من قرية كورةسور»: a province's seat named before it stands for the province
        if (_seatBefore[i] >= 0 && ProvinceOfSeat(_seatBefore[i]) is { } province)
            return (new ResolvedPlace(province, province.Lat, province.Lon, province.Kind, PlaceResolution.AdminContext, null, null, [province]), _phrases[_seatBefore[i]]);
        // «… جنوبي لبنان … في بلدة كفركلا»: a part of a country named before it in its sentence
        if (_areaBefore[i] >= 0)
            return AsUnit(_areaBefore[i]);
        // «قصفت مدينة سراقب والسوق الشعبي في قرية كفرعميم»: around the town named just before it, at district precision
        if (_townBefore[i] >= 0 && phrase.First - _phrases[_townBefore[i]].Last <= TownReachTokens)
            return (Unit(Placed(_phrases[_townBefore[i]])!, PlacePrecision.District), _phrases[_townBefore[i]]);
        // the nearest unit named before it in the article (the finest of its chain), or for a headline's name the lead's
        var before = _areaInArticleBefore[i] >= 0 ? Finest(_areaInArticleBefore[i]) : _sentence[i] == 0 && _leadArea >= 0 ? Finest(_leadArea) : -1;
        // «بلدة الخرايب (جنوب)»: the part of the country it states, or the unit named before it when that lies there
        if (phrase.Aside is { } aside && _countryPart(aside) is { } part)
        {
            return before >= 0 && Placed(_phrases[before])!.Precision < PlacePrecision.Region && PlaceResolver.Inside(Placed(_phrases[before])!.Entry, part)
                ? AsUnit(before)
                : (Unit(part, PlacePrecision.Region), null);
        }
        // «قضاء صيدا» … «بلدة كفرحتى»
        return before >= 0 ? AsUnit(before) : null;
    }

    /// <summary>
    /// A sub-district, district or province, or a town named as a district or sub-district («بقضاء صيدا»), by its
    /// own name (not a name placed only by its context).
    /// </summary>
    private bool IsAdminUnit(int i)
    {
        var p = _phrases[i];
        if (p.Name is null || p.Cue?.Kind == CueKind.Neighbourhood || Placed(p) is not { } r)
            return false;
        return r.Precision is PlacePrecision.Subdistrict or PlacePrecision.District or PlacePrecision.Province
               || (r.Entry.IsSettlement && p.Cue?.Kind is CueKind.District or CueKind.Subdistrict);
    }

    /// <summary>
    /// A place that can hold a village: an admin unit, or a part of a country or province («جنوب لبنان», «جنوب البلاد»,
    /// «ريف حماة الشمالي»); not a country, and not the reference of a distance («(14 كم جنوب إدلب)»).
    /// </summary>
    private bool IsArea(int i)
    {
        var p = _phrases[i];
        if (IsAdminUnit(i))
            return true;
        return (p.Name is not null || p.ThisCountry) && Placed(p) is { Precision: PlacePrecision.Region, Entry.IsSettlement: false }
               && p.ContextFor?.DistanceKm is null && p.Cue?.Kind != CueKind.Neighbourhood;
    }

    /// <summary>«قرية “كافلكا”» after «بلدة دينارته شمال قضاء عقرة بمحافظة دهوك»: down the chain from a unit to the finest unit it contains.</summary>
    private int Finest(int k)
    {
        while (_phrases[k].ContextFor is { } inner && _index.TryGetValue(inner, out var j) && IsAdminUnit(j) && UnitPrecision(j) < UnitPrecision(k))
            k = j;
        return k;
    }

    /// <summary>Phrase i's place as the unit of a name inside it: a town named as a district stands for the district.</summary>
    private (ResolvedPlace, PlacePhrase?) AsUnit(int i) => (Unit(Placed(_phrases[i])!, UnitPrecision(i)), _phrases[i]);

    private PlacePrecision UnitPrecision(int i)
    {
        var p = _phrases[i];
        var r = Placed(p)!;
        return r.Entry.IsSettlement && p.Cue?.Kind == CueKind.District ? PlacePrecision.District
            : r.Entry.IsSettlement && p.Cue?.Kind == CueKind.Subdistrict ? PlacePrecision.Subdistrict
            : r.Precision;
    }

    /// <summary>The province whose seat (a capital or governorate seat) phrase i names plainly («في أربيل»), or null.</summary>
    private GazetteerEntry? ProvinceOfSeat(int i) =>
        _phrases[i] is { Name: not null, Cue: null or { Kind: CueKind.City } } p
        && Placed(p) is { Resolution: PlaceResolution.Gazetteer, Entry: { Kind: PlacePrecision.City, Feature: "PPLA" or "PPLC" } city }
            ? _gazetteer.ProvinceOf(city)
            : null;

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
