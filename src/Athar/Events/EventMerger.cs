using Athar.Places;
using Athar.Time;

namespace Athar.Events;

/// <summary>
/// Makes one event of the several mentions of one incident in an article (headline, lead, detail): same or
/// compatible type, overlapping dates, places within 25 km (or inside a coarser place of the same country).
/// Clauses of one sentence stay apart (they were split because they report different things); mention-only
/// candidates join an incident or disappear.
/// </summary>
public static class EventMerger
{
    public const double SamePlaceKm = 25;

    /// <summary>Weapons kept per incident: the means named, not every repetition of them.</summary>
    public const int MaxWeapons = 12;

    /// <summary>How many sentences away a mention without date, place or actor may still join an incident.</summary>
    public const int BareMentionReach = 2;
    public const double CoarsePlaceKm = 150;

    /// <summary>How far from a city a place may lie and still be in the province the city names.</summary>
    public const double ProvinceReachKm = 60;

    internal static List<EventCandidate> Merge(IReadOnlyList<EventCandidate> candidates)
    {
        var events = new List<EventCandidate>();
        foreach (var c in candidates)
            c.Sentences.Add(c.Sentence);
        foreach (var c in candidates.Where(c => !c.MentionOnly))
        {
            var target = events.LastOrDefault(e => !e.Sentences.Contains(c.Sentence) && Compatible(e, c));
            if (target is null)
                events.Add(c);
            else
                Absorb(target, c);
        }
        foreach (var c in candidates.Where(c => c.MentionOnly))
        {
            // A mention that says neither when, where nor who can only be a nearby incident's echo («قُتل من
            // قُتل» two paragraphs before a raid is not that raid's evidence)
            var reach = c.Date is null && c.Place is null && c.Agent is null && c.Target is null ? BareMentionReach : int.MaxValue;
            var target = events.Where(e => Compatible(e, c) && Near(e, c.Sentence, reach))
                .OrderBy(e => Math.Abs(e.Sentence - c.Sentence)).FirstOrDefault();
            if (target is not null)
                Absorb(target, c);
        }
        return events.OrderBy(e => e.Evidence.Min(s => s.Start)).ToList();
    }

    private static bool Near(EventCandidate e, int sentence, int reach)
    {
        if (reach == int.MaxValue)
            return true;
        for (var s = sentence - reach; s <= sentence + reach; s++)
        {
            if (e.Sentences.Contains(s))
                return true;
        }
        return false;
    }

    internal static bool Compatible(EventCandidate a, EventCandidate b) =>
        (TypesCompatible(a, b) || Elaborates(a, b) || Elaborates(b, a)) && DatesCompatible(a.Date, b.Date) && PlacesCompatible(a.Place, b.Place);

    // An undated report of violence at the place of a dated incident just told elaborates it
    // («عملية “وثبة الأسود” استهدفت مقار التنظيم في صحراء الأنبار» after the operation's report).
    private static bool Elaborates(EventCandidate detail, EventCandidate incident) =>
        detail.FromGenericTrigger && detail.Date is null && incident.Date is not null && detail.Place is not null && incident.Place is not null
        && IsViolent(detail.Type) && IsViolent(incident.Type)
        && Geo.DistanceKm(detail.Place.Lat, detail.Place.Lon, incident.Place.Lat, incident.Place.Lon) <= SamePlaceKm;

    private static bool TypesCompatible(EventCandidate a, EventCandidate b)
    {
        if (a.Type == b.Type)
            return true;
        if (IsClash(a.Type) && IsClash(b.Type))
            return true;
        if ((a.MentionOnly || b.MentionOnly) && IsCapture(a.Type) && IsCapture(b.Type))
            return true; // «عملية أمنية» in a headline, «توقيف 12 مشتبهاً» in the body
        return (a.GenericType && IsViolent(b.Type)) || (b.GenericType && IsViolent(a.Type));
    }

    /// <summary>Battle and raid: analysts and the scorer treat them as one kind of incident.</summary>
    public static bool IsClash(EventType t) => t is EventType.Battle or EventType.Raid;

