using Athar.Text;
using static Athar.Time.MarkerRole;

namespace Athar.Time;

/// <summary>
/// Dates written with calendar words:
/// <code>
/// expression := time-of-day? «يوم»? relative-day? «،»? «يوم»? (weekday shift?)? time-of-day? «،»? date?
/// date       := day «من»? month-phrase | part «من»? (month-phrase | year-phrase) | season year-phrase
///             | month-phrase | year-phrase | «الأسبوع» shift
/// month-phrase := «شهر»? month-name (/ month-name | (month-name))? shift? («من»? year-phrase)? | «الشهر» shift
/// year-phrase  := («عام»|«العام»|«سنة»)? digits era? | «العام» shift | «هذا العام»
/// </code>
/// A word with another common meaning (مارس، آب، الاثنين, Hijri months) needs a neighbour that makes it a date.
/// </summary>
internal sealed class CalendarGrammar(DateTokens t)
{
    private const int MinGregorianYear = 1800, MaxGregorianYear = 2200, MinHijriYear = 1300, MaxHijriYear = 1600;

    private TimeLexicon L => t.Lexicon;

    public (DateExpression Expression, int Next)? Parse(int i)
    {
        var (timeOfDay, j) = t.LeadingTimeOfDay(i);
        var dayWord = false;
        if (RelativeDay(j) is null && t.Marker(j, DayWord) is { } word)
        {
            dayWord = true; // «يوم الثلاثاء», «يوم 28 سبتمبر»; «يوم غد» is itself a relative day
            j = word.Next;
        }
        DayRef? dayRef = null;
        if (RelativeDay(j) is { } rel)
        {
            dayRef = new DayRef(rel.Value.Offset, null, null);
            if (rel.Value.TimeOfDay is { } label)
                timeOfDay ??= L.TimeOfDayLabels[label];
            j = rel.Next;
        }
        var afterComma = dayRef is not null && t.IsComma(j) ? j + 1 : j;
        var beforeWeekday = t.Skip(afterComma, DayWord);
        dayWord |= beforeWeekday != afterComma;
        var weekdayNeedsContext = false;
        if (t.Match(L.Weekdays, beforeWeekday) is { } weekday)
        {
            j = weekday.Next;
            var shift = Shift(j);
            if (shift is not null)
                j++;
            dayRef = (dayRef ?? new DayRef(null, null, null)) with { Weekday = weekday.Value.Day, WeekdayShift = shift };
            weekdayNeedsContext = weekday.Value.NeedsContext && shift is null && !dayWord && timeOfDay is null && dayRef.Offset is null
                && !(t.IsEdge(beforeWeekday - 1) && t.IsEdge(j));
        }
        if (timeOfDay is null && dayRef is not null && t.Match(L.TimesOfDay, j) is { } trailing && !FunctionWords.Default.Is(t[trailing.Next - 1], "from"))
        {
            timeOfDay = trailing.Value;
            j = trailing.Next;
        }

        var dateStart = dayRef is not null && t.IsComma(j) ? j + 1 : j;
        var hasContext = dayRef is not null || timeOfDay is not null || dayWord;
        if (Date(dateStart, hasContext) is { } date)
            return (date.Expression with { Span = t.SpanOf(i, date.Next), DayRef = dayRef, TimeOfDay = timeOfDay }, date.Next);
        if (dayRef is null || weekdayNeedsContext)
            return null;
        return (new DateExpression(t.SpanOf(i, j)) { DayRef = dayRef, TimeOfDay = timeOfDay }, j);
    }

    /// <summary>«اليوم», «أمس», «أول من أمس» … but not «اليوم السادس» (an ordinal day of something) nor «حتى اليوم» (up to now).</summary>
    private WordMatch<RelativeDay>? RelativeDay(int j)
    {
        if (t.Match(L.RelativeDays, j) is not { } rel)
            return null;
        if (t.Number(rel.Next) is not null)
            return null;
        if (rel.Value.Offset == 0 && t.Marker(j - 1, Until) is not null)
            return null;
        return rel;
    }

