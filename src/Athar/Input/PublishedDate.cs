using System.Globalization;

namespace Athar.Input;

/// <summary>Publication dates given by the user: ISO yyyy-MM-dd, nothing else (no guessing of 03/04/2020).</summary>
public static class PublishedDate
{
    /// <summary>News is published between these years; outside them a date is a typo or hostile input.</summary>
    public static readonly DateOnly Earliest = new(1800, 1, 1);

    public static readonly DateOnly Latest = new(2200, 12, 31);

    public static DateOnly Parse(string text, string what = "--published")
    {
        var s = text.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && (s.Length == 10 || s[10] is 'T' or ' '))
        {
            return IsPlausible(d) ? d
                : throw new UserInputException($"invalid {what} '{text}': a publication date must lie between {Earliest:yyyy} and {Latest:yyyy}");
        }
        throw new UserInputException($"invalid {what} '{text}': expected a date as YYYY-MM-DD");
    }

    public static bool IsPlausible(DateOnly date) => date >= Earliest && date <= Latest;

    /// <summary>A date read from page metadata or a feed: kept when plausible, dropped (unknown) otherwise.</summary>
    public static DateOnly? OrNull(DateOnly? date) => date is { } d && IsPlausible(d) ? d : null;
}
