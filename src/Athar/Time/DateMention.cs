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

/// <summary>What a date was resolved against.</summary>
public enum DateKind
{
    /// <summary>Written in full («19 آذار 2019»): needs nothing else.</summary>
    Absolute,

    /// <summary>Counted from the publication date («أمس», «تموز الماضي», «13 مارس»).</summary>
    Relative,

    /// <summary>Counted from the previous date in the article («قبل ذلك بأيام», «في اليوم التالي»).</summary>
    Anaphoric,
}

/// <summary>
/// A date or time expression with the inclusive interval it denotes. Start and End are null when the
/// expression is relative and the publication date is unknown (or anaphoric with no earlier date): the
/// expression is kept, never guessed.
/// </summary>
/// <param name="Kind">What the interval was counted from.</param>
/// <param name="TimeOfDay">A part of the day when written: "morning", "dawn", "night", "early-hours" …</param>
/// <param name="Anchor">For an anaphoric date, the span of the earlier date it was counted from.</param>
[Layer("dates")]
public sealed record DateMention(
    Span Span,
    string Text,
    DateOnly? Start,
    DateOnly? End,
    DatePrecision Precision,
    DateKind Kind = DateKind.Absolute,
    string? TimeOfDay = null,
    Span? Anchor = null) : IAnnotation;
