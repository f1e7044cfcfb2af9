namespace Athar.Time;

/// <summary>How exact a resolved date is. Serialised in kebab case: "day", "days", "month-part", …</summary>
public enum DatePrecision
{
    /// <summary>One known day.</summary>
    Day,

    /// <summary>A span of a few days (e.g. «قبل ذلك بأيام», «الـ24 ساعة الأخيرة»).</summary>
    Days,

    /// <summary>A week («الأسبوع الماضي»).</summary>
    Week,

    /// <summary>A third of a month (early/mid/late: مطلع، منتصف، أواخر).</summary>
    MonthPart,

    Month,

    /// <summary>Part of a year («مطلع العام 2019», «نهاية عام 2017»).</summary>
    YearPart,

    Year,
}

/// <summary>
/// A date or time expression with the inclusive interval it denotes. Start and End are null when the
/// expression is relative and the publication date is unknown: the expression is kept, never guessed.
/// </summary>
[Layer("dates")]
public sealed record DateMention(Span Span, string Text, DateOnly? Start, DateOnly? End, DatePrecision Precision) : IAnnotation;
