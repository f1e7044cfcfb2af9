using System.Globalization;
using Athar.Corpus;
using Athar.Text;

namespace Athar.Watch.Render;

/// <summary>The words every rendering of a digest shares: section headings, dates, places, the subject line.</summary>
public static class DigestWords
{
    public static string Heading(DigestItemKind kind) => kind switch
    {
        DigestItemKind.FirstAtPlace => "First time at this place",
        DigestItemKind.NewEvent => "New events",
        DigestItemKind.MoreSources => "Events with new sources",
        _ => "New whereabouts claims",
    };

    public static string Subject(Digest digest) => digest.IsEmpty
        ? $"Athar «{digest.WatchList}»: nothing new"
        : string.Create(CultureInfo.InvariantCulture, $"Athar «{digest.WatchList}»: {digest.Items.Count} new") + (digest.Count(DigestItemKind.FirstAtPlace) is > 0 and var n
            ? string.Create(CultureInfo.InvariantCulture, $", {n} first time at a place")
            : string.Empty);

    public static string Dates(EventDates? when)
    {
        if (when is null)
            return "undated";
        var c = CultureInfo.InvariantCulture;
        return when.Start == when.End ? when.Start.ToString("yyyy-MM-dd", c) : $"{when.Start.ToString("yyyy-MM-dd", c)} – {when.End.ToString("yyyy-MM-dd", c)}";
    }

    public static string Place(EventPlace? where) => where is null
        ? "place unknown"
        : $"{where.Name}{(where.NameAr is { } ar && ar != where.Name ? $" ({ar})" : string.Empty)}, {where.Country} · {where.Precision.ToString().ToLowerInvariant()}";

    public static string Line(DigestItem item) =>
        $"{Dates(item.When)} · {Place(item.Where)} · {item.What.Replace('_', ' ')} · {item.Certainty.ToString().ToLowerInvariant()}"
        + (item.Actor is { } actor ? $" · {actor}" : string.Empty)
        + string.Create(CultureInfo.InvariantCulture, $" · {item.IndependentSources}/{item.Sources} sources");

    public static string Source(DigestSource s) =>
        string.Join(", ", new[] { s.Outlet, s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Url }.OfType<string>());

    /// <summary>Whether a sentence is Arabic (written right to left): its first letter is (as the Unicode bidi rule reads a paragraph).</summary>
    public static bool IsArabic(string text) => text.FirstOrDefault(char.IsLetter) is var first && first != default && ArabicCharacters.IsArabicLetter(first);
}
