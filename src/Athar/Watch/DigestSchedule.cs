using System.Globalization;
using Athar.Input;

namespace Athar.Watch;

/// <summary>
/// When `athar poll` makes a list's digest: after every round (immediate), or once a day at a local time
/// («daily 07:00»: the first round at or after 07:00 that has not made one since 07:00 today).
/// </summary>
public sealed record DigestSchedule(TimeOnly? DailyAt)
{
    public static DigestSchedule Immediate { get; } = new((TimeOnly?)null);

    public static DigestSchedule Daily(TimeOnly at) => new(at);

    /// <summary>Parses «immediate», «HH:MM» or «daily HH:MM» (as the store writes it).</summary>
    public static DigestSchedule Parse(string text)
    {
        var s = text.Trim();
        if (s.Equals("immediate", StringComparison.OrdinalIgnoreCase) || s.Equals("immediately", StringComparison.OrdinalIgnoreCase))
            return Immediate;
        if (s.StartsWith("daily", StringComparison.OrdinalIgnoreCase))
            s = s[5..].Trim();
        return TimeOnly.TryParseExact(s, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? Daily(at)
            : throw new UserInputException($"invalid schedule '{text}': use «immediate» or a daily time such as 07:00");
    }

    public override string ToString() => DailyAt is { } at ? "daily " + at.ToString("HH:mm", CultureInfo.InvariantCulture) : "immediate";

    /// <summary>Whether a digest is due now, given when the list last made one (or tried to), in the given time zone.</summary>
    public bool IsDue(DateTimeOffset now, DateTimeOffset? lastRun, TimeZoneInfo zone)
    {
        if (DailyAt is not { } at)
            return true;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var todayAt = local.Date + at.ToTimeSpan();
        var slot = local.DateTime >= todayAt ? todayAt : todayAt.AddDays(-1);
        var slotUtc = new DateTimeOffset(slot, zone.GetUtcOffset(slot));
        return lastRun is not { } last || last < slotUtc;
    }
}
