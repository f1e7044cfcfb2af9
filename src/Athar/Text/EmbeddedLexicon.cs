namespace Athar.Text;

/// <summary>Reads the tab-separated lexicon files embedded in the assembly ('#' starts a comment line).</summary>
public static class EmbeddedLexicon
{
    /// <summary>Rows of a lexicon, split on tabs, blank and comment lines skipped.</summary>
    /// <param name="name">Path under src/Athar or the repository's data folder, e.g. "Text/number-words.tsv", "data/actors.tsv".</param>
    public static IEnumerable<string[]> Rows(string name)
    {
        using var reader = new StreamReader(Open(name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
                continue;
            yield return line.Split('\t');
        }
    }

    public static Stream Open(string name)
    {
        var assembly = typeof(EmbeddedLexicon).Assembly;
        var resource = "Athar/" + name.Replace('\\', '/');
        return assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded data '{resource}' is missing; have: {string.Join(", ", assembly.GetManifestResourceNames())}");
    }
}
