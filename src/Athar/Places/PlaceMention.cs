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

/// <summary>How a mention got its coordinates.</summary>
public enum PlaceResolution
{
    /// <summary>The name itself is in the gazetteer.</summary>
    Gazetteer,

    /// <summary>A countryside or direction phrase («ريف إدلب الشمالي», «شمال منبج»): the unit's area, moved that way.</summary>
    Directional,

    /// <summary>The name is not in the gazetteer (or not in the stated unit): the admin unit around it stands in.</summary>
    AdminContext,

    /// <summary>The name is not in the gazetteer but the text says how far and which way it lies from a known place
    /// («قرية خان السبل (23 كم جنوب شرق مدينة إدلب)»): the point that far that way, as precise as the bearing allows.</summary>
    Projected,
}

/// <summary>The admin context that placed a name («التابعة لناحية حارم»): its text and span.</summary>
public sealed record PlaceContext(string Text, Span Span);

/// <summary>
/// A place name in the text resolved against the gazetteer. Name is English, NameAr Arabic, Country ISO 3166-1
/// alpha-2. A village not in the gazetteer but with a known admin context carries its own text and that
/// unit's centroid and precision; an unresolvable name is not reported (abstaining beats guessing).
/// Cue is the word that introduced the name («قرية», «ناحية»); Qualifier the countryside or direction
/// («countryside north» for «ريف إدلب الشمالي»); Context the admin phrase that chose the place. Dateline is set on
/// a place in the dateline or byline at an article's head («بغداد، العراق (CNN)--», «إسطنبول / خليل دمير / الأناضول»):
/// the desk's city, not an incident's site.
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
    string? GazetteerId,
    string? Cue = null,
    string? Qualifier = null,
    PlaceContext? Context = null,
    PlaceResolution Resolution = PlaceResolution.Gazetteer,
    bool Dateline = false) : IAnnotation;
