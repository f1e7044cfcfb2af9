namespace Athar.Places;

/// <summary>
/// Scores the places that bear a name: what the cue word says the name is, the article's country focus, admin
/// rank (capital, province seat) and population. Context consistency is a filter applied before ranking.
/// </summary>
internal static class CandidateRanker
{
    /// <summary>Countries the stage is built for; a small place elsewhere needs a cue or context.</summary>
    public static readonly IReadOnlySet<string> CoreCountries = new HashSet<string>(StringComparer.Ordinal) { "SY", "IQ", "TR", "LB", "JO", "PS", "IL" };

    public static GazetteerEntry? Best(IEnumerable<GazetteerEntry> candidates, PlacePhrase phrase, string? focus) =>
        candidates
            .OrderByDescending(e => Score(e, phrase, focus))
            .ThenByDescending(e => e.Population)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    public static double Score(GazetteerEntry e, PlacePhrase phrase, string? focus)
    {
        var score = phrase.Cue is null && phrase.Direction is not null ? DirectionFit(e.Kind) : KindFit(e.Kind, phrase.Cue?.Kind);
        if (focus is not null && e.Country == focus)
            score += 2.5;
        if (e.Country is "SY" or "IQ" or "TR")
            score += 1.5; // the stage is built for their news: near-ties go there (Ariha before Jericho)
        score += e.Feature switch
        {
            "PCLI" => 2, // a country before its same-named capital: «الكويت»
            "PPLC" => 1.5,
            "PPLA" => 1,
            "PPLA2" => 0.5,
            "PPLA3" => 0.25,
            _ => 0,
        };
        return score + Math.Min(1, Math.Log10(e.Population + 1) / 7);
    }

    /// <summary>«جنوب الحسكة», «شرق دير الزور»: the part of the province, unless the name is only a town («شمال منبج»).</summary>
    private static double DirectionFit(PlacePrecision kind) => kind switch
    {
        PlacePrecision.Province => 4,
        PlacePrecision.Country => 3.5,
        PlacePrecision.Region => 3,
        PlacePrecision.Village or PlacePrecision.Town or PlacePrecision.City => 2,
        PlacePrecision.District => 1.5,
        _ => 0.5,
    };

    /// <summary>How well a kind of place fits the cue: «ناحية» wants a sub-district, «ريف» the largest unit, no cue a settlement or country.</summary>
    private static double KindFit(PlacePrecision kind, CueKind? cue)
    {
        var settlement = kind is PlacePrecision.Village or PlacePrecision.Town or PlacePrecision.City;
        return cue switch
        {
            CueKind.Village or CueKind.Town or CueKind.Camp => settlement ? (kind == PlacePrecision.City ? 3 : 4) : 0,
            CueKind.City => settlement ? 4 : 0,
            CueKind.Subdistrict => kind == PlacePrecision.Subdistrict ? 4 : settlement ? 1 : 0,
            CueKind.District => kind == PlacePrecision.District ? 4 : settlement ? 1.5 : 0,
            CueKind.Province => kind == PlacePrecision.Province ? 4 : kind == PlacePrecision.Region ? 2 : 0,
            CueKind.Area => kind is PlacePrecision.District or PlacePrecision.Region ? 3 : kind == PlacePrecision.Subdistrict ? 2 : 1,
            CueKind.Countryside => kind switch
            {
                PlacePrecision.Province => 4,
                PlacePrecision.District => 3,
                PlacePrecision.Region => 2,
                PlacePrecision.Subdistrict => 1,
                _ => 0.5,
            },
            _ => kind switch
            {
                PlacePrecision.Country => 3,
                PlacePrecision.Village or PlacePrecision.Town or PlacePrecision.City => 2,
                PlacePrecision.Province or PlacePrecision.Region => 1.5,
                PlacePrecision.District => 1,
                _ => 0.5,
            },
        };
    }
}