    private (DateExpression Expression, int Next)? Date(int j, bool hasContext)
    {
        if (DayOfMonth(j) is { } day)
        {
            var k = t.Skip(day.Next, OrdinalSuffix);
            if (k != day.Next && t.IsComma(k))
                k++; // «14th, May 2024»
            k = t.Skip(k, Of);
            if (MonthPhrase(k, hasContext: true) is not { } dm || !DayFits(day.Value, dm.Month))
                return null;
            return (new DateExpression(default) { Day = day.Value, Month = dm.Month, Year = dm.Year }, dm.Next);
        }
        if (t.Match(L.Parts, j) is { } part)
        {
            var k = t.Skip(part.Next, Of);
            if (MonthPhrase(k, hasContext: true) is { } pm)
                return (new DateExpression(default) { Part = part.Value, Month = pm.Month, Year = pm.Year }, pm.Next);
            if (YearPhrase(k, bareYear: true) is { } py)
                return (new DateExpression(default) { Part = part.Value, Year = py.Year }, py.Next);
            return null;
        }
        if (t.Match(L.Seasons, j) is { } season)
        {
            var (first, last) = (season.Value.FirstMonth, season.Value.LastMonth);
            if (YearPhrase(t.Skip(season.Next, Of), bareYear: true) is { } sy)
                return (new DateExpression(default) { Season = new SeasonRef(first, last, null), Year = sy.Year }, sy.Next);
            if (Shift(season.Next) is { } shift)
                return (new DateExpression(default) { Season = new SeasonRef(first, last, shift) }, season.Next + 1);
            return null;
        }
        if (MonthPhrase(j, hasContext) is { } month)
            return (new DateExpression(default) { Month = month.Month, Year = month.Year }, month.Next);
        if (YearPhrase(j, bareYear: t.Marker(j - 1, YearPreposition) is not null) is { } year)
            return (new DateExpression(default) { Year = year.Year }, year.Next);
        if (RelativeUnit(j, TimeUnit.Week) is { } week)
            return (new DateExpression(default) { WeekShift = week.Shift }, week.Next);
        return null;
    }

    /// <summary>A day of the month: «19», «٠١», «الـ 3», «التاسع عشر», «الحادي والثلاثين», «أول» (before a month name: «أول يناير»).</summary>
    private (int Value, int Next)? DayOfMonth(int j)
    {
        if (t.Marker(j, FirstDay) is { } first && t.Match(L.Months, first.Next) is not null)
            return (1, first.Next);
        var article = t.IsDetachedArticle(j);
        var k = article ? j + 1 : j;
        if (t.Digits(k, 1, 2) is { } d and >= 1 and <= 31)
            return (d, k + 1);
        if (!article && t.Number(k) is { Mention.Kind: NumberKind.Ordinal } n && n.Mention.Value is >= 1 and <= 31)
            return ((int)n.Mention.Value, n.Next);
        return null;
    }

    private (MonthRef Month, YearRef? Year, int Next)? MonthPhrase(int j, bool hasContext)
    {
        var k = t.Skip(j, MonthWord);
        var context = hasContext || k != j;
        if (t.Match(L.Months, k) is not { } name)
        {
            return RelativeUnit(j, TimeUnit.Month) is { } rel
                ? (new MonthRef(null, CalendarSystem.Gregorian, rel.Shift), null, rel.Next)
                : null;
        }
        k = name.Next;
        if (PairedMonth(k, name.Value.Number) is { } pairEnd)
        {
            k = pairEnd;
            context = true;
        }
        var shift = Shift(k);
        if (shift is not null)
            k++;
        var calendar = name.Value.Calendar;
        var year = YearAfterMonth(k, calendar);
        if (year is not null)
            k = year.Value.Next;
        if (name.Value.NeedsContext && !context && shift is null && year is null)
            return null;
        return (new MonthRef(name.Value.Number, calendar, shift), year?.Year, k);
    }

