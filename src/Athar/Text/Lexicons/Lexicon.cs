namespace Athar.Text.Lexicons;

/// <summary>
/// The one reader of Athar's tab-separated data files (word lists, rule tables, built data), embedded in the
/// assembly. '#' starts a comment line. A key met twice is an error naming both lines: a word listed twice
/// with different values would otherwise take whichever the loader happened to keep.
/// </summary>
public static class Lexicon
{
    /// <summary>The rows of an embedded file, checked for repeated keys.</summary>
    /// <param name="name">Path under src/Athar or the repository's data folder, e.g. "Text/number-words.tsv", "data/actors/actors.tsv".</param>
    /// <param name="keyedToo">Columns that belong to the key besides the first (a word listed once per class).</param>
    public static IEnumerable<LexiconRow> Rows(string name, params int[] keyedToo)
    {
        using var reader = new StreamReader(Open(name));
        return Unique(Read(name, reader), keyedToo).ToList();
    }

    /// <summary>Rows of a file read from <paramref name="reader"/>, blank and comment lines skipped.</summary>
    public static IEnumerable<LexiconRow> Read(string file, TextReader reader)
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#' || string.IsNullOrWhiteSpace(text))
                continue;
            yield return new LexiconRow(file, line, text.Split('\t'));
        }
    }

    /// <summary>The rows, failing on the second row whose key (first column in matching form, and the columns keyed too) was seen.</summary>
    public static IEnumerable<LexiconRow> Unique(IEnumerable<LexiconRow> rows, params int[] keyedToo)
    {
        var seen = new Dictionary<string, LexiconRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = KeyOf(row, keyedToo);
            if (!seen.TryAdd(key, row))
                throw row.Error($"'{key.Replace('\t', ' ')}' is listed twice (first at line {seen[key].Line})");
            yield return row;
        }
    }

    public static Stream Open(string name)
    {
        var assembly = typeof(Lexicon).Assembly;
        var resource = "Athar/" + name.Replace('\\', '/');
        return assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded data '{resource}' is missing; have: {string.Join(", ", assembly.GetManifestResourceNames())}");
    }

    private static string KeyOf(LexiconRow row, int[] keyedToo) =>
        keyedToo.Length == 0 ? MatchingForm.OfPhrase(row.Key)
            : MatchingForm.OfPhrase(row.Key) + "\t" + string.Join('\t', keyedToo.Select(c => row.Optional(c) ?? ""));
}
