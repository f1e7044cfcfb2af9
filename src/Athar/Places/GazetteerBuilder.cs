using System.Globalization;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Places;

/// <summary>Collects gazetteer rows from data files (later rows add names to, or replace, earlier ids) and builds the index.</summary>
public sealed class GazetteerBuilder
{
    /// <summary>Names shorter than this (after folding) match too much to be useful.</summary>
    private const int MinNameLength = 3;

    private readonly Dictionary<string, GazetteerEntry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Id, string Direction), (double Lat, double Lon)> _countryside = [];
    private LocalGazetteerFile? _local;

    public GazetteerBuilder AddBuiltIn()
    {
        foreach (var file in Gazetteer.BuiltInFiles)
            AddRows(Lexicon.Rows(file).Select(r => r.Cells));
        foreach (var alias in Lexicon.Rows("data/places/aliases.tsv"))
            AddNames(alias[0], alias[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return AddCountryside(Lexicon.Rows("data/places/countryside.tsv", 1).Select(r => r.Cells));
    }

    /// <summary>Countryside points: province id, direction name, lat, lon (data/places/countryside.tsv); bad rows are skipped.</summary>
    public GazetteerBuilder AddCountryside(IEnumerable<string[]> rows)
    {
        foreach (var f in rows)
        {
            if (f.Length >= 4 && double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
                _countryside[(f[0], f[1])] = (lat, lon);
        }
        return this;
    }

    /// <summary>Adds the user's gazetteer file when it exists; malformed rows are skipped (the importer wrote it).</summary>
    public GazetteerBuilder AddLocal(string path)
    {
        if (!File.Exists(path))
            return this;
        var rows = LocalGazetteer.ReadRows(path).Rows;
        _local = new LocalGazetteerFile(Path.GetFullPath(path), rows.Count);
        return AddRows(rows);
    }

    public GazetteerBuilder AddRows(IEnumerable<string[]> rows)
    {
        foreach (var fields in rows)
        {
            if (GazetteerRow.TryParse(fields) is { } row)
                Add(row);
        }
        return this;
    }

    public GazetteerBuilder AddRows(IEnumerable<GazetteerRow> rows)
    {
        foreach (var row in rows)
            Add(row);
        return this;
    }

    public GazetteerBuilder Add(GazetteerRow row)
    {
        _entries[row.Entry.Id] = row.Entry;
        AddNames(row.Entry.Id, [row.Entry.Name, row.Entry.NameAr ?? "", .. row.Names]);
        return this;
    }

    /// <summary>Adds names to a place already added; names for an unknown id are ignored.</summary>
    public GazetteerBuilder AddNames(string id, IEnumerable<string> names)
    {
        if (!_entries.ContainsKey(id))
            return this;
        if (!_names.TryGetValue(id, out var list))
            _names[id] = list = [];
        list.AddRange(names.Where(n => n.Length > 0));
        return this;
    }

    public Gazetteer Build()
    {
        var byForm = new Dictionary<string, (string[] Words, List<GazetteerEntry> Places)>(StringComparer.Ordinal);
        var keys = new Dictionary<string, string[]>(StringComparer.Ordinal); // names repeat across places and spellings
        foreach (var (id, names) in _names)
        {
            var entry = _entries[id];
            foreach (var name in names)
            {
                if (!keys.TryGetValue(name, out var words))
                    keys[name] = words = NameKey.Of(name);
                Index(byForm, words, entry);
                if (CompoundNames.OtherSpelling(words) is { } other)
                    Index(byForm, other, entry); // «كفرزيتا» for «كفر زيتا»
            }
        }
        var nameEntries = byForm.Values.Select(v => new NameEntry(v.Words, v.Places.AsReadOnly()));
        return new Gazetteer(new Dictionary<string, GazetteerEntry>(_entries, StringComparer.Ordinal), nameEntries, new(_countryside), _local);
    }

    private static void Index(Dictionary<string, (string[] Words, List<GazetteerEntry> Places)> byForm, string[] words, GazetteerEntry entry)
    {
        var form = string.Join(' ', words);
        if (form.Length < MinNameLength)
            return;
        if (!byForm.TryGetValue(form, out var slot))
            byForm[form] = slot = (words, []);
        if (!slot.Places.Contains(entry))
            slot.Places.Add(entry);
    }
}
