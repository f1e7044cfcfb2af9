using System.Xml;
using Athar.Input;

namespace Athar.Feeds;

/// <summary>
/// The feeds `athar poll` reads: each argument an RSS/Atom URL (http or https) or an OPML file whose outlines'
/// xmlUrl name them. An OPML file is read with DTDs refused and its size bounded; a bad URL in it is reported
/// and skipped, the others kept.
/// </summary>
public static class FeedList
{
    public const long MaxOpmlBytes = 4 * 1024 * 1024;

    public static IReadOnlyList<Uri> Read(IEnumerable<string> arguments, Action<string> log)
    {
        var feeds = new List<Uri>();
        foreach (var argument in arguments)
        {
            if (argument.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || argument.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                feeds.Add(Url(argument) ?? throw new UserInputException($"invalid feed URL '{argument}': give an absolute http(s) URL without a user or password"));
            else if (File.Exists(argument))
                feeds.AddRange(Opml(argument, log));
            else
                throw new UserInputException($"not a feed URL nor an OPML file: {argument}");
        }
        return feeds.Distinct().ToList() is { Count: > 0 } distinct ? distinct : throw new UserInputException("no feeds to poll");
    }

    /// <summary>An absolute http(s) URL without credentials, or null.</summary>
    public static Uri? Url(string text) =>
        text.Length <= 2000 && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.UserInfo) ? uri : null;

    private static List<Uri> Opml(string path, Action<string> log)
    {
        if (new FileInfo(path).Length > MaxOpmlBytes)
            throw new UserInputException($"{path} is over the {MaxOpmlBytes:N0}-byte limit for an OPML file");
        var feeds = new List<Uri>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxOpmlBytes * 2 };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "outline" || reader.GetAttribute("xmlUrl") is not { } xmlUrl)
                    continue;
                if (Url(xmlUrl) is { } url)
                    feeds.Add(url);
                else
                    log($"{path}: skipped an outline whose xmlUrl is not an http(s) URL: {xmlUrl[..Math.Min(xmlUrl.Length, 200)]}");
            }
        }
        catch (XmlException e)
        {
            throw new UserInputException($"{path} is not a readable OPML file: {e.Message}");
        }
        return feeds.Count > 0 ? feeds : throw new UserInputException($"{path} names no feeds (outline elements with an xmlUrl)");
    }
}
