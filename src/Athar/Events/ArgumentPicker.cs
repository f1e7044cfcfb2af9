using System.Collections.Frozen;
using Athar.Actors;
using Athar.Attribution;
using Athar.Places;
using Athar.Text;
using Athar.Time;

namespace Athar.Events;

/// <summary>
/// Fills a candidate's when, where, who and source from its clause, then its sentence: the nearest date
/// that is not the date of the statement, the nearest and finest place that is not the reporter's
/// whereabouts, the actors around the trigger, the reporting source and any hedge before the trigger.
/// </summary>
internal static class ArgumentPicker
{
    private static readonly FrozenSet<string> TargetMarkers = new[] { "علي", "ضد", "باتجاه" }.Select(MatchingForm.Of).ToFrozenSet();

    public static void Fill(ArticleView view, EventCandidate c)
    {
        var sentenceSpan = view.Sentences[c.Sentence].Span;
        var clauseSpan = view.SpanOf(c.Clause.First, c.Clause.End - 1);
        // What the sentence says before this clause («في 13 مارس، نفذت ...») governs it; what follows belongs to the next clauses.
        var governing = new Span(sentenceSpan.Start, clauseSpan.End);
        var trigger = c.Trigger.First;
        var attributions = view.Attributions[c.Sentence];

        c.Date = PickDate(view, c, clauseSpan, attributions) ?? PickDate(view, c, governing, attributions);
        c.DateBasis = ArgumentBasis.Stated;
        c.Place = PickPlace(view, c, clauseSpan, attributions) ?? PickPlace(view, c, governing, attributions);
        c.PlaceBasis = ArgumentBasis.Stated;
        PickActors(view, c, clauseSpan, attributions);
        c.Attribution = attributions.OrderBy(a => a.Span.Start > view.Tokens[trigger].Span.Start ? 1 : 0).ThenBy(a => view.Distance(trigger, a.Span)).FirstOrDefault();
        c.Cue = view.CertaintyCues[c.Sentence]
            .Where(q => clauseSpan.Overlaps(q.Span) && q.Span.End <= view.Tokens[trigger].Span.Start)
            .OrderBy(q => view.Distance(trigger, q.Span)).FirstOrDefault();
        c.Evidence.Add(sentenceSpan);
    }

    private static DateMention? PickDate(ArticleView view, EventCandidate c, Span scope, IReadOnlyList<AttributionMention> attributions)
    {
        var dates = view.Dates[c.Sentence].Where(d => scope.Contains(d.Span)).ToList();
        if (dates.Count == 0)
            return null;
        // «قالت القيادة أمس السبت إنها ألقت القبض ... يوم 28 سبتمبر»: the date next to the speech verb dates the statement
        var eventDates = dates.Where(d => !attributions.Any(a => IsStatementDate(view, a, d))).ToList();
        var pool = eventDates.Count > 0 ? eventDates : dates;
        return pool.OrderBy(d => view.WordDistance(c.Trigger.First, d.Span)).First();
    }

    private static bool IsStatementDate(ArticleView view, AttributionMention a, DateMention d)
    {
        if (a.Kind != AttributionKind.Speech)
            return false;
        var cueEnd = TokenRange.LowerBound(view.Tokens, a.Cue.Span.End);
        var sourceEnd = TokenRange.LowerBound(view.Tokens, Math.Max(a.Span.End, a.Cue.Span.End));
        var dateStart = TokenRange.LowerBound(view.Tokens, d.Span.Start);
        return dateStart >= cueEnd && dateStart <= sourceEnd + 2;
    }

    private static PlaceMention? PickPlace(ArticleView view, EventCandidate c, Span scope, IReadOnlyList<AttributionMention> attributions)
    {
        var places = view.Places[c.Sentence].Where(p => scope.Contains(p.Span)).ToList();
        if (places.Count == 0)
            return null;
        var entities = view.Entities[c.Sentence];
        // A place inside a source («صحفي يعيش في دير الزور») or an organisation's name is the reporter's or the
        // organisation's, not the incident's — unless nothing else is named («مديرية الأمن في اسطنبول»).
        return places.OrderBy(p => view.WordDistance(c.Trigger.First, p.Span) + Penalty(p)
            + (attributions.Any(a => a.Kind != AttributionKind.According && a.Span.Contains(p.Span)) ? 25 : 0)
            + (entities.Any(e => e.Span.Contains(p.Span)) ? 15 : 0)).First();
    }

    // Prefer the finest place: a village named in the clause beats the country it lies in.
    private static int Penalty(PlaceMention p) => p.Precision switch
    {
        PlacePrecision.Country => 20,
        PlacePrecision.Region => 6,
        PlacePrecision.Province => 3,
        _ => 0,
    };

    private static void PickActors(ArticleView view, EventCandidate c, Span scope, IReadOnlyList<AttributionMention> attributions)
    {
        var tokens = view.Tokens;
        var triggerStart = tokens[c.Trigger.First].Span.Start;
        var actors = view.Entities[c.Sentence]
            .Where(e => scope.Contains(e.Span) && e.Kind is not (EntityKind.Media or EntityKind.Monitor)
                && !attributions.Any(a => a.Span.Contains(e.Span)))
            .ToList();
        var before = actors.Where(e => e.Span.End <= triggerStart).ToList();
        var after = actors.Where(e => e.Span.Start >= tokens[c.Trigger.Last].Span.End).ToList();
        var marked = after.FirstOrDefault(e => IsMarkedTarget(view, e));
        c.Agent = before.LastOrDefault() ?? after.FirstOrDefault(e => e != marked);
        c.Target = marked ?? after.FirstOrDefault(e => e != c.Agent);
    }

    private static bool IsMarkedTarget(ArticleView view, EntityMention e)
    {
        var i = TokenRange.LowerBound(view.Tokens, e.Span.Start);
        return i > 0 && (TargetMarkers.Contains(view.Tokens[i - 1].Form) || view.Tokens[i].Readings.Any(r => r.Prefix.StartsWith('ب') == false && TargetMarkers.Contains(r.Prefix)));
    }
}
