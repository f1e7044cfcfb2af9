using System.Globalization;

namespace Athar.Time;

/// <summary>An inclusive range of days.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End);

/// <summary>
/// Calendar arithmetic for the Gregorian and Hijri calendars. Hijri dates use .NET's Umm al-Qura calendar
/// (the Saudi official one, Hijri 1318–1500 = 1900–2077) and its tabular <see cref="HijriCalendar"/>
/// outside that range; both differ from local moon sightings by a day or so, which a month-level date absorbs.
/// </summary>
internal static class Calendars
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    public static DateOnly? Date(CalendarSystem calendar, int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
            return null;
        if (calendar == CalendarSystem.Gregorian)
            return year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        if (HijriFor(year) is not { } c || day > c.GetDaysInMonth(year, month))
            return null;
        return DateOnly.FromDateTime(c.ToDateTime(year, month, day, 0, 0, 0, 0));
    }

    public static int DaysInMonth(CalendarSystem calendar, int year, int month) =>
        calendar == CalendarSystem.Gregorian ? DateTime.DaysInMonth(year, month) : HijriFor(year)?.GetDaysInMonth(year, month) ?? 30;

    /// <summary>Days <paramref name="firstDay"/>..<paramref name="lastDay"/> of a month (lastDay clipped to the month's end).</summary>
    public static DateRange? Days(CalendarSystem calendar, int year, int month, int firstDay, int lastDay)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
            return null;
        lastDay = Math.Min(lastDay, DaysInMonth(calendar, year, month));
        return Date(calendar, year, month, firstDay) is { } s && Date(calendar, year, month, lastDay) is { } e ? new DateRange(s, e) : null;
    }

    public static DateRange? Month(CalendarSystem calendar, int year, int month) => Days(calendar, year, month, 1, 31);

    /// <summary>Months <paramref name="first"/>..<paramref name="last"/> of a year; a first month after the last starts the year before (winter).</summary>
    public static DateRange? Months(CalendarSystem calendar, int year, int first, int last)
    {
        var startYear = first > last ? year - 1 : year;
        return Month(calendar, startYear, first) is { } s && Month(calendar, year, last) is { } e ? new DateRange(s.Start, e.End) : null;
    }

    public static DateRange? Year(CalendarSystem calendar, int year) => Months(calendar, year, 1, 12);

    /// <summary>Year, month and day of a date in the given calendar.</summary>
    public static (int Year, int Month, int Day) Parts(CalendarSystem calendar, DateOnly date)
    {
        if (calendar == CalendarSystem.Gregorian)
            return (date.Year, date.Month, date.Day);
        var dt = date.ToDateTime(TimeOnly.MinValue);
        Calendar c = dt >= UmAlQura.MinSupportedDateTime && dt <= UmAlQura.MaxSupportedDateTime ? UmAlQura : Tabular;
        return (c.GetYear(dt), c.GetMonth(dt), c.GetDayOfMonth(dt));
    }

    private static Calendar? HijriFor(int year) => year switch
    {
        >= 1318 and <= 1500 => UmAlQura,
        >= 1 and <= 9665 => Tabular,
        _ => null,
    };
}
