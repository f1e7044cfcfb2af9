using System.Globalization;

namespace Athar.Input;

/// <summary>Publication dates given by the user: ISO yyyy-MM-dd, nothing else (no guessing of 03/04/2020).</summary>
public static class PublishedDate
{
    public static DateOnly Parse(string text, string what = "--published")
    {
        var s = text.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && (s.Length == 10 || s[10] is 'T' or ' '))
            return d;
        throw new UserInputException($"invalid {what} '{text}': expected a date as YYYY-MM-DD");
    }
}
