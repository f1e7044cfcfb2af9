using System.Globalization;

namespace Athar.Corpus;

/// <summary>
/// The one way an event is named to people — «ATH7» in the CLI, the CSV's event_id_cnty and the web pages — and
/// read back from them («ATH7», «ath7» or the store's own number «7»).
/// </summary>
public static class EventIds
{
    public const string Prefix = "ATH";

    public static string Format(long id) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{id}");

    public static bool TryParse(string? text, out long id)
    {
        var s = text?.Trim() ?? string.Empty;
        if (s.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            s = s[Prefix.Length..];
        return long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }
}
