using System.Globalization;

namespace Athar.Places;

/// <summary>
/// Resolves one phrase given its (already resolved) admin context and the article's country focus:
/// candidates outside the context are dropped; a name with no candidate left, or unknown, takes the context's
/// unit (ACLED geo-precision 2 practice); countryside and direction phrases become the unit's area moved that way.
/// Returns null to abstain.
/// </summary>
internal sealed class PlaceResolver(Gazetteer gazetteer, PlaceLexicon lexicon)
{
    /// <summary>Share of a unit's reach a direction moves its point («أقصى»: further out).</summary>
    private const double DirectionShare = 0.5;
    private const double FarShare = 0.8;

    /// <summary>Slack for centroids and settlement sizes when testing whether a place lies in its context.</summary>
    private const double ContextSlackKm = 10;

    /// <summary>How far «شمال منبج» may reach from the town.</summary>
    private const double DirectionalReachKm = 150;

    private const long MajorCityPopulation = 500_000;

    /// <summary>
    /// How far sideways a projected point may be off, per km of distance: a bearing named on the eight-point compass
    /// («جنوب شرق») is good to ±22.5°, and tan 22.5° ≈ 0.41.
    /// </summary>
    private const double BearingSpread = 0.41;

    /// <summary>A projected point this close (in km of spread) is as good as a sub-district centroid; then a district's.</summary>
    private const double SubdistrictSpreadKm = 12;

    private const double DistrictSpreadKm = 35;

    private const long MinorTownPopulation = 10_000;

    public ResolvedPlace? Resolve(PlacePhrase phrase, ResolvedPlace? context, ArticleFrame article)
    {
        var (focus, leading) = (article.Focus, article.Leading);
        if (phrase.ThisCountry)
        {
            var own = OwnCountry(phrase.ContextFor, article) ?? leading;
            return own is null ? null
                : phrase.Direction is { IsCentre: false } d ? CountryPart(own, d)
                : gazetteer.Find(own) is { Kind: PlacePrecision.Country } country ? Place(country, phrase, [country]) : null;
        }
        if (phrase.Name is null && phrase.DistanceKm is { } km && context is { Direction: { IsCentre: false } bearing })
            return Projected(context, bearing, km);
        if (phrase.Cue?.Kind == CueKind.Neighbourhood)
            return InCity(context); // neighbourhoods are not in the gazetteer: «حي القوتلي في مدينة القامشلي»
        if (phrase.Name is null)
            return FromContext(context);
        IReadOnlyList<GazetteerEntry> candidates = phrase.Name.Places.Where(e => !article.IsFar(e, phrase.Name.Form)).ToList();
        var placedByContext = false;
        if (context is not null)
        {
            var inside = candidates.Where(c => Inside(c, context)).ToList();
            if (inside.Count == 0 && phrase.Cue?.Kind is CueKind.District or CueKind.Subdistrict)
                inside = candidates.Where(c => c.Feature is "PPLA2" or "PPLA3" && WithinReach(c, context)).ToList();
            if (inside.Count > 0)
            {
                candidates = inside;
                placedByContext = true;
            }
            else if (phrase.Cue is not null && phrase.DistanceKm is null)
            {
                return FromContext(context); // «قرية الصفصافة بريف إدلب»: not the Safsafa of the gazetteer
            }
            // without a cue the link was likely wrong («طريق دير الزور – الحسكة قرب بلدة الصور»): ignore it
        }
        var evidence = placedByContext || phrase.Cue is not null || phrase.DirectionBefore || phrase.IsContext || phrase.Hashtag;
        if (!Licensed(phrase, focus, evidence))
            return null;
        if (!evidence && candidates.All(e => e.Country != focus && (SmallAndAway(e) || Minor(e))))
            return null; // a bare village name away from the article's country is more likely a word («سلامة», «عنه»)
        var best = CandidateRanker.Best(candidates, phrase, focus);
        return best is null ? null : Place(best, phrase, candidates);
    }

