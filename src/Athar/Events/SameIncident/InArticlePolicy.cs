using Athar.Events.Reading;
using Athar.Events.Rules;
using Athar.Events.Segmentation;

namespace Athar.Events.SameIncident;

/// <summary>
/// Whether a mention reports an incident already told in the same article. A mention that stands alone joins
/// only on positive evidence: a compatible type and date, and the same or a nested place — or, when one side
/// names no place, a mention a sentence or two away in the same scope, or «الهجوم» referring back. Two places
/// that are different (far apart, or two differently named villages) are never one incident. Clauses of one
/// sentence stay apart: they were split because they report different things.
/// </summary>
internal sealed class InArticlePolicy(RuleBook rules)
{
    public Decision<bool> Joins(Incident e, Mention m)
    {
        // «قصفت الطائرات قرى العمقية والزيارة وزيزون»: the sites of one clause were told apart on purpose
        if (e.Mentions.Any(x => x.Sentence == m.Sentence && x.Clause.Clause == m.Clause.Clause))
            return No("site.one-per-place");
        var relation = PlaceRelations.Of(e.Site, m.SiteFacts, rules);
        // «اشتباكات في القرية، فيما قتل مدنيان»: with no place to compare, clauses of one sentence tell different things
        if (rules.On("same.sentence-apart") && e.Has(m.Sentence) && relation is PlaceRelation.Unknown or PlaceRelation.Different)
            return No("same.sentence-apart");
        if (rules.On("same.type") && !IncidentCompatibility.Types(e.Type.Value, e.Generic, m.Type.Type.Value, m.Type.Generic, weak: false))
            return No("same.type");
        if (rules.On("same.date") && !IncidentCompatibility.DatesOverlap(e.Interval, m.Interval, widenDays: 0))
            return No("same.date");
        if (rules.On("same.place") && relation == PlaceRelation.Different)
            return No("same.place");
        var backReference = m.Type.Head.Definite && relation != PlaceRelation.Nested;
        // «أعلنت تركيا اعتقال 357 شخصاً في 21 محافظة» in the lead is today's news, not the Istanbul arrests of last
        // Thursday told below — unless both name the same place («قائد هجوم داعش على كركوك» and the attack itself) or
        // the later one refers back («وأكد المصدر أن الهجوم وقع مساء الخميس»)
        if (rules.On("same.guessed-date") && !backReference && (relation == PlaceRelation.Unknown || (relation == PlaceRelation.Nested && NamesOnlyCountry(e, m)))
            && !IncidentCompatibility.DatesOverlap(e.Interval ?? e.Guess, m.Interval ?? m.Guess, widenDays: 0))
            return No("same.guessed-date");
        // a round-up scope («أما في …») tells other incidents, unless the place is the very same
        if (rules.On("same.scope") && e.Scope != m.Scope && !backReference && relation != PlaceRelation.Same)
            return No("same.scope");
        if (relation is PlaceRelation.Same or PlaceRelation.Nested || !rules.On("same.place"))
            return Yes("same.place");
        if (rules.On("same.nearby-unplaced") && e.SentencesFrom(m.Sentence) <= rules.Value("same.nearby-unplaced"))
            return Yes("same.nearby-unplaced");
        // «قُتل ضابط و4 جنود أمس في هجوم» told again further down, without its place: the same day is evidence enough
        if (rules.On("same.dated-unplaced") && e.Date?.Value.Start is not null && m.Date.Date?.Value.Start is not null)
            return Yes("same.dated-unplaced");
        if (backReference && rules.On("same.back-reference"))
            return Yes("same.back-reference");
        return rules.On("same.needs-evidence") ? No("same.needs-evidence") : Yes("same.needs-evidence");
    }

    private static bool NamesOnlyCountry(Incident e, Mention m) =>
        e.Place?.Value.Precision == Places.PlacePrecision.Country || m.Site?.Value.Precision == Places.PlacePrecision.Country;

    /// <summary>A mention that does not stand alone adds to the nearest compatible incident; a bare one only to a near one.</summary>
    public Decision<bool> Echoes(Incident e, Mention m)
    {
        if (!IncidentCompatibility.Types(e.Type.Value, e.Generic, m.Type.Type.Value, m.Type.Generic, weak: true))
            return No("same.type");
        if (!IncidentCompatibility.DatesOverlap(e.Interval, m.Interval, widenDays: 0))
            return No("same.date");
        if (PlaceRelations.Of(e.Site, m.SiteFacts, rules) == PlaceRelation.Different)
            return No("same.place");
        // «قُتل من قُتل» two paragraphs before a raid is not that raid's evidence
        if (rules.On("same.bare-echo") && m.IsBare && e.SentencesFrom(m.Sentence) > rules.Value("same.bare-echo"))
            return No("same.bare-echo");
        return rules.On("same.echo") ? Yes("same.echo") : No("same.echo");
    }

    private static Decision<bool> Yes(string rule) => Decision.By(rule, true);

    private static Decision<bool> No(string rule) => Decision.By(rule, false);
}
