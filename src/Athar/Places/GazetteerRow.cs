using System.Globalization;

namespace Athar.Places;

/// <summary>
/// One line of a gazetteer file (the built-in data/places/*.tsv and the user's imported gazetteer share it):
/// id kind country admin1 lat lon radius_km population feature name_en name_ar names source — names separated by '|'.
/// </summary>
public sealed record GazetteerRow(GazetteerEntry Entry, IReadOnlyList<string> Names)
{
    public const int ColumnCount = 13;

    public const string Header = "# id\tkind\tcountry\tadmin1\tlat\tlon\tradius_km\tpopulation\tfeature\tname_en\tname_ar\tnames\tsource";

    /// <summary>Parses split columns; null when the row is malformed (wrong column count, bad number or kind).</summary>
    public static GazetteerRow? TryParse(string[] f)
    {
        if (f.Length != ColumnCount || f[0].Length == 0 || f[2].Length != 2
            || !GazetteerEntry.TryParseKind(f[1], out var kind)
            || !TryNumber(f[4], out var lat) || !TryNumber(f[5], out var lon) || lat is < -90 or > 90 || lon is < -180 or > 180
            || !TryNumber(f[6], out var radius) || !long.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var population))
            return null;
        var entry = new GazetteerEntry(f[0], kind, f[2], Blank(f[3]), lat, lon, radius, population, f[8], f[9], Blank(f[10]), f[12]);
        var names = f[11].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new GazetteerRow(entry, names);
    }

    public string Format()
    {
        var e = Entry;
        return string.Join('\t',
            e.Id, GazetteerEntry.KindName(e.Kind), e.Country, e.Admin1 ?? "", GazetteerEntry.Number(e.Lat), GazetteerEntry.Number(e.Lon),
            GazetteerEntry.Number(e.RadiusKm), e.Population.ToString(CultureInfo.InvariantCulture), e.Feature,
            Clean(e.Name), Clean(e.NameAr ?? ""), string.Join('|', Names.Select(Clean)), Clean(e.Source));
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace('|', ' ');

    private static string? Blank(string s) => s.Length == 0 ? null : s;

    private static bool TryNumber(string s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
