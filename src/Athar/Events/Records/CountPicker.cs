using Athar.Events.Decisions;
using Athar.Events.Reading;
using Athar.Events.Rules;
using Athar.Events.SameIncident;
using Athar.Events.Segmentation;

namespace Athar.Events.Records;

/// <summary>
/// The killed, injured and detained of an incident from its mentions: the largest count stated (tolls rise
/// between the headline and the last update), leaving out summaries — a clause that names several sites, or a
/// mention that fits two or more of the article's incidents («قتل 14 مدنياً بقصف على قريتين» above one
/// paragraph per village) counts them all, not this one. A summary saying nobody was hurt says it of each.
/// </summary>
internal sealed class CountPicker(RuleBook rules)
{
    public CasualtyChoice Pick(Incident e, IReadOnlyList<Incident> all)
    {
        var counted = e.Mentions.Where(m => !IsSummary(m, e, all)).ToList();
        // «سقطت مسيرات في أربيل وكركوك … لم توقع خسائر بشرية»: a summary's «nobody» holds for each of its incidents
        var nobody = e.Mentions.Where(m => m.Casualties.Killed is { Rule: "casualty.none" } && rules.On("casualty.none-summary")).Select(m => m.Casualties.Killed);
        return new CasualtyChoice(
            Largest(counted.Select(m => m.Casualties.Killed).Concat(nobody)),
            Largest(counted.Select(m => m.Casualties.Injured)),
            Largest(counted.Select(m => m.Casualties.Detained)));
    }

    private bool IsSummary(Mention m, Incident own, IReadOnlyList<Incident> all)
    {
        if (!rules.On("casualty.summary"))
            return false;
        if (m.SitesInClause > 1)
            return true;
        var site = m.SiteFacts;
        var fits = 0;
        foreach (var e in all)
        {
            if (IncidentCompatibility.Types(e.Type.Value, e.Generic, m.Type.Type.Value, m.Type.Generic, weak: true)
                && IncidentCompatibility.DatesOverlap(e.Interval, m.Interval, widenDays: 0)
                && PlaceRelations.Of(e.Site, site, rules) is PlaceRelation.Nested or PlaceRelation.Unknown || e == own)
                fits++;
        }
        return fits > 1 && (site is null || PlaceRelations.Of(own.Site, site, rules) != PlaceRelation.Same);
    }

    private static Decision<EventCount>? Largest(IEnumerable<Decision<EventCount>?> counts) =>
        counts.Where(c => c is not null).OrderByDescending(c => c!.Value.Value.Count).FirstOrDefault();
}
