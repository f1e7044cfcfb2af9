namespace Athar.Places;

/// <summary>The size of the area a place's coordinates stand for (as ACLED's geo-precision, but named).</summary>
public enum PlacePrecision
{
    Village,
    Town,
    City,
    Subdistrict,
    District,
    Province,
    Region,
    Country,
}

/// <summary>
/// A place name in the text resolved against the gazetteer. Name is English, NameAr Arabic, Country ISO 3166-1
/// alpha-2. A village not in the gazetteer but with a known admin context carries its own text and that
/// unit's centroid and precision; an unresolvable name is not reported (abstaining beats guessing).
/// </summary>
[Layer("places")]
public sealed record PlaceMention(
    Span Span,
    string Text,
    string Name,
    string? NameAr,
    string Country,
    string? Admin1,
    double Lat,
    double Lon,
    PlacePrecision Precision,
    string? GazetteerId) : IAnnotation;
