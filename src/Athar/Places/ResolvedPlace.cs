namespace Athar.Places;

/// <summary>
/// What a phrase resolved to: the gazetteer entry that stands for it, the point, precision and how. Units are
/// the places a name inside this one may lie in: the entry, then the other same-country places of the name
/// («شمال الحسكة» holds Qamishli through Al-Hasakah governorate, though the city was chosen).
/// </summary>
internal sealed record ResolvedPlace(
    GazetteerEntry Entry,
    double Lat,
    double Lon,
    PlacePrecision Precision,
    PlaceResolution Resolution,
    string? Qualifier,
    Direction? Direction,
    IReadOnlyList<GazetteerEntry> Units);
