using Athar.Time;

namespace Athar.Events.SameIncident;

/// <summary>The type and date tests every same-incident policy shares (in one article and across articles).</summary>
public static class IncidentCompatibility
{
    /// <summary>
    /// Same type, or battle and raid (one kind of incident for analysts and the scorer); with a weak side, a raid
    /// and an arrest («عملية أمنية» in a headline, «توقيف 12 مشتبهاً» in the body); a generic report («هجوم»,
    /// «مقتل») with any violent one.
    /// </summary>
    public static bool Types(EventType a, bool aGeneric, EventType b, bool bGeneric, bool weak)
    {
        if (a == b || (IsClash(a) && IsClash(b)))
            return true;
        if (weak && IsCapture(a) && IsCapture(b))
            return true;
        return (aGeneric && IsViolent(b)) || (bGeneric && IsViolent(a));
    }

    /// <summary>Battle and raid: analysts and the scorer treat them as one kind of incident.</summary>
    public static bool IsClash(EventType t) => t is EventType.Battle or EventType.Raid;

    private static bool IsCapture(EventType t) => t is EventType.Raid or EventType.Arrest;

    public static bool IsViolent(EventType t) => t is not (EventType.Arrest or EventType.Abduction or EventType.TerritoryTaken or EventType.Other);

    /// <summary>Intervals overlap after widening each by <paramref name="widenDays"/>; an undated side is compatible.</summary>
    public static bool DatesOverlap(DateMention? a, DateMention? b, int widenDays) =>
        a?.Start is not { } a0 || b?.Start is not { } b0 || Overlap(a0, a.End ?? a0, b0, b.End ?? b0, widenDays);

    /// <summary>Intervals overlap after widening each by <paramref name="widenDays"/>; an unknown side is compatible.</summary>
    public static bool DatesOverlap((DateOnly Start, DateOnly End)? a, (DateOnly Start, DateOnly End)? b, int widenDays) =>
        a is not { } x || b is not { } y || Overlap(x.Start, x.End, y.Start, y.End, widenDays);

    public static bool Overlap(DateOnly a0, DateOnly a1, DateOnly b0, DateOnly b1, int widenDays) =>
        a0.AddDays(-widenDays) <= b1 && b0.AddDays(-widenDays) <= a1;
}
