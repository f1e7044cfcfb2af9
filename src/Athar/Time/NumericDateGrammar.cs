namespace Athar.Time;

/// <summary>
/// Dates in digits, either script, groups touching their separators: d/m/y, d-m-y, d.m.y (Arabic order, day
/// first), y/m/d and ISO y-m-d when the first group has four digits, ISO y-m. A day-first reading that cannot
/// be a date but reads as m/d/y («03/16/2025») is taken as m/d/y. Longer digit chains (phone numbers,
/// addresses) are not dates.
/// </summary>
internal sealed class NumericDateGrammar(DateTokens t)
{
    private const string Separators = "/-.";

    public (DateExpression Expression, int Next)? Parse(int i)
    {
        if (t.Digits(i, 1, 4) is null)
            return DottedToken(i);
        if (ChainTouches(i - 1, backwards: true))
            return null;
        var groups = new List<string>(3) { t[i].Form };
        var sep = "";
        var k = i;
        while (groups.Count < 4 && t.Touch(k) && t.Touch(k + 1) && t.IsPunct(k + 1, Separators) && t.Digits(k + 2, 1, 4) is not null)
        {
            var s = t[k + 1].Text;
            if (sep.Length > 0 && s != sep)
                return null;
            sep = s;
            k += 2;
            groups.Add(t[k].Form);
        }
        var next = k + 1;
        if (groups.Count is < 2 or > 3 || ChainTouches(k, backwards: false))
            return null;
        var date = groups.Count == 3 ? DayMonthYear(groups) : IsoYearMonth(groups, sep);
        return date is null ? null : (date with { Span = t.SpanOf(i, next) }, next);
    }

    /// <summary>«16.03.2025» is one number token (the tokenizer keeps dots between digits).</summary>
    private (DateExpression Expression, int Next)? DottedToken(int i)
    {
        if (i >= t.Count || t[i].Kind != Text.TokenKind.Number)
            return null;
        var groups = t[i].Form.Split('.');
        if (groups.Length != 3 || groups.Any(g => g.Length is 0 or > 4 || !g.All(char.IsAsciiDigit)))
            return null;
        return DayMonthYear(groups) is { } date ? (date with { Span = t[i].Span }, i + 1) : null;
    }

    private static DateExpression? DayMonthYear(IReadOnlyList<string> g)
    {
        var widths = g.Select(s => s.Length).ToArray();
        var values = g.Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        int y, m, d;
        if (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2)
            (y, m, d) = (values[0], values[1], values[2]);
        else if (widths[2] == 4 && widths[0] <= 2 && widths[1] <= 2)
            (d, m, y) = values[1] > 12 && values[0] <= 12 ? (values[1], values[0], values[2]) : (values[0], values[1], values[2]);
        else
            return null;
        if (y is < 1800 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            return null;
        return new DateExpression(default) { Day = d, Month = new MonthRef(m, CalendarSystem.Gregorian, null), Year = new YearRef(y, CalendarSystem.Gregorian, null) };
    }

    /// <summary>«2023-08»: only with a dash and a two-digit month, so «2014/15» or «3-1» stay what they are.</summary>
    private static DateExpression? IsoYearMonth(List<string> g, string sep)
    {
        if (sep != "-" || g[0].Length != 4 || g[1].Length != 2)
            return null;
        var y = int.Parse(g[0], System.Globalization.CultureInfo.InvariantCulture);
        var m = int.Parse(g[1], System.Globalization.CultureInfo.InvariantCulture);
        if (y is < 1800 or > 2200 || m is < 1 or > 12)
            return null;
        return new DateExpression(default) { Month = new MonthRef(m, CalendarSystem.Gregorian, null), Year = new YearRef(y, CalendarSystem.Gregorian, null) };
    }

    /// <summary>A separator touching the chain from outside, followed (or preceded) by digits: the chain is longer than a date.</summary>
    private bool ChainTouches(int k, bool backwards)
    {
        if (backwards)
            return k >= 1 && t.Touch(k) && t.IsPunct(k, Separators) && t.Touch(k - 1) && t.Digits(k - 1, 1, 9) is not null;
        return t.Touch(k) && t.IsPunct(k + 1, Separators) && t.Touch(k + 1) && t.Digits(k + 2, 1, 9) is not null;
    }
}
