using System.Globalization;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Places;

/// <summary>What an import read: rows imported, rows skipped on purpose (other countries or features), bad rows.</summary>
public sealed record ImportReport(long Lines, int Imported, long Skipped, int Bad, IReadOnlyList<string> BadExamples);

/// <summary>
/// Reads GeoNames dumps (the 19-column format of SY.txt, IQ.txt, TR.txt, allCountries.txt) into gazetteer rows:
/// populated places (class P), admin units ADM1–ADM4 (class A) and camps (S.CMP*), with their Arabic-script
/// names and a few Latin ones. A malformed row is counted and reported, never fatal.
/// </summary>
public sealed class GeoNamesImporter
{
    /// <summary>The gazetteer's countries: Syria, Iraq, Turkey and their neighbours (as the built-in cities500 extract).</summary>
    public static readonly IReadOnlySet<string> RegionCountries = new HashSet<string>(StringComparer.Ordinal)
    {
        "SY", "IQ", "TR", "LB", "JO", "IL", "PS", "IR", "SA", "KW", "CY", "EG", "AZ", "AM", "GE",
    };

    private const int MaxLatinAlternates = 6;
    private const int MaxBadExamples = 5;
    private const int ProgressLines = 8192;
    private static readonly Lazy<Dictionary<(string, string), string>> Admin1 = new(() =>
        Lexicon.Rows("data/places/admin1.tsv", 1).ToDictionary(r => (r[0], r[1]), r => r[2]));
    private static readonly Lazy<string[]> NamePrefixes = new(() =>
        [.. Lexicon.Rows("Places/name-prefixes.tsv").Select(r => r[0] + " ")]);

    private readonly IReadOnlySet<string>? _countries;

    /// <param name="countries">Countries to keep (ISO2); null keeps every country in the file.</param>
    public GeoNamesImporter(IReadOnlySet<string>? countries = null)
    {
        _countries = countries;
    }

    /// <summary>Reads rows from a dump; <paramref name="rows"/> receives each imported row, <paramref name="progress"/> every few thousand lines.</summary>
    public ImportReport Read(TextReader reader, Action<GazetteerRow> rows, Action? progress = null)
    {
        long lines = 0, skipped = 0;
        int imported = 0, bad = 0;
        var examples = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (++lines % ProgressLines == 0)
                progress?.Invoke();
            if (line.Length == 0 || line[0] == '#')
                continue;
            switch (Parse(line, out var row, out var error))
            {
                case LineResult.Imported:
                    rows(row!);
                    imported++;
                    break;
                case LineResult.Skipped:
                    skipped++;
                    break;
                default:
                    bad++;
                    if (examples.Count < MaxBadExamples)
                        examples.Add($"line {lines}: {error}");
                    break;
            }
        }
        return new ImportReport(lines, imported, skipped, bad, examples);
    }

    private enum LineResult
    {
        Imported,
        Skipped,
        Bad,
    }

    private LineResult Parse(string line, out GazetteerRow? row, out string? error)
    {
        row = null;
        error = null;
        var f = line.Split('\t');
        if (f.Length != 19)
            return Bad($"{f.Length} columns, expected 19", out error);
        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return Bad($"geonameid '{Short(f[0])}' is not a number", out error);
        if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
            return Bad($"coordinates '{Short(f[4])}', '{Short(f[5])}' are not valid", out error);
        long population = 0;
        if (f[14].Length > 0 && !long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out population))
            return Bad($"population '{Short(f[14])}' is not a number", out error);
        var country = f[8];
        if (country.Length != 2)
            return Bad($"country code '{Short(country)}' is not ISO 3166-1 alpha-2", out error);
        if ((_countries is not null && !_countries.Contains(country)) || Kind(f[6], f[7], population) is not { } kind)
            return LineResult.Skipped;

        var (arabic, latin) = Names(f[2], f[3]);
        var entry = new GazetteerEntry(
            f[0], kind, country, Admin1.Value.GetValueOrDefault((country, f[10])), lat, lon, DefaultRadiusKm(kind), population, f[7],
            f[2].Trim('`', '\'', '‘', '’') is { Length: > 0 } ascii ? ascii : f[1], arabic.FirstOrDefault(), "geonames (imported)");
        row = new GazetteerRow(entry, [.. arabic, .. latin]);
        return LineResult.Imported;
    }

    /// <summary>The precision a GeoNames feature gets (same rule as scripts/places/build_gazetteer.py), or null to skip it.</summary>
    public static PlacePrecision? Kind(string featureClass, string featureCode, long population) => featureClass switch
    {
        "P" when featureCode is "PPLC" or "PPLA" || population >= 100_000 => PlacePrecision.City,
        "P" when featureCode is "PPLA2" or "PPLA3" or "PPLA4" || population >= 10_000 => PlacePrecision.Town,
        "P" => PlacePrecision.Village,
        "A" => featureCode switch
        {
            "ADM1" => PlacePrecision.Province,
            "ADM2" => PlacePrecision.District,
            "ADM3" or "ADM4" => PlacePrecision.Subdistrict,
            _ => null,
        },
        "S" when featureCode.StartsWith("CMP", StringComparison.Ordinal) => PlacePrecision.Village,
        _ => null,
    };

    /// <summary>GeoNames has no areas: typical unit sizes in the region stand in.</summary>
    private static double DefaultRadiusKm(PlacePrecision kind) => kind switch
    {
        PlacePrecision.Province => 50,
        PlacePrecision.District => 20,
        PlacePrecision.Subdistrict => 8,
        _ => 0,
    };

    private static (List<string> Arabic, List<string> Latin) Names(string asciiName, string alternates)
    {
        var arabic = new List<string>();
        var latin = new List<string> { asciiName.Trim('`', '\'', '‘', '’') };
        foreach (var name in alternates.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IsArabicName(name))
                arabic.Add(StripPrefix(name));
            else if (latin.Count <= MaxLatinAlternates && IsLatinName(name))
                latin.Add(name.Trim('`', '\'', '‘', '’'));
        }
        return (arabic.Distinct(StringComparer.Ordinal).ToList(), latin.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    private static bool IsArabicName(string name) =>
        name.Any(ArabicCharacters.IsArabicLetter) && !name.Any(c => char.IsAsciiLetterOrDigit(c) || c is '(' or ')' or '،' or '|');

    private static bool IsLatinName(string name) =>
        name.Length is >= 2 and <= 40 && char.IsAsciiLetterUpper(name.TrimStart('`', '\'', '‘', '’').FirstOrDefault())
        && name.All(c => char.IsAsciiLetter(c) || c is ' ' or '-' or '\'' or '`' or '‘' or '’') && !name.All(c => !char.IsAsciiLetterLower(c));

    private static string StripPrefix(string name)
    {
        foreach (var prefix in NamePrefixes.Value)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length + 1)
                return name[prefix.Length..];
        }
        return name;
    }

    private static LineResult Bad(string message, out string error)
    {
        error = message;
        return LineResult.Bad;
    }

    private static string Short(string s) => s.Length <= 20 ? s : s[..20] + "…";
}
