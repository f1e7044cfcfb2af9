namespace Athar.Bench;

/// <summary>
/// Text for benchmarks: the bundled seed article, and when ../shared/data/arabic-ner is present its newswire
/// sentences (ANERcorp/NewsFANE). The source used is printed so results can be compared honestly.
/// </summary>
public static class BenchCorpus
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Seed => File.ReadAllText(Path.Combine(RepoRoot, "samples", "seed-article.txt"));

    /// <summary>Paragraph-sized chunks of real Arabic news (at least the seed's paragraphs).</summary>
    public static IReadOnlyList<string> Paragraphs()
    {
        var paragraphs = Seed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length > 40).ToList();
        var anercorp = Path.Combine(RepoRoot, "..", "shared", "data", "arabic-ner", "anercorp-camellab", "ANERCorp_CamelLab_test.txt");
        if (File.Exists(anercorp))
            paragraphs.AddRange(SentencesFromConll(anercorp));
        else
            Console.Error.WriteLine($"bench: {anercorp} not found; using the seed article only");
        return paragraphs;
    }

    /// <summary>The texts of the dev articles in ../shared/eval/dev (conflict news), or none when ../shared is absent.</summary>
    public static IReadOnlyList<string> ConflictArticles()
    {
        var folder = Path.Combine(RepoRoot, "..", "shared", "eval", "dev");
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"bench: {folder} not found; no conflict-news profile");
            return [];
        }
        return Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement.GetProperty("text").GetString()!)
            .ToList();
    }

    /// <summary>Sentences rebuilt from a CoNLL-style `token TAG` file (blank line between sentences).</summary>
    public static IEnumerable<string> SentencesFromConll(string path)
    {
        var words = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            var t = line.Trim().TrimStart('\u200E');
            if (t.Length == 0)
            {
                if (words.Count > 0)
                    yield return string.Join(' ', words);
                words.Clear();
                continue;
            }
            var cut = t.LastIndexOfAny([' ', '\t']);
            words.Add(cut > 0 ? t[..cut] : t);
        }
        if (words.Count > 0)
            yield return string.Join(' ', words);
    }

    /// <summary>The baseline both benchmarks compare against: Lucene's analyzer over a text, counting term characters.</summary>
    public static int LuceneTermChars(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var n = 0;
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            n += term.Length;
        stream.End();
        return n;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Athar.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
