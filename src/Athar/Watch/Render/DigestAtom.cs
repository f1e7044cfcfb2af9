using System.Globalization;
using System.Xml;

namespace Athar.Watch.Render;

/// <summary>
/// Digests as an Atom feed (RFC 4287): one entry per digest, its id stable (a reader shows each digest once),
/// its content the digest's HTML. The feed of a list is `/api/watchlists/{name}/feed.atom` and
/// `athar digest NAME --format atom`.
/// </summary>
public static class DigestAtom
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Ns = "http://www.w3.org/2005/Atom";

    public static void Write(string title, string feedId, Uri? self, IReadOnlyList<Digest> digests, DateTimeOffset updated, Stream output)
    {
        using var x = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = true });
        x.WriteStartDocument();
        x.WriteStartElement("feed", Ns);
        x.WriteElementString("title", Ns, title);
        x.WriteElementString("id", Ns, feedId);
        x.WriteElementString("updated", Ns, Moment(digests.Count > 0 ? digests.Max(d => d.Made) : updated));
        x.WriteStartElement("author", Ns);
        x.WriteElementString("name", Ns, "Athar");
        x.WriteEndElement();
        if (self is not null)
        {
            x.WriteStartElement("link", Ns);
            x.WriteAttributeString("rel", "self");
            x.WriteAttributeString("href", self.AbsoluteUri);
            x.WriteEndElement();
        }
        foreach (var digest in digests)
        {
            x.WriteStartElement("entry", Ns);
            x.WriteElementString("id", Ns, EntryId(digest));
            x.WriteElementString("title", Ns, DigestWords.Subject(digest));
            x.WriteElementString("updated", Ns, Moment(digest.Made));
            x.WriteElementString("summary", Ns, digest.Filter);
            foreach (var url in digest.Items.SelectMany(i => i.Evidence).Select(e => e.Url).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
                    continue;
                x.WriteStartElement("link", Ns);
                x.WriteAttributeString("rel", "related");
                x.WriteAttributeString("href", u.AbsoluteUri);
                x.WriteEndElement();
            }
            x.WriteStartElement("content", Ns);
            x.WriteAttributeString("type", "html");
            x.WriteString(DigestHtml.Fragment(digest));
            x.WriteEndElement();
            x.WriteEndElement();
        }
        x.WriteEndElement();
        x.WriteEndDocument();
    }

    public static string FeedId(string list) => $"urn:athar:watch:{Uri.EscapeDataString(list)}";

    /// <summary>A recorded digest's id is its store id; a preview's names the articles it covers.</summary>
    public static string EntryId(Digest d) => d.Id is { } id
        ? string.Create(CultureInfo.InvariantCulture, $"{FeedId(d.WatchList)}:digest:{id}")
        : string.Create(CultureInfo.InvariantCulture, $"{FeedId(d.WatchList)}:preview:{d.AfterDocument}-{d.UpToDocument}");

    private static string Moment(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