    /// <summary>
    /// «جنوب البلاد», «بلدة الخرايب (جنوب)»: the part of the country that way — the gazetteer's region of that name
    /// («جنوب لبنان», «جنوب شرق تركيا») when it has one, else the country's area moved that way; null for an unknown country.
    /// </summary>
    public ResolvedPlace? CountryPart(string countryCode, Direction direction)
    {
        if (gazetteer.Find(countryCode) is not { Kind: PlacePrecision.Country } country)
            return null;
        var words = new[] { DirectionWord(new Direction(0, direction.Dy)), DirectionWord(new Direction(direction.Dx, 0)) }.Where(w => w is not null);
        var name = string.Join(' ', words.Append(country.NameAr ?? country.Name));
        var region = gazetteer.Lookup(name).FirstOrDefault(e => e.Kind == PlacePrecision.Region && e.Country == country.Country);
        if (region is not null)
            return new ResolvedPlace(region, region.Lat, region.Lon, PlacePrecision.Region, PlaceResolution.Directional, direction.Name, direction, [region, country]);
        var (lat, lon) = Geo.Move(country.Lat, country.Lon, direction, DirectionShare * country.ReachKm);
        return new ResolvedPlace(country, lat, lon, PlacePrecision.Region, PlaceResolution.Directional, direction.Name, direction, [country]);
    }

