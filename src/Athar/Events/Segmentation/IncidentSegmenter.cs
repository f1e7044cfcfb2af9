using Athar.Events.Reading;
using Athar.Events.SameIncident;

namespace Athar.Events.Segmentation;

/// <summary>
/// Cuts the article's mentions into incidents. Mentions that stand alone are taken in text order: each joins
/// the latest incident the in-article policy accepts, or starts a new one. Mentions that only add then join
/// the nearest compatible incident, or are dropped.
/// </summary>
internal sealed class IncidentSegmenter(InArticlePolicy policy, Rules.RuleBook rules)
{
    public List<Incident> Segment(IReadOnlyList<Mention> mentions)
    {
        var incidents = new List<Incident>();
        foreach (var m in mentions.Where(m => m.Standalone.Value))
        {
            var joined = false;
            for (var i = incidents.Count - 1; i >= 0 && !joined; i--)
            {
                var why = policy.Joins(incidents[i], m);
                if (why.Value)
                {
                    incidents[i].Absorb(m, why, rules);
                    joined = true;
                }
            }
            if (!joined)
                incidents.Add(new Incident(m));
        }
        foreach (var m in mentions.Where(m => !m.Standalone.Value))
        {
            var target = incidents.Select(e => (Incident: e, Why: policy.Echoes(e, m))).Where(x => x.Why.Value)
                .OrderBy(x => x.Incident.SentencesFrom(m.Sentence)).FirstOrDefault();
            target.Incident?.Absorb(m, target.Why, rules);
        }
        return incidents.OrderBy(e => e.Mentions.Min(m => m.Evidence.Start)).ToList();
    }
}
