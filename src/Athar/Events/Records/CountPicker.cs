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
            WithAlso(Largest(counted.Select(m => m.Casualties.Killed).Where(k => k?.Rule != CasualtyRules.AlsoAcross).Concat(nobody)),
                counted.Select(m => m.Casualties.Killed).Where(k => k?.Rule == CasualtyRules.AlsoAcross).Select(k => k!.Value).ToList()),
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

    // «قتل ثلاثة شرطيين، … وأسفرت كذلك عن مقتل ستة»: the «also» counts come on top of the incident's count
    private static Decision<EventCount>? WithAlso(Decision<EventCount>? count, List<Decision<EventCount>> also)
    {
        if (also.Count == 0)
            return count;
        if (count is not { } c)
            return Largest(also.Cast<Decision<EventCount>?>());
        var extra = also.Select(a => a.Value).DistinctBy(a => a.Span).ToList();
        return Decision.By(CasualtyRules.AlsoAcross, new EventCount(
            c.Value.Count + extra.Sum(a => a.Count), string.Join(" + ", extra.Select(a => a.Text).Prepend(c.Value.Text)), extra.Aggregate(c.Value.Span, (span, a) => span.Cover(a.Span))));
    }

    private static Decision<EventCount>? Largest(IEnumerable<Decision<EventCount>?> counts) =>
        counts.Where(c => c is not null).OrderByDescending(c => c!.Value.Value.Count).FirstOrDefault();
}
