namespace Athar.Time;

/// <summary>A resolved expression: the interval (null when what it counts from is unknown), its precision and kind.</summary>
public readonly record struct DateResolution(DateRange? Range, DatePrecision Precision, DateKind Kind);

/// <summary>
/// Turns a parsed expression into an inclusive interval, against the publication date (relative
/// expressions) or the previous dated expression (anaphoric ones). Never reads the machine clock: without
/// the date to count from, the interval is null and only the precision is known.
/// </summary>
public static class DateResolver
{
    /// <summary>Weeks start on Saturday, as in the Levant, Iraq, Egypt and the Gulf.</summary>
    public const DayOfWeek WeekStart = DayOfWeek.Saturday;

    public static DateResolution Resolve(DateExpression e, DateOnly? published, DateMention? anchor)
    {
        var kind = e.IsAnaphoric ? DateKind.Anaphoric : CountsFromPublication(e) ? DateKind.Relative : DateKind.Absolute;
        var (range, precision) = e.Offset is { } offset
            ? Offsets.Resolve(offset, published, anchor)
            : Calendar(e, published);
        if (e.TimeOfDay is { SpillsIntoNextDay: true })
        {
            range = range is { } r ? r with { End = r.End.AddDays(1) } : null;
            precision = Max(precision, DatePrecision.Days);
        }
        return new DateResolution(range, precision, kind);
    }

    /// <summary>True when the expression is counted from the publication date (month without year, أمس, الماضي …).</summary>
    public static bool CountsFromPublication(DateExpression e) =>
        e.Offset is { Kind: OffsetKind.Ago or OffsetKind.Window }
        || (e.DayRef is not null && e.Day is null)
        || e.WeekShift is not null
        || e.Season?.Shift is not null
        || e.Month is { Number: null } or { Shift: not null }
        || e.Year is { Number: null }
        || (e.Month is not null && e.Year is null);

    internal static DatePrecision Max(DatePrecision a, DatePrecision b) => a > b ? a : b;

    private static (DateRange?, DatePrecision) Calendar(DateExpression e, DateOnly? pub)
    {
        if (e.Day is { } day && e.Month is { } dayMonth)
        {
            var date = YearMonth(dayMonth, e.Year, pub, day) is { } ym ? Calendars.Date(ym.Calendar, ym.Year, ym.Month, day) : null;
            return (date is { } d ? new DateRange(d, d) : null, DatePrecision.Day);
        }
        if (e.DayRef is { } dayRef)
            return pub is { } p ? Days(dayRef, p) : (null, DatePrecision.Day);
        if (e.Month is { } month)
        {
            var ym = YearMonth(month, e.Year, pub, null);
            if (e.Part is { } part)
            {
                var (first, last) = PeriodParts.DaysOfMonth(part);
                return (ym is { } v ? Calendars.Days(v.Calendar, v.Year, v.Month, first, last) : null, DatePrecision.MonthPart);
            }
            return (ym is { } m ? Calendars.Month(m.Calendar, m.Year, m.Month) : null, DatePrecision.Month);
        }
        if (e.Season is { } season)
            return (SeasonRange(season, e.Year, pub), DatePrecision.YearPart);
        if (e.Year is { } year)
        {
            var y = YearNumber(year, pub);
            if (e.Part is { } part)
            {
                var (first, last) = PeriodParts.MonthsOfYear(part);
                return (y is { } v ? Calendars.Months(year.Calendar, v, first, last) : null, DatePrecision.YearPart);
            }
            return (y is { } n ? Calendars.Year(year.Calendar, n) : null, DatePrecision.Year);
        }
        if (e.WeekShift is { } shift)
            return (pub is { } p ? WeekOf(p.AddDays(7 * shift)) : null, DatePrecision.Week);
        return (null, DatePrecision.Day);
    }