    /// <summary>The shortest word that names a direction before a name («جنوب»), or null for none (a zero component).</summary>
    private string? DirectionWord(Direction d) =>
        d.IsCentre ? null : lexicon.DirectionsBefore.Where(kv => kv.Value == d).Select(kv => kv.Key).OrderBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).FirstOrDefault();

    /// <summary>«ولاية أغري شرقي البلاد»: «البلاد» is the country of the name it qualifies, when all its places share one.</summary>
    private static string? OwnCountry(PlacePhrase? named, ArticleFrame article)
    {
        var places = named?.Name?.Places.Where(e => !article.IsFar(e, named.Name.Form)).ToList();
        return places is { Count: > 0 } && places.All(e => e.Country == places[0].Country) ? places[0].Country : null;
    }

    /// <summary>A name that is also a common word needs a cue, a direction, a fitting admin context or a hashtag.</summary>
    private bool Licensed(PlacePhrase phrase, string? focus, bool evidence)
    {
        if (lexicon.IsDefiniteCueWord(phrase.Name!.Form))
            return phrase.Cue is { Kind: not CueKind.Countryside } && phrase.Direction is null; // «ريف المدينة الغربي» is the city just named
        if (!lexicon.Ambiguous.TryGetValue(phrase.Name.Form, out var rule))
            return true;
        if (rule.Never)
            return false;
        if (rule.FocusCountry is { } country)
            return country == focus || phrase.Cue is not null;
        if (rule.Nisba)
            return !phrase.AfterIndefiniteWord;
        return evidence;
    }

    /// <summary>A settlement outside the core countries, short of a capital or a city of half a million: too likely a word («الخبر»).</summary>
    private static bool SmallAndAway(GazetteerEntry e) =>
        !CandidateRanker.CoreCountries.Contains(e.Country) && e.IsSettlement && e.Feature != "PPLC" && e.Population < MajorCityPopulation;

    /// <summary>A village, or a town of under 10,000 people (or unknown size): named bare, it needs the article to be about its country.</summary>
    private static bool Minor(GazetteerEntry e) =>
        e.Kind == PlacePrecision.Village || (e.Kind == PlacePrecision.Town && e.Population < MinorTownPopulation);

    /// <summary>
    /// «حي المثنى شرقي الموصل», «حي سرجنار غربي محافظة السليمانية»: a neighbourhood lies in the city its context names
    /// (a province by its seat), at the city's own point whatever direction is given; else in the context's unit.
    /// </summary>
    private ResolvedPlace? InCity(ResolvedPlace? context)
    {
        var city = context?.Entry is { IsSettlement: true } settlement ? settlement
            : context?.Entry is { Kind: PlacePrecision.Province } province ? gazetteer.SeatOf(province) : null;
        return city is null
            ? FromContext(context)
            : new ResolvedPlace(city, city.Lat, city.Lon, city.Kind, PlaceResolution.AdminContext, null, null, [city]);
    }

    /// <summary>
    /// The point <paramref name="km"/> from the reference place that way; the bearing's spread sets the precision.
    /// Distances are measured from towns: «جنوب حلب» counts from the city even where the name also chose the province.
    /// </summary>
    private ResolvedPlace Projected(ResolvedPlace reference, Direction bearing, double km)
    {
        var e = reference.Units.FirstOrDefault(u => u.IsSettlement)
            ?? (reference.Entry.Kind == PlacePrecision.Province ? gazetteer.SeatOf(reference.Entry) : null)
            ?? reference.Entry;
        var (lat, lon) = Geo.Move(e.Lat, e.Lon, bearing, km);
        var spread = km * BearingSpread;
        var precision = spread <= SubdistrictSpreadKm ? PlacePrecision.Subdistrict : spread <= DistrictSpreadKm ? PlacePrecision.District : PlacePrecision.Region;
        var qualifier = string.Create(CultureInfo.InvariantCulture, $"{km:0.#} km {bearing.Name}");
        return new ResolvedPlace(e, lat, lon, precision, PlaceResolution.Projected, qualifier, null, []);
    }

    private static ResolvedPlace? FromContext(ResolvedPlace? context)
    {
        // a country is no admin context for a village: «قرية X في سوريا» says too little to place it
        if (context is null || context.Precision == PlacePrecision.Country)
            return null;
        return context with { Resolution = PlaceResolution.AdminContext, Qualifier = null, Units = [context.Entry] };
    }

    /// <summary>Whether a candidate lies in one of the context's units: same country, same province, or within reach.</summary>
    public static bool Inside(GazetteerEntry candidate, ResolvedPlace context) =>
        context.Units.Any(unit => Inside(candidate, unit, context.Direction));

    /// <summary>
    /// «قضاء عقرة بمحافظة دهوك»: a district or sub-district seat within the province's reach, though the gazetteer files it
    /// under a neighbour (boundaries differ between sources, and some districts are run by another governorate).
    /// </summary>
    private static bool WithinReach(GazetteerEntry candidate, ResolvedPlace context) =>
        context.Units.Any(u => u.Country == candidate.Country && u.Kind != PlacePrecision.Country
                               && Geo.DistanceKm(candidate.Lat, candidate.Lon, u.Lat, u.Lon) <= 1.5 * u.ReachKm + ContextSlackKm);

    private static bool Inside(GazetteerEntry candidate, GazetteerEntry unit, Direction? direction)
    {
        if (candidate.Country != unit.Country)
            return false;
        if (unit.Kind == PlacePrecision.Country)
            return true;
        if (unit.Kind == PlacePrecision.Province && unit.Admin1 is not null && candidate.Admin1 is not null && candidate.Kind != PlacePrecision.Province)
            return candidate.Admin1 == unit.Admin1;
        var distance = Geo.DistanceKm(candidate.Lat, candidate.Lon, unit.Lat, unit.Lon);
        if (distance <= 1.5 * unit.ReachKm + ContextSlackKm)
            return true;
        if (direction is not { IsCentre: false } d || !unit.IsSettlement)
            return false;
        // «عفرين شمال حلب»: a place named as lying some way from a town may be well outside it, but that way
        var north = candidate.Lat - unit.Lat;
        var east = (candidate.Lon - unit.Lon) * Math.Cos(unit.Lat * Math.PI / 180);
        return distance <= DirectionalReachKm && north * d.Dy + east * d.Dx > 0;
    }

    private ResolvedPlace Place(GazetteerEntry e, PlacePhrase phrase, IReadOnlyList<GazetteerEntry> candidates)
    {
        var units = candidates.Where(c => c != e && c.Country == e.Country).Prepend(e).ToList();
        if (!phrase.IsDirectional)
            return new ResolvedPlace(e, e.Lat, e.Lon, e.Kind, PlaceResolution.Gazetteer, null, null, units);
        // «ريف حماة الغربي»: where the province's sub-districts that way lie, when the data has it; else its area moved that way
        var (lat, lon) = phrase.Direction is { } d
            ? gazetteer.CountrysidePoint(e, d) ?? Geo.Move(e.Lat, e.Lon, d, (phrase.Far ? FarShare : DirectionShare) * e.ReachKm)
            : (e.Lat, e.Lon);
        // «ريف عفرين» is Afrin district itself; with a direction it is part of it, so a region
        var precision = phrase.Direction is null && e.IsArea && e.Kind != PlacePrecision.Country ? e.Kind : PlacePrecision.Region;
        return new ResolvedPlace(e, lat, lon, precision, PlaceResolution.Directional, Qualifier(phrase), phrase.Direction, units);
    }

    private static string Qualifier(PlacePhrase phrase) =>
        (phrase.Countryside, phrase.Direction) switch
        {
            (true, { } d) => "countryside " + d.Name,
            (true, null) => "countryside",
            (false, { } d) => d.Name,
            _ => "",
        };
}
