using Athar.Corpus;
using Athar.Events.Rules;
using Athar.Places;

namespace Athar.Events.SameIncident;

/// <summary>
/// Whether two articles' reports describe one incident, and how well they match (the fusion policy; the in-article
/// one is <see cref="InArticlePolicy"/>). Same type or both clashes (battle~raid); dates overlapping after widening
/// by a day (outlets date one incident from their own publication days); places within the same-place distance, or
/// one of them an admin-level place of the same first-level unit. A missing or country-level place (often the
/// outlet's framing) needs a shared actor or a shared named person and dates known to the week; two reports each
/// naming two different catalogued sides, none in common, stay apart.
/// </summary>
public sealed class AcrossArticlesPolicy(RuleBook rules)
{
    public static AcrossArticlesPolicy Default { get; } = new(RuleBook.Default);

    /// <summary>Reports dated more loosely than this many days (a year, a season) are not fused: too many incidents fit.</summary>
    public int MaxFusableDays => rules.On("fuse.max-days") ? (int)rules.Value("fuse.max-days") : 366 * 100;

    /// <summary>Reports of one incident place it within this distance (the evaluation contract's tolerance).</summary>
    public double SamePlaceKm => rules.Value("same.place-km");

    /// <summary>A score (higher is a closer match), or null when the reports cannot be one incident.</summary>
    public double? Score(EventRecord a, EventRecord b)
    {
        if (!TypesCompatible(a.Type, b.Type) || !IsFusable(a.When) || !IsFusable(b.When))
            return null;
        if (!IncidentCompatibility.Overlap(a.When!.Start!.Value, a.When.End ?? a.When.Start.Value, b.When!.Start!.Value, b.When.End ?? b.When.Start.Value, widenDays: 1))
            return null;
        var shared = SharedActors(a, b);
        var persons = rules.On("fuse.named-person") ? NamedPersons.Shared(a.Persons, b.Persons) : 0;
        if (shared == 0 && persons == 0 && ActorsConflict(a, b))
            return null;
        var place = PlaceScore(a, b, shared + persons);
        if (place is null)
            return null;
        var score = 1 + place.Value + Math.Min(shared + persons, 2);
        if (a.Type == b.Type)
            score += 0.5;
        if (a.When.Start == b.When.Start && a.When.End == b.When.End)
            score += 0.5;
        return score;
    }

    public static bool TypesCompatible(EventType a, EventType b) => a == b || (IncidentCompatibility.IsClash(a) && IncidentCompatibility.IsClash(b));

    /// <summary>The types a report of type <paramref name="type"/> may fuse with (for candidate queries).</summary>
    public static IReadOnlyList<EventType> CompatibleTypes(EventType type) =>
        Enum.GetValues<EventType>().Where(t => TypesCompatible(type, t)).ToList();

    /// <summary>True when the report is dated closely enough to be fused with others.</summary>
    public bool IsFusable(EventWhen? when) =>
        when?.Start is { } start && (when.End ?? start).DayNumber - start.DayNumber <= MaxFusableDays;

    private double? PlaceScore(EventRecord a, EventRecord b, int sharedEvidence)
    {
        // A country-level place is often the outlet's framing, not the incident's: it counts as no place.
        var days = rules.On("fuse.days-without-place") ? rules.Value("fuse.days-without-place") : double.MaxValue;
        if (a.Where is null || b.Where is null || IsCountryLevel(a.Where) || IsCountryLevel(b.Where))
            return sharedEvidence > 0 && Days(a.When!) <= days && Days(b.When!) <= days ? 0.5 : null;
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
