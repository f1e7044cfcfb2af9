using Athar.Events.Rules;
using Athar.Places;
using Athar.Text;

namespace Athar.Events.SameIncident;

/// <summary>How two places of two reports relate.</summary>
public enum PlaceRelation
{
    /// <summary>One of them is not known.</summary>
    Unknown,

    /// <summary>The same place: within the same-place distance, and not two differently named villages or towns.</summary>
    Same,

    /// <summary>One contains the other («ريف إدلب» and a village in it; «إدلب» the city standing for its province).</summary>
    Nested,

    /// <summary>Different places: they cannot be one incident.</summary>
    Different,
}

/// <summary>The place facts the same-incident rules compare (from a mention in the text or a stored event).</summary>
/// <param name="NamedByContext">An unknown name placed by its admin context or by a stated distance: a site of its own (its
/// identity is its text, <paramref name="Text"/>), never a container.</param>
/// <param name="NearCity">A direction from a city («جنوب دمشق», «شمال حماة»): an area around the city, not a province.</param>
/// <param name="Directional">A part of a unit named by a direction or «ريف» («غرب محافظة الأنبار»).</param>
/// <param name="Quarter">A quarter of a city («حي هرابش», «منطقة الكاظمية»): inside its city, not a settlement of its own.</param>
/// <param name="Near">Said to be near the place («قرب الموصل», «في محيط مدينة الباب»): the area around it, not the place itself.</param>
public sealed record SiteFacts(string Name, string Country, string? Admin1, double Lat, double Lon, PlacePrecision Precision, bool NamedByContext, bool NearCity = false, string? Text = null, bool Directional = false, bool Quarter = false, bool Near = false)
{
    /// <summary>The facts of a place mention, reading the words before it in its article («قرب»).</summary>
    public static SiteFacts From(PlaceMention p, ArticleView view) => From(p) with { Near = IsNear(p, view) };

    private static bool IsNear(PlaceMention p, ArticleView view)
    {
        var words = EventLexicon.Default.Words("near");
        var tokens = view.Tokens;
        var i = Athar.Text.TokenRange.LowerBound(tokens, p.Span.Start);
        // the word before the name, or before its cue («قرب مدينة الباب»), quotes skipped
        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            var t = tokens[j];
            if (t.Is(Punct.OpeningQuote | Punct.Hash))
                continue;
            if (t.IsOneOf(words))
                return true;
            if (p.Cue is null || (t.Form != Athar.Text.MatchingForm.Of(p.Cue) && !t.Readings.Any(r => r.Stem == Athar.Text.MatchingForm.Of(p.Cue))))
                return false;
        }
        return false;
    }

    public static SiteFacts From(PlaceMention p) =>
        new(p.Name, p.Country, p.Admin1, p.Lat, p.Lon, p.Precision, p.Resolution is PlaceResolution.AdminContext or PlaceResolution.Projected,
            p.Resolution == PlaceResolution.Directional && p.Qualifier?.Contains("countryside", StringComparison.Ordinal) != true && !IsProvinceOrCountryside(p.Cue),
            Athar.Text.MatchingForm.OfPhrase(p.Text), p.Resolution == PlaceResolution.Directional,
            p.Cue is { } cue && EventLexicon.Default.Words("quarter").Contains(Athar.Text.MatchingForm.Of(cue)));

    // «محافظة إدلب», «ريف حلب»: a unit or countryside placed by direction names an area, not a point
    private static bool IsProvinceOrCountryside(string? cue) =>
        cue is not null && PlaceLexicon.Default.Cues.TryGetValue(Athar.Text.MatchingForm.Of(cue), out var c) && c.Kind is CueKind.Province or CueKind.Countryside;

    public static SiteFacts From(EventWhere w) => new(w.Name, w.Country, w.Admin1, w.Lat, w.Lon, w.Precision, false);
}

