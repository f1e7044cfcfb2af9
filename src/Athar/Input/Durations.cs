using System.Globalization;

namespace Athar.Input;

/// <summary>Durations as users type them: «90s», «15m», «2h», «7d» (one number, one unit).</summary>
public static class Durations
{
    public static TimeSpan Parse(string text, string what, bool allowZero = false)
    {
        var s = text.Trim().ToLowerInvariant();
        if (s.Length >= 2 && long.TryParse(s[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 100_000 && (n > 0 || allowZero))
        {
            switch (s[^1])
            {
                case 's': return TimeSpan.FromSeconds(n);
                case 'm': return TimeSpan.FromMinutes(n);
                case 'h': return TimeSpan.FromHours(n);
                case 'd': return TimeSpan.FromDays(n);
            }
        }
        throw new UserInputException($"invalid {what} '{text}': a number and a unit, such as 90s, 15m, 2h or 7d");
    }

    /// <summary>A moment: an ISO date (its start, UTC), an ISO date and time, or a duration back from now («24h»).</summary>
    public static DateTimeOffset Moment(string text, string what, DateTimeOffset now)
    {
        var s = text.Trim();
        if (s.Length > 0 && char.IsDigit(s[^1]) || s.Contains('T', StringComparison.Ordinal) || s.EndsWith('Z'))
        {
            if (s.Length == 10)
                return new DateTimeOffset(PublishedDate.Parse(s, what).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                return at;
            throw new UserInputException($"invalid {what} '{text}': a date (YYYY-MM-DD), a time (2024-05-02T07:00Z) or a duration back (24h, 7d)");
        }
        return now - Parse(s, what);
    }
}