    /// <summary>
    /// The year and month a month reference points to. Without a year: «تموز الماضي» is the last July before
    /// the publication month, «تموز المقبل» the next, «13 مارس الجاري» this one, and a bare «تموز» or «13 مارس»
    /// the most recent on or before the publication date.
    /// </summary>
    private static (int Year, int Month, CalendarSystem Calendar)? YearMonth(MonthRef month, YearRef? year, DateOnly? pub, int? day)
    {
        var calendar = month.Calendar;
        if (month.Number is not { } m)
        {
            if (pub is not { } p)
                return null;
            var shifted = p.AddMonths(month.Shift ?? 0);
            return (shifted.Year, shifted.Month, CalendarSystem.Gregorian);
        }
        if (year is { Number: { } y })
            return year.Calendar == calendar ? (y, m, calendar) : null;
        if (pub is not { } published)
            return null;
        var (py, pm, pd) = Calendars.Parts(calendar, published);
        if (year is { Shift: { } yearShift })
            return (py + yearShift, m, calendar);
        var resolvedYear = month.Shift switch
        {
            < 0 => m < pm ? py : py - 1,
            0 => py,
            > 0 => m > pm ? py : py + 1,
            null => m < pm || (m == pm && (day ?? 1) <= pd) ? py : py - 1,
        };
        return (resolvedYear, m, calendar);
    }

    private static int? YearNumber(YearRef year, DateOnly? pub) =>
        year.Number ?? (pub is { } p ? Calendars.Parts(year.Calendar, p).Year + (year.Shift ?? 0) : null);

    private static DateRange? SeasonRange(SeasonRef season, YearRef? year, DateOnly? pub)
    {
        if (year is not null)
            return YearNumber(year, pub) is { } y ? Calendars.Months(year.Calendar, y, season.FirstMonth, season.LastMonth) : null;
        if (pub is not { } p || season.Shift is not { } shift)
            return null;
        var seasons = Enumerable.Range(p.Year - 1, 3)
            .Select(y => Calendars.Months(CalendarSystem.Gregorian, y, season.FirstMonth, season.LastMonth))
            .OfType<DateRange>().ToList();
        return shift switch
        {
            < 0 => seasons.LastOrDefault(r => r.End < p),
            > 0 => seasons.FirstOrDefault(r => r.Start > p),
            _ => seasons.FirstOrDefault(r => r.Start <= p && p <= r.End, seasons.FirstOrDefault(r => r.Start.Year == p.Year || r.End.Year == p.Year)),
        } is { Start.Year: > 1 } found ? found : null;
    }

    /// <summary>A day named relative to publication, a weekday, or both; when they disagree («أول أمس الأحد» in a paper dated two days after Sunday's eve), both days are kept.</summary>
    private static (DateRange?, DatePrecision) Days(DayRef r, DateOnly pub)
    {
        if (r.Weekday is not { } weekday)
        {
            var d = pub.AddDays(r.Offset ?? 0);
            return (new DateRange(d, d), DatePrecision.Day);
        }
        if (r.Offset is { } offset)
        {
            var named = pub.AddDays(offset);
            var back = ((int)named.DayOfWeek - (int)weekday + 7) % 7;
            if (back == 0)
                return (new DateRange(named, named), DatePrecision.Day);
            var nearest = back <= 3 ? named.AddDays(-back) : named.AddDays(7 - back);
            return (nearest < named ? new DateRange(nearest, named) : new DateRange(named, nearest), DatePrecision.Days);
        }
        var since = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
        var until = ((int)weekday - (int)pub.DayOfWeek + 7) % 7;
        var day = r.WeekdayShift switch
        {
            < 0 => pub.AddDays(since == 0 ? -7 : -since),
            > 0 => pub.AddDays(until == 0 ? 7 : until),
            _ => pub.AddDays(-since),
        };
        return (new DateRange(day, day), DatePrecision.Day);
    }

    internal static DateRange WeekOf(DateOnly day)
    {
        var start = day.AddDays(-(((int)day.DayOfWeek - (int)WeekStart + 7) % 7));
        return new DateRange(start, start.AddDays(6));
    }
}
