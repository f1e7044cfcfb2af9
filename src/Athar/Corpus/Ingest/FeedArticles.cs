using AngleSharp.Html.Parser;
using Athar.Input;
using CodeHollow.FeedReader;

namespace Athar.Corpus.Ingest;

/// <summary>
/// The items of an RSS or Atom feed file as articles (parsed from the file's content, never fetched): the
/// headline as the first line, then the item's content or description as text; link, date and id kept.
/// </summary>
public static class FeedArticles
{
    /// <summary>True when the text starts like an RSS, RDF or Atom document.</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan().TrimStart();
        head = head[..Math.Min(head.Length, 1024)];
        return head.StartsWith("<") && (head.Contains("<rss", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase));
    }

    public static IEnumerable<SourceItem> Read(string xml, string file, ArticleReader reader)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception e)
        {
            return [SourceItem.Failed(file, file, $"not a readable RSS/Atom feed: {e.Message}")];
        }
        var parser = new HtmlParser();
        return feed.Items.Select((item, i) =>
        {
            var origin = $"{file}#{i + 1}";
            try
            {
                var body = PlainText(parser, item.Content ?? item.Description ?? string.Empty);
                var title = item.Title?.Trim();
                var text = string.IsNullOrEmpty(title) ? body : title + "\n" + body;
                if (text.Trim().Length == 0)
                    return SourceItem.Failed(origin, file, "the feed item has no title or text");
                var info = new DocumentInfo
                {
                    Id = string.IsNullOrWhiteSpace(item.Id) ? item.Link ?? origin : item.Id,
                    Url = item.Link,
                    Title = title,
                    Published = PublishedDate.OrNull(item.PublishingDate is { } d ? DateOnly.FromDateTime(d) : null),
                };
                return SourceItem.Ok(origin, file, reader.ReadText(text, origin, info));
            }
            catch (UserInputException e)
            {
                return SourceItem.Failed(origin, file, e.Message);
            }
        }).ToList();
    }

    // Feed bodies are HTML fragments: their text, one line per block, never their markup.
    private static string PlainText(HtmlParser parser, string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
            return System.Net.WebUtility.HtmlDecode(html).Trim();
        using var doc = parser.ParseDocument("<body>" + html + "</body>");
        foreach (var br in doc.QuerySelectorAll("br").ToList())
            br.Replace(doc.CreateTextNode("\n"));
        foreach (var block in doc.QuerySelectorAll("p, div, li, h1, h2, h3, h4, blockquote").ToList())
            block.Append(doc.CreateTextNode("\n"));
        var lines = (doc.Body?.TextContent ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }
}
