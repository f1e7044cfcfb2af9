using System.Text;
using System.Text.Json;
using Athar.Input;

namespace Athar.Corpus.Ingest;

/// <summary>The files an ingest will read, and what it left out (with reasons, so nothing is skipped silently).</summary>
public sealed record SourceFiles(IReadOnlyList<string> Files, IReadOnlyList<string> Missing, int SkippedOtherTypes);

/// <summary>
/// Reads articles from paths: files, and folders searched recursively for article files (.txt, .html,
/// .json — the contract's and the gold files' shape —, .jsonl batches, .rss/.atom/.xml feeds). A file given
/// by name is read whatever its extension (as text or HTML). Each file yields its articles or its errors.
/// </summary>
public sealed class ArticleSources(InputLimits limits)
{
    /// <summary>A publication date and URL for articles whose file gives none (plain text): `ingest --published --url`.</summary>
    public DocumentInfo Defaults { get; init; } = new();

    private static readonly HashSet<string> ArticleExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".rss", ".atom", ".xml",
    };

    private readonly ArticleReader _reader = new(limits);

    public static SourceFiles List(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var skipped = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(path);
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System }).Order(StringComparer.Ordinal))
                {
                    if (ArticleExtensions.Contains(Path.GetExtension(file)))
                        files.Add(file);
                    else
                        skipped++;
                }
            }
            else
                missing.Add(path);
        }
        return new SourceFiles(files.Distinct(StringComparer.Ordinal).ToList(), missing, skipped);
    }

    public IEnumerable<SourceItem> Read(string file) => ReadItems(file).Select(WithDefaults);

    private SourceItem WithDefaults(SourceItem item) => item.Article is not { } article ? item : item with
    {
        Article = article with { Info = article.Info with { Published = article.Info.Published ?? Defaults.Published, Url = article.Info.Url ?? Defaults.Url } },
    };

    private IEnumerable<SourceItem> ReadItems(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is ".jsonl" or ".ndjson")
            return ReadLines(file);
        string text;
        try
        {
            if (new FileInfo(file).Length > limits.MaxBytes)
                throw new UserInputException($"{file} is {new FileInfo(file).Length:N0} bytes, over the {limits.MaxBytes:N0}-byte limit (raise it with --max-size)");
            if (extension is ".json")
                return [ReadJson(file)];
            if (extension is ".rss" or ".atom" or ".xml" && FeedArticles.LooksLikeFeed(text = ReadUtf8(file)))
                return FeedArticles.Read(text, file, _reader);
            return [SourceItem.Ok(file, file, _reader.ReadFile(file))];
        }
        catch (Exception e) when (e is UserInputException or IOException or UnauthorizedAccessException or JsonException)
        {
            return [SourceItem.Failed(file, file, e.Message)];
        }
    }

    private SourceItem ReadJson(string file)
    {
        using var json = JsonDocument.Parse(ReadUtf8(file), new JsonDocumentOptions { MaxDepth = 64 });
        return SourceItem.Ok(file, file, JsonArticle.Parse(json.RootElement, Path.GetFileNameWithoutExtension(file), _reader, file));
    }

    // Line by line at the byte level, so an invalid or oversized line fails alone and the rest still read.
    private IEnumerable<SourceItem> ReadLines(string file)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [SourceItem.Failed(file, file, $"cannot read {file}: {e.Message}")];
        }
        return ReadLines(file, stream);
    }

    private IEnumerable<SourceItem> ReadLines(string file, FileStream stream)
    {
        using (stream)
        {
            foreach (var (number, line, error) in JsonLines.Read(stream, limits))
            {
                if (error is not null)
                    yield return SourceItem.Failed($"{file}:{number}", file, error);
                else if (!string.IsNullOrWhiteSpace(line))
                    yield return ReadLine(file, number, line);
            }
        }
    }

    private SourceItem ReadLine(string file, int number, string line)
    {
        var origin = $"{file}:{number}";
        try
        {
            using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = JsonArticle.MaxDepth });
            return SourceItem.Ok(origin, file, JsonArticle.Parse(json.RootElement, $"{Path.GetFileNameWithoutExtension(file)}-{number}", _reader, $"line {number}"));
        }
        catch (Exception e) when (e is UserInputException or JsonException)
        {
            return SourceItem.Failed(origin, file, e.Message);
        }
    }

    private static string ReadUtf8(string file)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(File.ReadAllBytes(file)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new UserInputException($"{file} is not valid UTF-8 text");
        }
    }
}
