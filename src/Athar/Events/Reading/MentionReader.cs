using Athar.Events.Decisions;
using Athar.Events.Rules;
using Athar.Events.Segmentation;
using Athar.Places;
using Athar.Time;

namespace Athar.Events.Reading;

/// <summary>
/// Reads the article clause by clause: each clause with a kept trigger becomes a mention carrying the
/// decisions on its type, date, sites, actors and counts; a clause naming several sites becomes one mention per
/// site. Whether a mention stands alone is decided here too: outside the headline a report that neither dates
/// nor places itself, «الهجوم» saying nothing new, and background without a full date only add to another.
/// </summary>
internal sealed class MentionReader(EventLexicon lexicon, RuleBook rules, EventDecisions decisions)
{
    private readonly TriggerFinder _triggers = new(lexicon, rules);

    public List<Mention> Read(ArticleView view, Scopes scopes)
    {
        var mentions = new List<Mention>();
        var lead = Lead.Length(view, rules);
        var window = rules.On("conv.lead-window") ? Lead.Window(view) : null;
        for (var s = 0; s < view.Sentences.Count; s++)
        {
            if (rules.On("role.question") && view.IsQuestion(s))
                continue;
            var background = lexicon.BackgroundOpeners.LongestAt(view.Tokens, view.Ranges[s].First, view.Ranges[s].End) is not null;
            foreach (var range in view.Clauses[s])
            {
                var clause = new MentionContext(view, s, range);
                if (decisions.Type.Decide(clause, _triggers.Read(view, s, range)) is not { } type)
                    continue;
                var sites = decisions.Sites.Decide(clause, type);
                var mention = Read(clause, type, scopes.Of(s), background, sites.Count > 0);
                if (s < lead && mention.Date.Date is null && mention.Date.Statement is null)
                    mention = mention with { LeadWindow = window };
                if (sites.Count == 0)
                    mentions.Add(mention);
                foreach (var site in sites)
                    mentions.Add(mention.AtSite(site, sites.Count));
            }
        }
        return rules.On("role.summary") ? Summaries(mentions) : mentions;
    }

    // «قتل 14 مدنياً بقصف على قريتين جنوب شرق إدلب» above a paragraph per village: the summary adds to them, it is
    // not an incident of its own — unless the article tells no such incident at a named place.
    private List<Mention> Summaries(List<Mention> mentions)
    {
        var named = mentions.Where(m => m.Standalone.Value && NamesSite(m)).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Standalone.Value && !NamesSite(m) && TellsManyPlaces(m.Clause, m.Type)
                && named.Any(o => o.Sentence != m.Sentence && SameIncident.IncidentCompatibility.Types(o.Type.Type.Value, o.Type.Generic, m.Type.Type.Value, m.Type.Generic, weak: true)
                    && (m.Site is null || SameIncident.PlaceRelations.Of(m.SiteFacts, o.SiteFacts, rules) is SameIncident.PlaceRelation.Nested)))
                mentions[i] = m with { Standalone = Decision.By("role.summary", false) };
        }
        return mentions;
    }

    private static bool NamesSite(Mention m) =>
        m.Site?.Value is { } p && (p.Precision <= PlacePrecision.City || p.Resolution is PlaceResolution.AdminContext or PlaceResolution.Projected);

    private bool TellsManyPlaces(MentionContext clause, TypeChoice type) =>
        lexicon.Phrases("many-places").FindAll(clause.View.Tokens, type.Head.Hit.First, clause.Clause.End).Count > 0;

    private Mention Read(MentionContext clause, TypeChoice type, int scope, bool background, bool hasPlace)
    {
        var view = clause.View;
        var date = decisions.Date.Decide(clause, type);
        var trigger = view.Tokens[type.Head.Hit.First];
        var mention = new Mention
        {
            Clause = clause,
            Type = type,
            Standalone = type.Standalone,
            Scope = scope,
            Date = date,
            Actors = decisions.Actors.Decide(clause, type),
            Casualties = decisions.Casualties.Decide(clause, type),
            Weapons = lexicon.Weapons.FindAll(view.Tokens, view.Ranges[clause.Sentence].First, view.Ranges[clause.Sentence].End)
                .Take(Records.RecordWriter.MaxWeapons).Select(w => TextRef.Of(view.Document, w.SpanIn(view.Tokens))).ToList(),
            Attribution = view.Attributions[clause.Sentence].OrderBy(a => a.Span.Start > trigger.Span.Start ? 1 : 0).ThenBy(a => view.Distance(type.Head.Hit.First, a.Span)).FirstOrDefault(),
            Cue = view.CertaintyCues[clause.Sentence].Where(q => clause.ClauseSpan.Overlaps(q.Span) && q.Span.End <= trigger.Span.Start)
                .OrderBy(q => view.Distance(type.Head.Hit.First, q.Span)).FirstOrDefault(),
        };
        if (!mention.Standalone.Value)
            return mention;
        if (rules.On("role.bare") && date.Date is null && !hasPlace && clause.Sentence > 0)
            return mention with { Standalone = Decision.By("role.bare", false) };
        if (rules.On("role.back-reference") && type.Head.Definite && !OwnsDateOrPlace(clause))
            return mention with { Standalone = Decision.By("role.back-reference", false) };
        // «وتبنى تنظيم داعش، اليوم السبت، الهجوم»: the claim has a date, the incident it claims was told before
        if (rules.On("role.claimed") && type.Head.Definite && Claimed(clause, type))
            return mention with { Standalone = Decision.By("role.claimed", false) };
        if (rules.On("role.background") && background && date.Date?.Value is not { Kind: DateKind.Absolute, Precision: <= DatePrecision.Month })
            return mention with { Standalone = Decision.By("role.background", false) };
        return mention;
    }

    private bool Claimed(MentionContext clause, TypeChoice type) =>
        lexicon.Phrases("claim").FindAll(clause.View.Tokens, clause.Clause.First, type.Head.Hit.First).Count > 0;

    // «الهجوم» refers back unless its clause dates or places it; a country says nothing new
    // («فصائل مدعومة من إيران» is not where «الهجوم» happened)
    private static bool OwnsDateOrPlace(MentionContext clause) =>
        clause.View.Dates[clause.Sentence].Any(d => clause.ClauseSpan.Contains(d.Span))
        || clause.View.Places[clause.Sentence].Any(p => clause.ClauseSpan.Contains(p.Span) && p.Precision != PlacePrecision.Country);
}
