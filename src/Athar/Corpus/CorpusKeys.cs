using Athar.Places;
using Athar.Text;

namespace Athar.Corpus;

/// <summary>
/// Keys that identify an actor or a place across articles: the catalogue or gazetteer id when there is one,
/// otherwise «~» and the matching form of the name (so «البغدادي» and «البغدادى» meet).
/// </summary>
public static class CorpusKeys
{
    public const char NameKeyPrefix = '~';

    public static string Actor(string? id, string name) =>
        string.IsNullOrEmpty(id) ? NameKey(name) : id;

    public static string Place(PlaceMention place) =>
        string.IsNullOrEmpty(place.GazetteerId) ? NameKey(place.NameAr ?? place.Name) : place.GazetteerId;

    public static string NameKey(string name) => NameKeyPrefix + MatchingForm.OfPhrase(name);

    /// <summary>The outlet of an article: the host of its URL without «www.», or null.</summary>
    public static string? Outlet(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return null;
        var host = uri.Host.ToLowerInvariant();
        foreach (var prefix in (string[])["www.", "m.", "amp."])
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.Length > prefix.Length)
                host = host[prefix.Length..];
        }
        return host;
    }
}