/// <summary>Place relations shared by the site decision, the article's incident segmentation and cross-article fusion.</summary>
public static class PlaceRelations
{
    public static PlaceRelation Of(SiteFacts? a, SiteFacts? b, RuleBook rules)
    {
        if (a is null || b is null)
            return PlaceRelation.Unknown;
        var km = Geo.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon);
        if (Contains(a, b, rules, km) || Contains(b, a, rules, km))
            return PlaceRelation.Nested;
        if (rules.On("same.distinct-villages") && Named(a) && Named(b) && !SameName(a, b))
            return PlaceRelation.Different;
        // a unit and a settlement that it does not contain are different places, however near their points
        if (rules.On("same.unit-vs-settlement") && IsUnit(a) != IsUnit(b))
            return PlaceRelation.Different;
        return km <= rules.Value("same.place-km", whenOff: 0) ? PlaceRelation.Same : PlaceRelation.Different;
    }

    /// <summary>Does the coarser place <paramref name="outer"/> contain <paramref name="inner"/>?</summary>
    public static bool Contains(SiteFacts outer, SiteFacts inner, RuleBook rules) =>
        Contains(outer, inner, rules, Geo.DistanceKm(outer.Lat, outer.Lon, inner.Lat, inner.Lon));

    private static bool Contains(SiteFacts outer, SiteFacts inner, RuleBook rules, double km)
    {
        if (outer.NamedByContext || outer.Country != inner.Country)
            return false;
        // «قرب الموصل»: the area around a place holds the villages near it
        if (outer.Near && rules.On("same.near-area") && !inner.Near)
            return km <= rules.Value("same.near-area") && (int)inner.Precision <= (int)PlacePrecision.Subdistrict;
        // «إدلب», «حماة», «كركوك» name a city and its province alike: such a city may stand for its province
        if (rules.On("same.city-names-province") && NamesItsProvince(outer) && (int)inner.Precision < (int)PlacePrecision.City)
            return km <= rules.Value("same.city-names-province") && (inner.Admin1 is null || inner.Admin1 == outer.Admin1);
        // an unknown village placed at its unit's point is still a village inside that unit
        var innerPrecision = inner.NamedByContext ? PlacePrecision.Village : inner.Precision;
        // «حي هرابش في مدينة دير الزور»: a city holds its quarters
        if (inner.Quarter && !outer.Quarter && outer.Precision is PlacePrecision.City or PlacePrecision.Town && (inner.NamedByContext || (int)inner.Precision <= (int)outer.Precision)
            && rules.On("same.city-holds-no-town"))
            return km <= rules.Value("same.place-km", whenOff: 0);
        if ((int)outer.Precision <= (int)innerPrecision)
            return false;
        // «مدينتي دوما وحرستا»: a city does not contain another town or village, however near
        if (outer.Precision == PlacePrecision.City && innerPrecision is PlacePrecision.Village or PlacePrecision.Town && !inner.Quarter && rules.On("same.city-holds-no-town"))
            return false;
        if (outer.Precision == PlacePrecision.Country)
            return true;
        // «ريف حمص الشمالي» does not contain a town of Hama province, however near
        // (near a border the two units blur: a district may be filed under its neighbour)
        if (rules.On("same.admin-unit") && outer.Admin1 is { } unit && inner.Admin1 is { } innerUnit && unit != innerUnit && km > rules.Value("same.admin-unit"))
            return false;
        // «جنوب شرقي البلاد», «شمال سوريا»: a part of a country, however far its point is from the place
        if (outer.Precision == PlacePrecision.Region && outer.Admin1 is null && rules.On("same.country-part"))
            return km <= rules.Value("same.country-part");
        return km <= (outer.NearCity && rules.On("same.near-city") ? rules.Value("same.near-city") : ContainerKm(outer.Precision, rules));
    }

    /// <summary>How far from its point a unit of this precision still contains a place.</summary>
    public static double ContainerKm(PlacePrecision p, RuleBook rules) => p switch
    {
        PlacePrecision.Village or PlacePrecision.Town => 0,
        PlacePrecision.City => rules.Value("same.place-km", whenOff: 0),
        PlacePrecision.Subdistrict => rules.Value("site.container-subdistrict", whenOff: 0),
        PlacePrecision.District => rules.Value("site.container-district", whenOff: 0),
        _ => rules.Value("site.container-province", whenOff: 0),
    };

    /// <summary>
    /// How fine a place is (lower is finer): a direction from a city is finer than a district, coarser than a named
    /// sub-district; a part of a province («غرب محافظة الأنبار») finer than the province.
    /// </summary>
    public static double Fineness(SiteFacts p) =>
        p.NearCity ? (int)PlacePrecision.Subdistrict + 0.5
        : p.Directional ? Math.Min((int)p.Precision, (int)PlacePrecision.Province) - 0.5
        : (int)p.Precision;

    public static bool NamesItsProvince(SiteFacts p) =>
        p.Precision == PlacePrecision.City && p.Admin1 is { } admin1 && Bare(p.Name).StartsWith(Bare(admin1), StringComparison.Ordinal);

    private static bool IsUnit(SiteFacts p) => !p.NamedByContext && (p.Near || p.Directional || (int)p.Precision >= (int)PlacePrecision.Subdistrict);

    // A village or town by its gazetteer name, or an unknown place by its own words («قرية العمقية»)
    private static bool Named(SiteFacts p) => !p.Quarter && !p.Near && (p.NamedByContext || p.Precision is PlacePrecision.Village or PlacePrecision.Town or PlacePrecision.City);

    private static bool SameName(SiteFacts a, SiteFacts b) =>
        a.NamedByContext || b.NamedByContext ? a.Text is not null && TrimArticle(a.Text) == TrimArticle(b.Text ?? "") : Bare(a.Name) == Bare(b.Name);

    private static string TrimArticle(string form) => Athar.Text.Clitics.WithoutArticle(form);


    private static readonly string[] Articles = ["al-", "al ", "ar ", "ar-", "as ", "as-", "ad ", "ad-", "ash ", "ash-", "an ", "at ", "az ", "ez ", "el ", "el-"];

    // «Şırnak» and «Sirnak», «Doğubayazıt» and «Dogubayazit» are one name: Latin accents and the dotless i folded
    private static string Bare(string name)
    {
        var lower = new string(name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c == '\u0131' ? 'i' : c).ToArray()).ToLowerInvariant();
        foreach (var article in Articles)
        {
            if (lower.StartsWith(article, StringComparison.Ordinal))
                return new string(lower[article.Length..].Where(char.IsLetter).ToArray());
        }
        return new string(lower.Where(char.IsLetter).ToArray());
    }
}
