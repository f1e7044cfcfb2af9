namespace Athar.Time;

/// <summary>
/// Resolution of distances: from the publication date («قبل يومين», «خلال الـ24 ساعة الماضية») or from the
/// previous date in the article («قبل ذلك بأيام», «في اليوم التالي»). A distance in weeks, months or years is
/// never exact («قبل أسبوع» is about a week ago), so those are widened by half a unit each side.
/// </summary>
internal static class Offsets
{
    public static (DateRange?, DatePrecision) Resolve(Offset offset, DateOnly? published, DateMention? anchor)
    {
        switch (offset.Kind)
        {
            case OffsetKind.Ago:
                return (published is { } p ? Clip(Around(p, p, offset.Unit, -offset.Count.Max, -offset.Count.Min), p) : null, AgoPrecision(offset));
            case OffsetKind.Window:
                return published is { } w ? Window(offset, w) : (null, DatePrecision.Days);
            default:
                // a few days before «early September» is still a matter of days; before «2019» it is a matter of the year
                var coarseAnchor = anchor?.Precision is { } ap && ap >= DatePrecision.Month ? ap : DatePrecision.Days;
                var precision = DateResolver.Max(UnitPrecision(offset.Unit), coarseAnchor);
                if (anchor is not { Start: { } s, End: { } e })
                    return (null, precision);
                var from = new DateRange(s, e);
                var range = offset.Kind switch
                {
                    OffsetKind.Before => Around(from.Start, from.End, offset.Unit, -offset.Count.Max, -offset.Count.Min),
                    OffsetKind.After => Around(from.Start, from.End, offset.Unit, offset.Count.Min, offset.Count.Max),
                    _ => NextUnit(from, offset.Unit, offset.Count.Min),
                };
                return (range, precision);
        }
    }

    /// <summary>[start moved by <paramref name="nFirst"/> units, end moved by <paramref name="nLast"/> units], widened by half a unit for weeks and longer.</summary>
    private static DateRange? Around(DateOnly start, DateOnly end, TimeUnit unit, int nFirst, int nLast)
    {
        var slack = HalfUnitDays(unit);
        var first = Move(start, unit, nFirst, roundAway: true);
        var last = Move(end, unit, nLast, roundAway: false);
        if (first is not { } f || last is not { } l)
            return null;
        return new DateRange(f.AddDays(-slack), l.AddDays(slack));
    }

    private static (DateRange?, DatePrecision) Window(Offset offset, DateOnly pub)
    {
        if (Move(pub, offset.Unit, -offset.Count.Max, roundAway: true) is not { } start)
            return (null, DatePrecision.Days);
        var days = pub.DayNumber - start.DayNumber + 1;
        var precision = days switch
        {
            <= 1 => DatePrecision.Day,
            <= 14 => DatePrecision.Days,
            <= 62 => DatePrecision.Month,
            <= 200 => DatePrecision.YearPart,
            _ => DatePrecision.Year,
        };
        return (new DateRange(start, pub), precision);
    }

    /// <summary>The calendar unit <paramref name="n"/> units from the anchor: «اليوم التالي» is the anchor moved a day, «الشهر التالي» the calendar month after the anchor's.</summary>
    private static DateRange? NextUnit(DateRange from, TimeUnit unit, int n)
    {
        switch (unit)
        {
            case TimeUnit.Week:
                var week = DateResolver.WeekOf(from.Start);
                return new DateRange(week.Start.AddDays(7 * n), week.End.AddDays(7 * n));
            case TimeUnit.Month:
                var month = from.Start.AddMonths(n);
                return Calendars.Month(CalendarSystem.Gregorian, month.Year, month.Month);
            case TimeUnit.Year:
                return Calendars.Year(CalendarSystem.Gregorian, from.Start.Year + n);
            default:
                return new DateRange(from.Start.AddDays(n), from.End.AddDays(n));
        }
    }

    /// <summary>A date moved by n units; hours become whole days (rounded away from the anchor at the far end, toward it at the near end).</summary>
    private static DateOnly? Move(DateOnly d, TimeUnit unit, int n, bool roundAway)
    {
        try
        {
            return unit switch
            {
                TimeUnit.Hour => d.AddDays(Math.Sign(n) * (int)(roundAway ? Math.Ceiling(Math.Abs(n) / 24.0) : Math.Floor(Math.Abs(n) / 24.0))),
                TimeUnit.Day => d.AddDays(n),
                TimeUnit.Week => d.AddDays(7 * n),
                TimeUnit.Month => d.AddMonths(n),
                _ => d.AddYears(n),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int HalfUnitDays(TimeUnit unit) => unit switch
    {
        TimeUnit.Week => 3,
        TimeUnit.Month => 15,
        TimeUnit.Year => 182,
        _ => 0,
    };

    private static DateRange? Clip(DateRange? r, DateOnly pub) =>
        r is { } v ? new DateRange(v.Start > pub ? pub : v.Start, v.End > pub ? pub : v.End) : null;

    private static DatePrecision AgoPrecision(Offset o) => o.Unit switch
    {
        TimeUnit.Day when o.Count.IsExact => DatePrecision.Day,
        TimeUnit.Hour or TimeUnit.Day => DatePrecision.Days,
        TimeUnit.Week => o.Count.IsExact ? DatePrecision.Week : DatePrecision.Month,
        TimeUnit.Month => o.Count.IsExact ? DatePrecision.Month : DatePrecision.Year,
        _ => DatePrecision.Year,
    };

    private static DatePrecision UnitPrecision(TimeUnit unit) => unit switch
    {
        TimeUnit.Week => DatePrecision.Week,
        TimeUnit.Month => DatePrecision.Month,
        TimeUnit.Year => DatePrecision.Year,
        _ => DatePrecision.Days,
    };
}
