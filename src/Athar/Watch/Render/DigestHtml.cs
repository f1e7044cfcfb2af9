using System.Net;

namespace Athar.Watch.Render;

/// <summary>
/// A digest as HTML: the mail's HTML part, the Atom entries' content, `athar digest --format html`. Every
/// value is encoded; evidence sentences keep their own direction (Arabic right to left); links are http(s) only.
/// </summary>
public static class DigestHtml
{
    /// <summary>A whole page (mail, file): the fragment in a document with its language and direction.</summary>
    public static string Page(IReadOnlyList<Digest> digests)
    {
        var title = digests.Count == 1 ? DigestWords.Subject(digests[0]) : "Athar digests";
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{E(title)}</title></head>
            <body style="font-family: sans-serif; max-width: 50em">
            {string.Concat(digests.Select(Fragment))}
            </body></html>
            """;
    }

    public static string Fragment(Digest digest)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append($"<section class=\"digest\"><h2>{E(DigestWords.Subject(digest))}</h2><p>watching: {E(digest.Filter)}</p>");
        foreach (var section in digest.Items.GroupBy(i => i.Kind).OrderBy(g => g.Key))
        {
            sb.Append($"<h3>{E(DigestWords.Heading(section.Key))}</h3><ul>");
            foreach (var item in section)
            {
                sb.Append($"<li><p>{E(DigestWords.Line(item))}</p>");
                foreach (var source in item.Evidence)
                {
                    var (dir, lang) = DigestWords.IsArabic(source.Sentence) ? ("rtl", "ar") : ("ltr", "en");
                    sb.Append($"<blockquote dir=\"{dir}\" lang=\"{lang}\">{E(source.Sentence)}</blockquote><p>— {Link(source)}</p>");
                }
                sb.Append("</li>");
            }
            sb.Append("</ul>");
        }
        return sb.Append("</section>").ToString();
    }

    private static string Link(DigestSource s)
    {
        var label = E(DigestWords.Source(s with { Url = null }));
        var url = Uri.TryCreate(s.Url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;
        var title = s.Title is { } t ? E(t) : "source";
        var link = url is null ? title : $"<a href=\"{E(url)}\">{title}</a>";
        return label.Length == 0 ? link : $"{link} ({label})";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
