using Athar.Text;

namespace Athar.Events;

/// <summary>
/// Reads the triggers of one clause, drops those that do not report an incident (negated, intended or
/// purposive, a campaign, a series, a campaign's name, a state), and decides the clause's event type from
/// its strongest trigger and the means named near it.
/// </summary>
internal sealed class TriggerReader(EventLexicon lexicon)
{
    /// <summary>How far (in words) a means cue may stand from its trigger.</summary>
    public const int CueWindow = 8;

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
            .Where(h => !Annotations.AnyContains(view.Entities[sentence], view.SpanOf(h.First, h.Last)) && !Annotations.AnyContains(view.Dates[sentence], view.SpanOf(h.First, h.Last)))
            .ToList();
        if (hits.Count == 0)
            return null;
        var filters = lexicon.Filters.FindAll(tokens, clause.First, clause.End);
        if (filters.Any(f => f.Value == FilterReason.Series))
            return null;
        var kept = new List<Reading>();
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            var before = filters.Where(f => f.Last < hit.First && hit.First - f.Last <= 3).ToList();
            bool Adjacent(FilterReason reason) => before.Any(f => f.Value == reason && hit.First - f.Last == 1);
            if (before.Any(f => f.Value is FilterReason.Negation or FilterReason.Intent or FilterReason.Protest) || Adjacent(FilterReason.State) || Adjacent(FilterReason.Name))
                continue;
            if (before.Any(f => f.Value == FilterReason.Campaign && hit.First - f.Last <= 2))
                continue;
            // «بعد أسبوع من غارة مماثلة استهدفت ...»: the clause tells another incident, for comparison
            if (filters.Any(f => f.Value == FilterReason.Comparison && f.First == hit.Last + 1))
                return null;
            // «معركة استعادة الموصل»: a battle word naming a campaign by its aim is a name, not an incident
            if (hit.Value.Class == TriggerClass.Battle && h + 1 < hits.Count && hits[h + 1].First == hit.Last + 1)
                continue;
            // «لاعتقاله», «للسيطرة على»: a purpose, not a deed
            var subjected = IsPurpose(hit.Prefix) && AfterSubjectedTo(tokens, hit.First);
            if (IsPurpose(hit.Prefix) && !subjected)
                continue;
            if (hit.Value.Plural && !HasDayDate(view, sentence, view.SpanOf(clause.First, clause.End - 1)))
                continue;
            kept.Add(new Reading(hit, Adjacent(FilterReason.Temporal), hit.Prefix.EndsWith("ال", StringComparison.Ordinal), subjected));
        }
        return kept.Count == 0 ? null : Decide(view, sentence, clause, kept);
    }

    private EventCandidate Decide(ArticleView view, int sentence, (int First, int End) clause, List<Reading> kept)
    {
        var has = kept.Select(k => k.Hit.Value.Class).ToHashSet();
        var strong = kept.Where(k => k.Hit.Value.Strong && !k.Temporal).ToList();
        var pool = strong.Count > 0 ? strong : kept;
        var cues = lexicon.TypeCues.FindAll(view.Tokens, clause.First, clause.End);
        var typed = pool.Select(k => (Reading: k, Type: TypeOf(k.Hit.Value, CueNear(view, cues, k.Hit), has))).ToList();
        var best = typed.OrderByDescending(s => Array.IndexOf(Priority, s.Type)).ThenBy(s => s.Reading.Hit.First).First();
        var hit = best.Reading.Hit;
        var cue = CueNear(view, cues, hit);
        // «بعد سيطرة قسد على بلدة الباغوز» is a time reference, unless the sentence dates and places it itself
        var temporalButStated = strong.Count == 0 && best.Reading.Temporal && hit.Value.Strong && StatesWhenAndWhere(view, sentence);
        // «انفجرت قنبلة في السوق»: an explosion of a named device is a bombing in its own right
        var namedBomb = hit.Value.Class == TriggerClass.Explosion && cue == EventType.Bombing && !best.Reading.Temporal;
        var standalone = strong.Count > 0 || temporalButStated || namedBomb || (hit.Value.Class == TriggerClass.Operation && has.Contains(TriggerClass.Kill) && !best.Reading.Temporal);
        var kill = kept.Where(k => k.Hit.Value.Class == TriggerClass.Kill && k.Hit.Last < hit.First).Select(k => (int?)k.Hit.Last).FirstOrDefault();
        return new EventCandidate
        {
            KillBefore = kill,
            Sentence = sentence,
            Clause = clause,
            Trigger = hit,
            Type = best.Type,
            MentionOnly = !standalone,
            Definite = best.Reading.Definite,
            Suffered = best.Reading.Suffered,
            GenericType = (hit.Value.Class == TriggerClass.Attack && hit.Value.Generic && cue is null) || hit.Value.Class is TriggerClass.Kill or TriggerClass.Explosion,
        };
    }

    private static EventType? CueNear(ArticleView view, List<PhraseMatch<EventType>> cues, PhraseMatch<TriggerEntry> hit) =>
        cues.Where(c => Math.Abs(c.First - hit.First) <= 3 * CueWindow && view.WordDistance(hit.First, c.SpanIn(view.Tokens)) <= CueWindow)
            .Select(c => (EventType?)c.Value)
            .OrderByDescending(t => Array.IndexOf(Priority, t!.Value))
            .FirstOrDefault();

    private static EventType TypeOf(TriggerEntry t, EventType? cue, HashSet<TriggerClass> has) => t.Class switch
    {
        TriggerClass.Battle => EventType.Battle,
        TriggerClass.TerritoryTaken => EventType.TerritoryTaken,
        TriggerClass.Raid => EventType.Raid,
        TriggerClass.AirStrike => EventType.AirStrike,
        TriggerClass.Bombing => EventType.Bombing,
        TriggerClass.Abduction => EventType.Abduction,
        TriggerClass.Arrest => EventType.Arrest,
        TriggerClass.Operation => has.Contains(TriggerClass.Arrest) && !has.Contains(TriggerClass.Kill) ? EventType.Arrest : EventType.Raid,
        TriggerClass.Search => has.Contains(TriggerClass.Kill) ? EventType.Raid
            : has.Contains(TriggerClass.Abduction) ? EventType.Abduction
            : has.Contains(TriggerClass.Arrest) ? EventType.Arrest : EventType.Raid,
        TriggerClass.Explosion => cue == EventType.AirStrike ? EventType.AirStrike : EventType.Bombing,
        TriggerClass.Shelling => t.Generic && cue is { } c ? c : EventType.Shelling,
        TriggerClass.Attack or TriggerClass.Kill => t.Generic || t.Class == TriggerClass.Kill ? cue ?? EventType.Attack : EventType.Attack,
        _ => EventType.Other,
    };

    private const int SubjectedToReach = 16;

    // «تعرض قيادي للخطف» (a commander was subjected to kidnapping), «تعرضت القاعدة، مساء الأحد، لقصف»:
    // the lam after «تعرض» is not a purpose
    private static bool AfterSubjectedTo(IReadOnlyList<Token> tokens, int i)
    {
        var words = 0;
        for (var j = i - 1; j >= 0 && words < SubjectedToReach; j--)
        {
            if (!tokens[j].IsWord)
                continue;
            words++;
            if (tokens[j].Readings.Any(r => r.Stem is "تعرض" or "تعرضت" or "يتعرض" or "تتعرض" or "تعرضوا"))
                return true;
        }
        return false;
    }

    // The lam of purpose on a verbal noun: «لاعتقاله» (to arrest him), «للسيطرة» (to take control).
    private static bool IsPurpose(string prefix) =>
        (prefix.EndsWith("ال", StringComparison.Ordinal) ? prefix[..^2] : prefix) is "ل" or "ول" or "فل";

    private static bool StatesWhenAndWhere(ArticleView view, int sentence) =>
        view.Dates[sentence].Any(d => d.Start is not null && d.Precision <= Time.DatePrecision.MonthPart) && view.Places[sentence].Count > 0;

    private static bool HasDayDate(ArticleView view, int sentence, Span clause) =>
        view.Dates[sentence].Any(d => clause.Overlaps(d.Span) && d.Precision == Time.DatePrecision.Day && d.Start is not null);

    private readonly record struct Reading(PhraseMatch<TriggerEntry> Hit, bool Temporal, bool Definite, bool Suffered);
}
