using System.Globalization;

namespace Athar.Places;

/// <summary>
/// One place of the gazetteer. Kind is the precision a mention of it gets; RadiusKm is the size of an area
/// unit (0 for a populated place). Admin1 is the first-level unit's English name when known.
/// </summary>
public sealed record GazetteerEntry(
    string Id,
    PlacePrecision Kind,
    string Country,
    string? Admin1,
    double Lat,
    double Lon,
    double RadiusKm,
    long Population,
    string Feature,
    string Name,
    string? NameAr,
    string Source)
{
    /// <summary>How far from its point a place inside this one may lie: the area's radius, or a settlement's usual size.</summary>
    public double ReachKm => RadiusKm > 0 ? RadiusKm : Kind switch
    {
        PlacePrecision.City => 15,
        PlacePrecision.Town => 8,
        PlacePrecision.Village => 4,
        _ => 10,
    };

    public bool IsSettlement => Kind is PlacePrecision.Village or PlacePrecision.Town or PlacePrecision.City;

    public bool IsArea => !IsSettlement;

    public static string KindName(PlacePrecision kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParseKind(string text, out PlacePrecision kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind);

    internal static string Number(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