    private static bool IsCapture(EventType t) => t is EventType.Raid or EventType.Arrest;

    private static bool IsViolent(EventType t) => t is not (EventType.Arrest or EventType.Abduction or EventType.TerritoryTaken or EventType.Other);

    /// <summary>Within one article dates must overlap: «في 19 تشرين الأول» and «في 20 أكتوبر» are two incidents.</summary>
    public static bool DatesCompatible(DateMention? a, DateMention? b)
    {
        if (a?.Start is not { } a0 || b?.Start is not { } b0)
            return true;
        var a1 = a.End ?? a0;
        var b1 = b.End ?? b0;
        return a0 <= b1 && b0 <= a1;
    }

    public static bool PlacesCompatible(PlaceMention? a, PlaceMention? b)
    {
        if (a is null || b is null)
            return true;
        var km = Geo.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon);
        if (km <= SamePlaceKm)
            return true;
        if (a.Country != b.Country)
            return false;
        if (IsCoarse(a) || IsCoarse(b))
            return km <= CoarsePlaceKm || a.Precision == PlacePrecision.Country || b.Precision == PlacePrecision.Country;
        // «إدلب», «حلب», «دير الزور» name a city and its province alike: such a city may stand for its province
        return (NamesItsProvince(a) || NamesItsProvince(b)) && km <= ProvinceReachKm;
    }

    private static bool IsCoarse(PlaceMention p) => p.Precision is PlacePrecision.Province or PlacePrecision.Region or PlacePrecision.Country;

    private static bool NamesItsProvince(PlaceMention p) =>
        p.Precision == PlacePrecision.City && p.Admin1 is { } admin1 && Bare(p.Name).StartsWith(Bare(admin1), StringComparison.Ordinal);

    private static string Bare(string name)
    {
        var lower = name.ToLowerInvariant();
        foreach (var article in new[] { "al-", "al ", "ar ", "ar-", "as ", "as-", "ad ", "ad-", "ash ", "ash-", "an ", "at " })
        {
            if (lower.StartsWith(article, StringComparison.Ordinal))
                return new string(lower[article.Length..].Where(char.IsLetter).ToArray());
        }
        return new string(lower.Where(char.IsLetter).ToArray());
    }

    private static void Absorb(EventCandidate into, EventCandidate c)
    {
        // A mention-only report adds evidence and detail; it never renames a reported incident
        if (into.GenericType && !c.GenericType && !c.MentionOnly)
        {
            into.Type = c.Type;
            into.Trigger = c.Trigger;
            into.GenericType = false;
        }
        if (c.Date?.Start is not null && (into.Date?.Start is null || c.Date.Precision < into.Date.Precision))
        {
            into.Date = c.Date;
            into.DateBasis = ArgumentBasis.Mention;
        }
        into.StatementDate ??= c.StatementDate;
        if (c.Place is not null && (into.Place is null || c.Place.Precision < into.Place.Precision))
        {
            into.Place = c.Place;
            into.PlaceBasis = ArgumentBasis.Mention;
        }
        into.Agent ??= c.Agent;
        into.Target ??= c.Target;
        into.Killed = Larger(into.Killed, c.Killed);
        into.Injured = Larger(into.Injured, c.Injured);
        into.Detained = Larger(into.Detained, c.Detained);
        into.Attribution ??= c.Attribution;
        into.Cue ??= c.Cue;
        foreach (var w in c.Weapons.Where(w => into.Weapons.Count < MaxWeapons && !into.Weapons.Contains(w)))
            into.Weapons.Add(w);
        foreach (var s in c.Evidence)
        {
            if (into.EvidenceSeen.Add(s))
                into.Evidence.Add(s);
        }
        into.Sentences.UnionWith(c.Sentences);
    }

    private static EventCount? Larger(EventCount? a, EventCount? b) => a is null ? b : b is null ? a : (b.Count > a.Count ? b : a);
}
