using Athar.Actors;
using Athar.Text;

namespace Athar.Events;

/// <summary>
/// Reads the triggers of one clause, drops those that do not report an incident (negated, intended,
/// a campaign or a series), and decides the clause's event type from its strongest trigger and the means
/// named with it.
/// </summary>
internal sealed class TriggerReader(EventLexicon lexicon)
{
    // Higher wins when one clause has several triggers: the most specific description of the incident.
    private static readonly EventType[] Priority =
    [
        EventType.Attack, EventType.Battle, EventType.TerritoryTaken, EventType.Arrest, EventType.Abduction,
        EventType.Raid, EventType.Shelling, EventType.AirStrike, EventType.Bombing,
    ];

    public EventCandidate? Read(ArticleView view, int sentence, (int First, int End) clause)
    {
        var tokens = view.Tokens;
        var hits = lexicon.Triggers.FindAll(tokens, clause.First, clause.End)
            .Where(h => !InsideAny(view.Entities[sentence], view.SpanOf(h.First, h.Last)) && !InsideAny(view.Dates[sentence], view.SpanOf(h.First, h.Last)))
            .ToList();
        if (hits.Count == 0)
            return null;
        var filters = lexicon.Filters.FindAll(tokens, clause.First, clause.End);
        if (filters.Any(f => f.Value == FilterReason.Series))
            return null;
        var kept = new List<(PhraseMatch<TriggerEntry> Hit, bool Temporal)>();
        foreach (var hit in hits)
        {
            var before = filters.Where(f => f.Last < hit.First && hit.First - f.Last <= 3).ToList();
            if (before.Any(f => f.Value is FilterReason.Negation or FilterReason.Intent))
                continue;
            if (before.Any(f => f.Value == FilterReason.Campaign && hit.First - f.Last <= 2))
                continue;
            if (hit.Value.Plural && !HasDayDate(view.Dates[sentence], view.SpanOf(clause.First, clause.End - 1)))
                continue;
            if (before.Any(f => f.Value == FilterReason.State && hit.First - f.Last == 1))
                continue;
            kept.Add((hit, before.Any(f => f.Value == FilterReason.Temporal && hit.First - f.Last == 1)));
        }
        if (kept.Count == 0)
            return null;
        return Decide(view, sentence, clause, kept);
    }

    private EventCandidate Decide(ArticleView view, int sentence, (int First, int End) clause, List<(PhraseMatch<TriggerEntry> Hit, bool Temporal)> kept)
    {
        // «صواريخ من نوع R9X»: the most specific means named decides (an air strike over a generic «صواريخ»)
        var cue = lexicon.TypeCues.FindAll(view.Tokens, clause.First, clause.End)
            .Select(c => (EventType?)c.Value).OrderByDescending(t => Array.IndexOf(Priority, t!.Value)).FirstOrDefault();
        var hasKill = kept.Any(k => k.Hit.Value.Class == TriggerClass.Kill);
        var hasArrest = kept.Any(k => k.Hit.Value.Class == TriggerClass.Arrest);
        var scored = kept.Select(k => (k.Hit, k.Temporal, Type: TypeOf(k.Hit.Value, cue, hasKill, hasArrest))).ToList();
        var strong = scored.Where(s => s.Hit.Value.Strong && !s.Temporal).ToList();
        var pool = strong.Count > 0 ? strong : scored;
        var best = pool.OrderByDescending(s => Array.IndexOf(Priority, s.Type)).ThenBy(s => s.Hit.First).First();
        // «بعد سيطرة قسد على بلدة الباغوز» is a time reference, unless the sentence dates and places it itself
        var temporalButStated = strong.Count == 0 && best.Temporal && best.Hit.Value.Strong && StatesWhenAndWhere(view, sentence);
        var standalone = strong.Count > 0 || temporalButStated || (best.Hit.Value.Class == TriggerClass.Operation && hasKill && !best.Temporal);
        return new EventCandidate
        {
            Sentence = sentence,
            Clause = clause,
            Trigger = best.Hit,
            Type = best.Type,
            MentionOnly = !standalone,
            GenericType = (best.Hit.Value.Generic && cue is null) || best.Hit.Value.Class is TriggerClass.Kill or TriggerClass.Explosion,
        };
    }

    private static EventType TypeOf(TriggerEntry t, EventType? cue, bool hasKill, bool hasArrest) => t.Class switch
    {
        TriggerClass.Battle => EventType.Battle,
        TriggerClass.TerritoryTaken => EventType.TerritoryTaken,
        TriggerClass.Raid => EventType.Raid,
        TriggerClass.AirStrike => EventType.AirStrike,
        TriggerClass.Bombing => EventType.Bombing,
        TriggerClass.Abduction => EventType.Abduction,
        TriggerClass.Arrest => EventType.Arrest,
        TriggerClass.Operation => hasArrest && !hasKill ? EventType.Arrest : EventType.Raid,
        TriggerClass.Explosion => cue == EventType.AirStrike ? EventType.AirStrike : EventType.Bombing,
        TriggerClass.Shelling => t.Generic && cue is { } c ? c : EventType.Shelling,
        TriggerClass.Attack or TriggerClass.Kill => t.Generic || t.Class == TriggerClass.Kill ? cue ?? EventType.Attack : EventType.Attack,
        _ => EventType.Other,
    };

    private static bool StatesWhenAndWhere(ArticleView view, int sentence) =>
        view.Dates[sentence].Any(d => d.Start is not null && d.Precision <= Time.DatePrecision.MonthPart) && view.Places[sentence].Count > 0;

    private static bool HasDayDate(IReadOnlyList<Time.DateMention> dates, Span clause) =>
        dates.Any(d => clause.Overlaps(d.Span) && d.Precision == Time.DatePrecision.Day && d.Start is not null);

    private static bool InsideAny<T>(IReadOnlyList<T> items, Span span) where T : IAnnotation
    {
        foreach (var item in items)
        {
            if (item.Span.Contains(span))
                return true;
        }
        return false;
    }
}
