namespace Athar.Time;

public enum TimeUnit { Hour, Day, Week, Month, Year }

/// <summary>A part of a month or a year (bounds in <see cref="PeriodParts"/>).</summary>
public enum PeriodPart { Early, Mid, Late, FirstHalf, SecondHalf }

public enum CalendarSystem { Gregorian, Hijri }

/// <summary>How an offset is measured: from the publication date (ago, window) or from the previous date in the article.</summary>
public enum OffsetKind
{
    /// <summary>«قبل يومين», «منذ ثلاثة أيام»: a point that long before publication.</summary>
    Ago,

    /// <summary>«خلال الـ24 ساعة الأخيرة»: the stretch up to publication.</summary>
    Window,

    /// <summary>«قبل ذلك بأيام»: that long before the previous date.</summary>
    Before,

    /// <summary>«بعد ذلك بيومين», «بعد يومين»: that long after the previous date.</summary>
    After,

    /// <summary>«في اليوم التالي», «في الشهر السابق»: the calendar unit next to the previous date.</summary>
    Next,
}

/// <summary>A count of units; vague counts («أيام», «بضعة») have Min &lt; Max.</summary>
public readonly record struct Count(int Min, int Max)
{
    public static Count Exactly(int n) => new(n, n);

    public bool IsExact => Min == Max;
}

/// <summary>A named month (Number set, maybe with a shift: «تموز الماضي») or a month relative to publication («الشهر الماضي»: Number null).</summary>
public sealed record MonthRef(int? Number, CalendarSystem Calendar, int? Shift);

/// <summary>A year given in digits (Number) or relative to publication («العام الماضي»: Number null, Shift -1).</summary>
public sealed record YearRef(int? Number, CalendarSystem Calendar, int? Shift);

/// <summary>A day relative to publication («أمس»: Offset -1) and/or a weekday («الأحد الماضي»).</summary>
public sealed record DayRef(int? Offset, DayOfWeek? Weekday, int? WeekdayShift);

public sealed record Offset(OffsetKind Kind, TimeUnit Unit, Count Count);

public sealed record TimeOfDay(string Label, bool SpillsIntoNextDay);

/// <summary>A season as months (a winter, 12..2, starts in the year before), with a shift when written «الصيف الماضي».</summary>
public sealed record SeasonRef(int FirstMonth, int LastMonth, int? Shift);

/// <summary>
/// What the parser read in a date expression, before resolution: the parts that were written, nothing
/// inferred. The resolver turns it into an interval against the publication date or the previous date.
/// </summary>
public sealed record DateExpression(Span Span)
{
    /// <summary>Day of the month; set only together with <see cref="Month"/>.</summary>
    public int? Day { get; init; }

    public MonthRef? Month { get; init; }

    public YearRef? Year { get; init; }

    /// <summary>Part of the month (when a month is given) or of the year.</summary>
    public PeriodPart? Part { get; init; }

    public SeasonRef? Season { get; init; }

    public DayRef? DayRef { get; init; }

    /// <summary>«الأسبوع الماضي» (-1), «هذا الأسبوع» (0), «الأسبوع المقبل» (1).</summary>
    public int? WeekShift { get; init; }

    public Offset? Offset { get; init; }

    public TimeOfDay? TimeOfDay { get; init; }

    public bool IsAnaphoric => Offset is { Kind: OffsetKind.Before or OffsetKind.After or OffsetKind.Next };
}
