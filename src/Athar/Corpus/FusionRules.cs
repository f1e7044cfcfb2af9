using Athar.Events;
using Athar.Events.SameIncident;
using Athar.Places;

namespace Athar.Corpus;

/// <summary>
/// Whether two articles' reports describe one incident, and how well they match. The notions are those of
/// the single-article merger (<see cref="Events.SameIncident.InArticlePolicy"/>) and the evaluation contract: same type or both
/// clashes (battle~raid); date intervals overlapping after widening by a day (as the scorer widens); places within 25 km, or one
/// of them a district/province-level place of the same admin unit. Across articles a missing or
/// country-level place (often the outlet's framing) needs a shared actor and dates known to the week; two
/// reports each naming two different catalogued sides, none in common, stay apart.
/// </summary>
public static class FusionRules
{
    /// <summary>Reports dated more loosely than this (a year, a season) are not fused: too many incidents fit.</summary>
    public const int MaxFusableDays = 31;

    /// <summary>Reports of one incident place it within this distance (the evaluation contract's tolerance).</summary>
    public static double SamePlaceKm => Events.Rules.RuleBook.Default.Value("same.place-km");

    /// <summary>Without a place, both reports must be dated to within this many days.</summary>
    public const int MaxDaysWithoutPlace = 7;

    /// <summary>A score (higher is a closer match), or null when the reports cannot be one incident.</summary>
    public static double? Score(EventRecord a, EventRecord b)
    {
        if (!TypesCompatible(a.Type, b.Type) || !IsFusable(a.When) || !IsFusable(b.When))
            return null;
        if (!DatesOverlap(a.When!, b.When!))
            return null;
        var shared = SharedActors(a, b);
        if (shared == 0 && ActorsConflict(a, b))
            return null;
        var place = PlaceScore(a, b, shared);
        if (place is null)
            return null;
        var score = 1 + place.Value + Math.Min(shared, 2);
        if (a.Type == b.Type)
            score += 0.5;
        if (a.When!.Start == b.When!.Start && a.When.End == b.When.End)
            score += 0.5;
        return score;
    }

    public static bool TypesCompatible(EventType a, EventType b) => a == b || (IncidentCompatibility.IsClash(a) && IncidentCompatibility.IsClash(b));

    /// <summary>The types a report of type <paramref name="type"/> may fuse with (for candidate queries).</summary>
    public static IReadOnlyList<EventType> CompatibleTypes(EventType type) =>
        Enum.GetValues<EventType>().Where(t => TypesCompatible(type, t)).ToList();

    /// <summary>True when the report is dated closely enough to be fused with others.</summary>
    public static bool IsFusable(EventWhen? when) =>
        when?.Start is { } start && (when.End ?? start).DayNumber - start.DayNumber <= MaxFusableDays;

    // Widened by a day: outlets date one incident from their own publication days («أمس» in one, «اليوم» in another).
    private static bool DatesOverlap(EventWhen a, EventWhen b) =>
        a.Start!.Value.AddDays(-1) <= (b.End ?? b.Start!.Value) && b.Start!.Value.AddDays(-1) <= (a.End ?? a.Start.Value);

    private static double? PlaceScore(EventRecord a, EventRecord b, int sharedActors)
    {
        // A country-level place is often the outlet's framing, not the incident's: it counts as no place.
        if (a.Where is null || b.Where is null || IsCountryLevel(a.Where) || IsCountryLevel(b.Where))
            return sharedActors > 0 && Days(a.When!) <= MaxDaysWithoutPlace && Days(b.When!) <= MaxDaysWithoutPlace ? 0.5 : null;
        var km = Geo.DistanceKm(a.Where.Lat, a.Where.Lon, b.Where.Lat, b.Where.Lon);
        if (km <= SamePlaceKm)
            return 2 - (km / SamePlaceKm);
        if (a.Where.Country != b.Where.Country)
            return null;
        return (IsAdminLevel(a.Where) || IsAdminLevel(b.Where)) && AdminUnit(a.Where) is { } unit && unit == AdminUnit(b.Where) ? 1 : null;
    }

    private static bool IsCountryLevel(EventWhere w) => w.Precision == PlacePrecision.Country;

    private static int Days(EventWhen w) => (w.End ?? w.Start!.Value).DayNumber - w.Start!.Value.DayNumber + 1;

    private static bool IsAdminLevel(EventWhere w) => w.Precision is PlacePrecision.District or PlacePrecision.Province or PlacePrecision.Region;

    // The first-level unit a place lies in; a province-level place is its own unit.
    private static string? AdminUnit(EventWhere w)
    {
        var unit = w.Admin1 ?? (w.Precision is PlacePrecision.Province or PlacePrecision.Region ? w.Name : null);
        return unit is null ? null : w.Country + "/" + unit.Trim().ToLowerInvariant();
    }

    private static HashSet<string> ActorKeys(EventRecord e)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in new[] { e.Agent, e.Target })
        {
            if (actor is not null)
                keys.Add(CorpusKeys.Actor(actor.Id, actor.Name));
        }
        return keys;
    }

    private static int SharedActors(EventRecord a, EventRecord b) => ActorKeys(a).Intersect(ActorKeys(b)).Count();

    // Two reports each naming two different sides from the catalogue, with no side in common, are different incidents.
    private static bool ActorsConflict(EventRecord a, EventRecord b) => NamesTwoSides(a) && NamesTwoSides(b);

    private static bool NamesTwoSides(EventRecord e) => e.Agent?.Id is { } agent && e.Target?.Id is { } target && agent != target;
}
