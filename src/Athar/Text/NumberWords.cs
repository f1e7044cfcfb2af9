using System.Collections.Frozen;
using System.Globalization;
using Athar.Text.Lexicons;

namespace Athar.Text;

/// <summary>The number-word lexicon (Text/number-words.tsv), keyed by matching form.</summary>
public sealed class NumberWords
{
    public enum WordClass { Unit, Tens, Hundred, Thousand, Million, Vague, Ordinal, OrdinalUnit }

    public readonly record struct Entry(double Value, WordClass Class, double? Max);

    private readonly FrozenDictionary<string, Entry[]> _entries;

    private NumberWords(FrozenDictionary<string, Entry[]> entries) => _entries = entries;

    public static NumberWords Default { get; } = Load();

    public static NumberWords Load()
    {
        var map = new Dictionary<string, List<Entry>>();
        foreach (var row in Lexicon.Rows("Text/number-words.tsv", 2))
        {
            var entry = new Entry(
                double.Parse(row[1], CultureInfo.InvariantCulture),
                row.Enum<WordClass>(2),
                row.Length > 3 ? double.Parse(row[3], CultureInfo.InvariantCulture) : null);
            var key = MatchingForm.Of(row[0]);
            if (!map.TryGetValue(key, out var list))
                map[key] = list = [];
            list.Add(entry);
        }
        return new NumberWords(map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray()));
    }

    public bool TryGet(string form, WordClass wanted, out Entry entry)
    {
        entry = default;
        if (!_entries.TryGetValue(form, out var entries))
            return false;
        foreach (var e in entries)
        {
            if (e.Class == wanted)
            {
                entry = e;
                return true;
            }
        }
        return false;
    }

    public bool TryGetAny(string form, out Entry entry)
    {
        entry = default;
        if (!_entries.TryGetValue(form, out var entries))
            return false;
        entry = entries[0];
        return true;
    }
}
