using Athar.Text;
using static Athar.Time.MarkerRole;

namespace Athar.Time;

/// <summary>
/// Dates written as a distance:
/// <code>
/// anaphoric := time-of-day? anaphora-phrase                       «في اليوم التالي», «صباح اليوم التالي»
///            | («قبل ذلك» | «بعد ذلك» | «قبلها» …) count-unit      «قبل ذلك بأيام», «بعد ذلك بيومين»
///            | «بعد» count-unit                                    «بعد يومين» (not «يوماً بعد يوم», not «بعد خمس سنوات على …»)
/// ago       := («قبل» | «منذ») count-unit                          «قبل يومين», «منذ ثلاثة أيام»
/// window    := «خلال»? «الـ»? count? unit («الـ» count)? «القليلة»? past-shift   «خلال الـ24 ساعة الأخيرة»
///            | «منذ» count hours                                  «منذ 48 ساعة»: up to publication
/// count-unit:= about? (digits | number-words | «عدة»)? unit        (not followed by «من»: «قبل يومين من الهجوم» counts from an event)
/// </code>
/// </summary>
internal sealed class OffsetGrammar(DateTokens t)
{
    private TimeLexicon L => t.Lexicon;

    public (DateExpression Expression, int Next)? Parse(int i)
    {
        var (timeOfDay, j) = t.LeadingTimeOfDay(i);
        var offset = Anaphora(j) ?? (timeOfDay is null ? SinceHours(j) ?? Distance(j) ?? Window(j) : null);
        if (offset is not { } found)
            return null;
        return (new DateExpression(t.SpanOf(i, found.Next)) { Offset = found.Offset, TimeOfDay = timeOfDay }, found.Next);
    }

    /// <summary>«اليوم التالي», «العام السابق» — but not «المراقب العام السابق» (a former general supervisor).</summary>
    private (Offset Offset, int Next)? Anaphora(int j) =>
        t.Match(L.Anaphora, j) is { } a && !t.IsGeneralAdjective(j)
            ? (new Offset(OffsetKind.Next, a.Value.Unit, Count.Exactly(a.Value.Shift)), a.Next)
            : null;

    private (Offset Offset, int Next)? Distance(int j)
    {
        if (t.Match(L.Markers, j) is not { } marker)
            return null;
        OffsetKind kind;
        if ((marker.Value & BeforeThat) != 0)
            kind = OffsetKind.Before;
        else if ((marker.Value & AfterThat) != 0)
            kind = OffsetKind.After;
        else if ((marker.Value & After) != 0 && t.Match(L.Units, j - 1) is null)
            kind = OffsetKind.After; // «يوماً بعد يوم» is «day after day»
        else if ((marker.Value & Ago) != 0)
            kind = OffsetKind.Ago;
        else
            return null;
        if (CountUnit(marker.Next, allowDefinite: false) is not { } cu)
            return null;
        // «قبل يومين من الهجوم», «بعد خمس سنوات على الهجمات»: counted from an event, not from the article's
        // dates; «منذ عام 2014» is a year
        var fromThat = (marker.Value & (BeforeThat | AfterThat)) != 0;
        var fromEvent = !fromThat && (t.Marker(cu.Next, Of) is not null || (kind == OffsetKind.After && t.IsWord(cu.Next) && FunctionWords.Default.Is(t[cu.Next], "on")));
        if (fromEvent || t.Digits(cu.Next, 1, 4) is not null)
            return null;
        return (new Offset(kind, cu.Unit, cu.Count), cu.Next);
    }

    // «منذ 48 ساعة»: hours since, a window up to publication («منذ ثلاثة أيام» is three days ago)
    private (Offset Offset, int Next)? SinceHours(int j) =>
        t.Marker(j, Since) is not null && Window(j, since: true) is { Offset.Unit: TimeUnit.Hour } w ? w : null;

    private (Offset Offset, int Next)? Window(int j, bool since = false)
    {
        var k = t.Skip(j, since ? Since : Within);
        if (t.IsDetachedArticle(k))
            k++;
        var count = Number(k);
        if (count is not null)
            k = count.Value.Next;
        if (t.Match(L.Units, k) is not { } unit)
            return null;
        k = unit.Next;
        if (count is null && t.IsDetachedArticle(k) && Number(k + 1) is { } after)
        {
            count = after; // «الساعات الـ24 الماضية»
            k = after.Next;
        }
        k = t.Skip(k, Little);
        var past = t.Match(L.Shifts, k) is { Value: { Shift: -1, Before: false } } shift ? shift.Next : (int?)null;
        if (past is null && !since)
            return null;
        var n = count?.Count ?? unit.Value.Count;
        if (n.Max == 1 && !since)
            return null; // «الأسبوع الماضي» is a calendar week (CalendarGrammar), not a window
        return (new Offset(OffsetKind.Window, unit.Value.Unit, n), past ?? k);
    }

    private (TimeUnit Unit, Count Count, int Next)? CountUnit(int j, bool allowDefinite)
    {
        var k = t.Skip(j, About);
        var count = Number(k);
        k = count is { } c ? c.Next : t.Skip(k, Few); // «بضعة» is a number word (3..9); «عدة» only says "several"
        if (t.Match(L.Units, k) is not { } unit || (unit.Value.IsDefinite && !allowDefinite))
            return null;
        return (unit.Value.Unit, count?.Count ?? unit.Value.Count, unit.Next);
    }

    /// <summary>A count in digits or words: «3», «ثلاثة», «بضعة» (vague: 3..9).</summary>
    private (Count Count, int Next)? Number(int k)
    {
        if (t.Digits(k, 1, 4) is { } d && d > 0)
            return (Count.Exactly(d), k + 1);
        if (t.Number(k) is { Mention.Kind: not NumberKind.Ordinal } n && n.Mention.Value is >= 1 and <= 9999)
        {
            var min = (int)n.Mention.Value;
            return (new Count(min, (int)(n.Mention.Max ?? min)), n.Next);
        }
        return null;
    }
}
