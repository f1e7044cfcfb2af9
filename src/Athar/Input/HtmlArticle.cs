using SmartReader;

namespace Athar.Input;

/// <summary>Main text, title and date of an HTML page, extracted by SmartReader (a port of Mozilla Readability).</summary>
public static class HtmlArticle
{
    public static bool HasHtmlExtension(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    /// <summary>True when the text starts like an HTML document (doctype or html/head/body element).</summary>
    public static bool LooksLikeHtml(string text)
    {
        var s = text.AsSpan().TrimStart();
        if (s.IsEmpty || s[0] != '<')
            return false;
        var head = s[..Math.Min(s.Length, 512)].ToString().ToLowerInvariant();
        return head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal)
            || head.StartsWith("<head", StringComparison.Ordinal) || head.StartsWith("<body", StringComparison.Ordinal)
            || (head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<html", StringComparison.Ordinal));
    }

    public static Article Extract(string html, DocumentInfo info)
    {
        var url = Uri.TryCreate(info.Url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? u.ToString()
            : "https://localhost/article";
        SmartReader.Article page;
        try
        {
            var reader = new Reader(url, html) { Debug = false };
            page = reader.GetArticle();
        }
        catch (Exception e)
        {
            throw new UserInputException($"cannot extract an article from the HTML: {e.Message}");
        }
        var text = NormaliseLines(page.TextContent ?? string.Empty);
        if (text.Length == 0)
            throw new UserInputException("the HTML page has no readable article text");
        var published = info.Published ?? PublishedDate.OrNull(page.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null);
        return new Article(text, info with
        {
            Title = info.Title ?? NullIfEmpty(page.Title),
            Published = published,
            Language = info.Language,
        });
    }

    // Readability leaves runs of blank lines and indentation; keep paragraph breaks, drop the rest.
    private static string NormaliseLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim());
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (kept.Count == 0 || kept[^1].Length == 0))
                continue;
            kept.Add(line);
        }
        return string.Join('\n', kept).Trim();
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