    /// <summary>The second name of a paired month: «آذار/ مارس», «مارس (آذار)», «أكتوبر/تشرين الأول», «كانون الأول - ديسمبر».</summary>
    private int? PairedMonth(int k, int number)
    {
        if (t.IsPunct(k, "/-") && t.Match(L.Months, k + 1) is { } slash && slash.Value.Number == number)
            return slash.Next;
        if (t.IsPunct(k, "(") && t.Match(L.Months, k + 1) is { } paren && paren.Value.Number == number && t.IsPunct(paren.Next, ")"))
            return paren.Next + 1;
        return null;
    }

    private (YearRef Year, int Next)? YearAfterMonth(int k, CalendarSystem calendar)
    {
        return YearPhrase(k, bareYear: true, calendar) ?? YearPhrase(t.Skip(k, Of), bareYear: false, calendar);
    }

    private (YearRef Year, int Next)? YearPhrase(int j, bool bareYear, CalendarSystem monthCalendar = CalendarSystem.Gregorian)
    {
        if (t.Match(L.Units, j) is { Value: { Unit: TimeUnit.Year, Count.Max: 1 } } keyword && YearDigits(keyword.Next, monthCalendar) is { } kept)
            return kept;
        if (RelativeUnit(j, TimeUnit.Year) is { } rel)
            return (new YearRef(null, monthCalendar, rel.Shift), rel.Next);
        return bareYear ? YearDigits(j, monthCalendar) : null;
    }

    /// <summary>Four digits and an optional era («هـ», «م»); a Hijri month or «هـ» makes it a Hijri year.</summary>
    private (YearRef Year, int Next)? YearDigits(int j, CalendarSystem monthCalendar)
    {
        if (t.Digits(j, 4, 4) is not { } y)
            return null;
        var next = j + 1;
        var calendar = monthCalendar;
        if (t.Marker(next, Hijri) is { } hijri)
        {
            calendar = CalendarSystem.Hijri;
            next = hijri.Next;
        }
        else if (t.Marker(next, Gregorian) is { } gregorian && monthCalendar == CalendarSystem.Gregorian)
        {
            next = gregorian.Next;
        }
        var ok = calendar == CalendarSystem.Hijri ? y is >= MinHijriYear and <= MaxHijriYear : y is >= MinGregorianYear and <= MaxGregorianYear;
        if (!ok || (monthCalendar == CalendarSystem.Hijri && calendar != CalendarSystem.Hijri))
            return null;
        return (new YearRef(y, calendar, null), next);
    }

    /// <summary>«الشهر الماضي», «العام الجاري», «هذا الأسبوع»; not «الأمين العام الحالي» (عام meaning «general»).</summary>
    private (int Shift, int Next)? RelativeUnit(int j, TimeUnit unit)
    {
        if (t.Match(L.Shifts, j) is { Value.Before: true } before
            && t.Match(L.Units, before.Next) is { Value: { IsDefinite: true, Count.Max: 1 } } u && u.Value.Unit == unit)
            return (before.Value.Shift, u.Next);
        if (t.Match(L.Units, j) is not { Value: { IsDefinite: true, Count.Max: 1 } } word || word.Value.Unit != unit)
            return null;
        if (t.IsGeneralAdjective(j))
            return null;
        return Shift(word.Next) is { } shift ? (shift, word.Next + 1) : null;
    }


    /// <summary>A shift word written after what it shifts («الماضي», «الجاري», «المقبل»).</summary>
    private int? Shift(int j) => t.Match(L.Shifts, j) is { Value.Before: false } s && s.Next == j + 1 ? s.Value.Shift : null;

    /// <summary>A day that no year allows in that month («30 شباط») is no date; a relative month is checked on resolution.</summary>
    private static bool DayFits(int day, MonthRef month) => month.Number is not { } n
        || day <= (month.Calendar == CalendarSystem.Hijri ? 30 : DateTime.DaysInMonth(2000, n));
}
