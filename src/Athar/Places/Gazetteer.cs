using Athar.Text;

namespace Athar.Places;

/// <summary>
/// Places and their names, indexed by the matching form of a name's first word so that recognition is one
/// dictionary lookup per token reading. Built once (a few tens of milliseconds) and shared read-only.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>Built-in data files, in load order: later files add names to (or replace) earlier ids.</summary>
    public static readonly IReadOnlyList<string> BuiltInFiles = ["data/places/gazetteer.tsv", "data/places/regions.tsv", "data/places/curated.tsv"];

    private static readonly Lazy<Gazetteer> LazyBuiltIn = new(() => new GazetteerBuilder().AddBuiltIn().Build());

    private readonly Dictionary<string, GazetteerEntry> _byId;

    private readonly Lazy<Dictionary<(string Country, string Admin1), GazetteerEntry>> _seats;
    private readonly Lazy<Dictionary<(string Country, string Admin1), GazetteerEntry>> _provinces;
    private readonly Lazy<Dictionary<string, GazetteerEntry>> _capitals;
    private readonly Dictionary<(string Id, string Direction), (double Lat, double Lon)> _countryside;

    internal Gazetteer(
        Dictionary<string, GazetteerEntry> byId, IEnumerable<NameEntry> names,
        Dictionary<(string Id, string Direction), (double Lat, double Lon)>? countryside = null, LocalGazetteerFile? local = null)
    {
        Local = local;
        _byId = byId;
        // hyphens may join a Latin name's words in the text («Deir ez-Zor»)
        Names = new PhraseMatcher<NameEntry>(names.Select(n => (n.Words, n)), new PhraseOptions { Skip = Punct.NameJoiner });
        _countryside = countryside ?? [];
        _provinces = new(() => byId.Values
            .Where(e => e.Kind == PlacePrecision.Province && e.Admin1 is not null)
            .GroupBy(e => (e.Country, e.Admin1!))
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id, StringComparer.Ordinal).First()));
        _capitals = new(() => byId.Values.Where(e => e.Feature == "PPLC")
            .GroupBy(e => e.Country).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Population).ThenBy(e => e.Id, StringComparer.Ordinal).First()));
        _seats = new(() => byId.Values
            .Where(e => e.Admin1 is not null && e.Feature is "PPLA" or "PPLC")
            .GroupBy(e => (e.Country, e.Admin1!))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Population).ThenBy(e => e.Id, StringComparer.Ordinal).First()));
    }

    /// <summary>The committed gazetteer only (GeoNames cities500, OpenSyria units, regions, curated places).</summary>
    public static Gazetteer BuiltIn => LazyBuiltIn.Value;

    /// <summary>The user's file added to this gazetteer (<see cref="GazetteerBuilder.AddLocal"/>), or null: the output names it.</summary>
    public LocalGazetteerFile? Local { get; }

    public int Count => _byId.Count;

    public int NameCount => Names.Count;

    public IEnumerable<GazetteerEntry> Entries => _byId.Values;

    public GazetteerEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>A first-level unit's seat: the capital or province seat in it («محافظة السليمانية» → As Sulaymaniyah), if known.</summary>
    public GazetteerEntry? SeatOf(GazetteerEntry province) =>
        province.Admin1 is { } admin1 && _seats.Value.TryGetValue((province.Country, admin1), out var seat) ? seat : null;

    /// <summary>A country's capital (GeoNames PPLC), if the gazetteer has it.</summary>
    public GazetteerEntry? CapitalOf(string country) => _capitals.Value.GetValueOrDefault(country);

    /// <summary>The first-level unit a place lies in («أربيل» the city → Erbil governorate), if the gazetteer has it.</summary>
    public GazetteerEntry? ProvinceOf(GazetteerEntry place) =>
        place.Admin1 is { } admin1 && _provinces.Value.TryGetValue((place.Country, admin1), out var province) ? province : null;

    /// <summary>
    /// Where a province's countryside lies in a direction of its seat («ريف حماة الغربي»), from the sub-districts that
    /// lie that way (data/places/countryside.tsv); null when the data has no such point.
    /// </summary>
    public (double Lat, double Lon)? CountrysidePoint(GazetteerEntry province, Direction direction) =>
        _countryside.TryGetValue((province.Id, direction.Name), out var point) ? point : null;

    /// <summary>Every name, found in text by the one phrase matcher.</summary>
    public PhraseMatcher<NameEntry> Names { get; }

    /// <summary>Names whose first word has this matching form, longest first.</summary>
    public IEnumerable<NameEntry> NamesStartingWith(string firstWordForm) => Names.StartingWith(firstWordForm).Select(n => n.Value);

    /// <summary>The places with exactly this name (any spelling that folds to the same matching form).</summary>
    public IReadOnlyList<GazetteerEntry> Lookup(string name)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
            return [];
        var form = string.Join(' ', key);
        return NamesStartingWith(key[0]).FirstOrDefault(n => n.Form == form)?.Places ?? [];
    }
}

/// <summary>One name (as a sequence of word forms) and every place that bears it.</summary>
public sealed class NameEntry(string[] words, IReadOnlyList<GazetteerEntry> places)
{
    public IReadOnlyList<string> Words { get; } = words;

    /// <summary>The words joined by single spaces: the key of the ambiguity tables.</summary>
    public string Form { get; } = string.Join(' ', words);

    public IReadOnlyList<GazetteerEntry> Places { get; } = places;
}
