using Athar.Events.Reading;
using Athar.Events.Rules;
using Athar.Text;

namespace Athar.Events.Decisions;

/// <summary>
/// The type decision by rules: the most specific trigger of the clause heads it; a generic trigger («قصف»,
/// «هجوم», «استهدف», «مقتل», «انفجار», «سقطت») takes its type from the means the clause names, wherever it
/// names them; a gun attack on a force's unit or post is a battle.
/// </summary>
internal sealed class TypeRules(EventLexicon lexicon, RuleBook rules) : ITypeDecision
{
    // Higher wins when one clause has several triggers: the most specific description of the incident.
    private static readonly EventType[] Priority =
    [
        EventType.Attack, EventType.Battle, EventType.TerritoryTaken, EventType.Arrest, EventType.Abduction,
        EventType.Raid, EventType.Shelling, EventType.AirStrike, EventType.Bombing,
    ];

    public TypeChoice? Decide(MentionContext clause, IReadOnlyList<TriggerReading> triggers)
    {
        if (triggers.Count == 0)
            return null;
        var view = clause.View;
        var has = triggers.Select(k => k.Hit.Value.Class).ToHashSet();
        var strong = triggers.Where(k => k.Hit.Value.Strong && !k.Temporal).ToList();
        var pool = strong.Count > 0 ? strong : triggers.ToList();
        var means = lexicon.Means.FindAll(view.Tokens, clause.Clause.First, clause.Clause.End);
        var typed = pool.Select(k => (Reading: k, Means: MeansFor(view, k.Hit.Value.Class is TriggerClass.Fall or TriggerClass.Shoot ? Fired(means) : means, k.Hit, triggers), Type: (Decision<EventType>?)null)).ToList();
        for (var i = 0; i < typed.Count; i++)
            typed[i] = typed[i] with { Type = TypeOf(clause, typed[i].Reading, typed[i].Means, has) };
        var candidates = typed.Where(t => t.Type is not null).ToList();
        if (candidates.Count == 0)
            return null;
        var best = candidates.OrderByDescending(s => Array.IndexOf(Priority, s.Type!.Value.Value)).ThenBy(s => s.Reading.Hit.First).First();
        var hit = best.Reading.Hit;
        var kill = triggers.Where(k => k.Hit.Value.Class == TriggerClass.Kill && k.Hit.Last < hit.First).Select(k => (int?)k.Hit.Last).FirstOrDefault();
        // «وشمل القصف حلب» after «غارات … على إدلب»: «القصف» with no means of its own is the strikes told before
        var generic = (hit.Value.Class == TriggerClass.Attack && hit.Value.Generic && best.Means is null) || hit.Value.Class is TriggerClass.Kill or TriggerClass.Explosion
            || (rules.On("type.definite-generic") && hit.Value.Generic && best.Reading.Definite && best.Means is null);
        return new TypeChoice(best.Reading, best.Type!.Value, generic, Standalone(clause, best.Reading, best.Means, strong.Count > 0, has), kill);
    }

    // The means that explains a trigger: anywhere in its clause (rank first, then nearness); with the rule off,
    // only within a few words of the trigger.
    // What can fall or be fired («سقطت طائرة مسيرة»: the drone, not the aircraft; «صواريخ الغراد»)
    private static List<PhraseMatch<MeansEntry>> Fired(List<PhraseMatch<MeansEntry>> means) =>
        means.Where(m => m.Value.Projectile || m.Value.Means == Means.Gunfire).ToList();

    // With type.means-in-clause off, only a means right next to the trigger counts («قصف مدفعي», «غارة جوية»)
    private const int AdjacentMeans = 2;

    // A means word belongs to the trigger nearest it («شنت هجوماً … وتمكنت من تفجير عجلات مفخخة»: the car bombs are the
    // blowing-up's, not the attack's): only means between this trigger and its neighbouring ones count. Linear in the
    // clause: each trigger looks at its own stretch of the sorted means.
    private MeansEntry? MeansFor(ArticleView view, List<PhraseMatch<MeansEntry>> means, PhraseMatch<TriggerEntry> hit, IReadOnlyList<TriggerReading> triggers)
    {
        var (lo, hi) = (int.MinValue, int.MaxValue);
        if (rules.On("type.means-nearest-trigger"))
        {
            foreach (var o in triggers)
            {
                if (o.Hit.Value.Class == TriggerClass.Kill || o.Hit.First == hit.First)
                    continue;
                if (o.Hit.Last < hit.First)
                    lo = Math.Max(lo, o.Hit.Last);
                else if (o.Hit.First > hit.Last)
                    hi = Math.Min(hi, o.Hit.First);
            }
        }
        var window = rules.On("type.means-in-clause") ? int.MaxValue : AdjacentMeans;
        MeansEntry? best = null;
        var bestDistance = int.MaxValue;
        for (var i = FirstAfter(means, lo); i < means.Count && means[i].First < hi; i++)
        {
            var m = means[i];
            if (window != int.MaxValue && view.WordDistance(hit.First, m.SpanIn(view.Tokens)) > window)
                continue;
            var distance = Math.Abs(m.First - hit.First);
            if (best is null || m.Value.Rank > best.Value.Rank || (m.Value.Rank == best.Value.Rank && distance < bestDistance))
                (best, bestDistance) = (m.Value, distance);
        }
        return best;
    }

    // Index of the first means starting after token «after» (means are in text order)
    private static int FirstAfter(List<PhraseMatch<MeansEntry>> means, int after)
    {
        int lo = 0, hi = means.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (means[mid].First <= after)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private Decision<EventType>? TypeOf(MentionContext clause, TriggerReading reading, MeansEntry? means, HashSet<TriggerClass> has)
    {
        var hit = reading.Hit;
        var t = hit.Value;
        switch (t.Class)
        {
            case TriggerClass.Battle: return rules.By("type.trigger", EventType.Battle);
            case TriggerClass.TerritoryTaken: return rules.By("type.trigger", EventType.TerritoryTaken);
            case TriggerClass.Raid: return rules.By("type.trigger", EventType.Raid);
            case TriggerClass.AirStrike: return rules.By("type.trigger", EventType.AirStrike);
            case TriggerClass.Bombing:
                // «ضبطت قوات الأمن 3 عبوات ناسفة»: devices seized or defused are disrupted weapons use, not a bombing
                return rules.On("type.device-seized") && Seized(clause, hit) ? rules.By("type.device-seized", EventType.Other) : rules.By("type.trigger", EventType.Bombing);
            case TriggerClass.Abduction: return rules.By("type.trigger", EventType.Abduction);
            case TriggerClass.Arrest: return rules.By("type.trigger", EventType.Arrest);
            case TriggerClass.Operation:
                return rules.By("type.operation-outcome", has.Contains(TriggerClass.Arrest) && !has.Contains(TriggerClass.Kill) ? EventType.Arrest : EventType.Raid);
            case TriggerClass.Search:
                return rules.By("type.search-outcome", has.Contains(TriggerClass.Kill) ? EventType.Raid
                    : has.Contains(TriggerClass.Abduction) ? EventType.Abduction
                    : has.Contains(TriggerClass.Arrest) ? EventType.Arrest : EventType.Raid);
            case TriggerClass.Fall:
                // «سقطت مسيرة», «سقوط قذائف»: what fell decides; «سقوط قتلى» is no incident of its own
                return rules.On("type.fall") && means is { Projectile: true } m ? ByMeans(m) : null;
            case TriggerClass.Shoot:
                // «أطلق مسلحون النار على …», «أطلقت الفصائل صواريخ على …»: what was fired decides
                if (!rules.On("type.shoot") || means is not { } fired || !(fired.Projectile || fired.Means == Means.Gunfire))
                    return null;
                if (fired.Means == Means.Gunfire)
                    return rules.On("type.attack-on-force") && OnForceUnit(clause, reading) ? rules.By("type.attack-on-force", EventType.Battle) : rules.By("type.shoot", EventType.Attack);
                return ByMeans(fired);
            case TriggerClass.Explosion:
                return (means is { Means: Means.Air or Means.Artillery } ex && ex.Rank >= 2 ? ByMeans(ex) : null) ?? rules.By("type.explosion", EventType.Bombing);
            case TriggerClass.Shelling:
                if (t.Generic && means is { Means: Means.Air } air && ByMeans(air) is { } byAir)
                    return byAir;
                if (t.Generic && means is null && StrikesVehicle(clause, hit))
                    return rules.By("type.vehicle-strike", EventType.AirStrike);
                return rules.By("type.trigger", EventType.Shelling);
            case TriggerClass.Attack or TriggerClass.Kill:
                if ((t.Generic || t.Class == TriggerClass.Kill) && means is { Means: Means.Air or Means.Artillery or Means.Explosive } specific && ByMeans(specific) is { } bySpecific)
                    return bySpecific;
                // «انفجار استهدف حافلة»: the explosion is the means of the attack
                if ((t.Generic || t.Class == TriggerClass.Kill) && rules.On("type.explosion-means") && has.Contains(TriggerClass.Explosion))
                    return rules.By("type.explosion-means", EventType.Bombing);
                if (t.Generic && t.Class == TriggerClass.Attack && rules.On("type.attack-on-force") && OnForceUnit(clause, reading))
                    return rules.By("type.attack-on-force", EventType.Battle);
                if (t.Generic && t.Class == TriggerClass.Attack && means is null && StrikesVehicle(clause, hit))
                    return rules.By("type.vehicle-strike", EventType.AirStrike);
                return rules.By("type.trigger", EventType.Attack);
            default:
                return rules.By("type.trigger", EventType.Other);
        }
    }

    private Decision<EventType>? ByMeans(MeansEntry means)
    {
        var type = means.Means switch
        {
            Means.Air => EventType.AirStrike,
            Means.Artillery => EventType.Shelling,
            Means.Explosive => EventType.Bombing,
            _ => EventType.Attack,
        };
        return rules.By("type.means", type, means.Rank);
    }

    // «أطلقوا النار على دورية», «استهدفوا سيارة عسكرية»: a force's unit or post after the trigger; before it when
    // it suffered the attack («تعرض طاقم الدورية لإطلاق نار»)
    // The unit must be what was hit: right after the trigger or its «على/ضد/باتجاه» («نحو مركز عملهما» is not the target)
    private bool OnForceUnit(MentionContext clause, TriggerReading reading)
    {
        var tokens = clause.View.Tokens;
        var (from, to) = reading.Suffered ? (clause.Clause.First, reading.Hit.First) : (reading.Hit.Last + 1, clause.Clause.End);
        var markers = lexicon.Words("target");
        foreach (var unit in lexicon.Phrases("force-unit").FindAll(tokens, from, to))
        {
            var before = unit.First - 1;
            if (reading.Suffered || clause.View.WordDistance(reading.Hit.Last, unit.SpanIn(tokens)) <= ForceUnitReach
                || (before >= 0 && markers.Contains(tokens[before].Form)))
                return true;
        }
        return false;
    }

    // «استهدفوا بأسلحة رشاشة سيارة عسكرية»: the unit within a few words of the trigger
    private const int ForceUnitReach = 8;

    // a seizing or defusing word a few words before the device, in its sentence («ضبطت القوات، اليوم، 3 عبوات»)
    private bool Seized(MentionContext clause, PhraseMatch<TriggerEntry> hit)
    {
        var tokens = clause.View.Tokens;
        var words = lexicon.Words("seized");
        var (sentenceStart, _) = clause.View.Ranges[clause.Sentence];
        var reach = (int)rules.Value("type.device-seized");
        for (int i = hit.First - 1, seen = 0; i >= sentenceStart && seen < reach; i--)
        {
            if (!tokens[i].IsWord)
                continue;
            seen++;
            if (tokens[i].IsOneOf(words))
                return true;
        }
        return false;
    }

    // «قصف إسرائيلي استهدف سيارة مدنية»: a strike on a vehicle with no ground means and no gunmen named is a
    // drone or air strike (targeted vehicle strikes are the drones' work)
    private bool StrikesVehicle(MentionContext clause, PhraseMatch<TriggerEntry> hit) =>
        rules.On("type.vehicle-strike")
        && lexicon.Phrases("vehicle").FindAll(clause.View.Tokens, hit.Last + 1, clause.Clause.End).Count > 0
        && !ArmedAgent(clause, hit);

    // «مسلحون قتلوا 7 أشخاص», «قُتل على يد مسلحين مجهولين»: an armed, unnamed agent before the trigger or after an agentive
    // marker («على يد», «برصاص», «من قبل») — «مقتل أخطر الإرهابيين» names the victim
    private bool ArmedAgent(MentionContext clause, PhraseMatch<TriggerEntry> hit)
    {
        var tokens = clause.View.Tokens;
        var words = lexicon.Words("armed");
        var reach = (int)rules.Value("role.armed-killing");
        bool Armed(int i) => tokens[i].IsOneOf(words);
        for (var i = Math.Max(clause.Clause.First, hit.First - reach); i < hit.First; i++)
        {
            if (Armed(i))
                return true;
        }
        // «قتل مسلحون مجهولون ثلاثة رعاة»: a nominative plural right after the verb is its subject («مقتل الإرهابيين» is the victim)
        if (hit.Last + 1 < clause.Clause.End && Armed(hit.Last + 1) && WordEndings.IsMasculinePlural(tokens[hit.Last + 1].Form))
            return true;
        var markers = lexicon.Words("by");
        var end = Math.Min(clause.Clause.End, hit.Last + 1 + reach);
        for (var i = hit.Last + 1; i < end; i++)
        {
            if (tokens[i].IsOneOf(markers))
                return Enumerable.Range(i + 1, Math.Max(0, Math.Min(end, i + 3) - i - 1)).Any(Armed);
        }
        return false;
    }

    private Decision<bool> Standalone(MentionContext clause, TriggerReading best, MeansEntry? means, bool anyStrong, HashSet<TriggerClass> has)
    {
        var hit = best.Hit;
        if (anyStrong && rules.On("role.strong-trigger"))
            return Decision.By("role.strong-trigger", true);
        // «بعد سيطرة قسد على بلدة الباغوز» is a time reference, unless the sentence dates and places it itself
        if (rules.On("role.temporal-stated") && best.Temporal && !best.Prospective && hit.Value.Strong && StatesWhenAndWhere(clause))
            return Decision.By("role.temporal-stated", true);
        // «انفجرت عبوة ناسفة في السوق», «سقطت مسيرة في …», «أطلق مسلحون النار»: a named device, projectile or gunfire is an incident in its own right
        if (rules.On("role.named-device") && !best.Temporal && means is { } m
            && ((hit.Value.Class == TriggerClass.Explosion && m.Means == Means.Explosive) || (hit.Value.Class == TriggerClass.Fall && m.Projectile)
                || (hit.Value.Class == TriggerClass.Shoot && (m.Projectile || m.Means == Means.Gunfire))))
            return Decision.By("role.named-device", true);
        // «قتلوا جراء استهداف طيران النظام للمنازل في قرية …»: a weak «استهداف» with its means named is the incident
        if (rules.On("role.means-stands") && !best.Temporal && hit.Value.Generic && means is { Rank: >= 2, Means: Means.Air or Means.Artillery or Means.Explosive })
            return Decision.By("role.means-stands", true);
        if (rules.On("role.operation-kills") && hit.Value.Class == TriggerClass.Operation && has.Contains(TriggerClass.Kill) && !best.Temporal)
            return Decision.By("role.operation-kills", true);
        if (rules.On("role.armed-killing") && hit.Value.Class == TriggerClass.Kill && !best.Temporal && ArmedAgent(clause, hit))
            return Decision.By("role.armed-killing", true);
        // «أعلنت الوزارة، اليوم، تحييد ستة مسلحين في منطقة متينا»: deaths with their own day and place are an incident
        if (rules.On("role.dated-placed-killing") && hit.Value.Class == TriggerClass.Kill && !best.Temporal && DatedAndPlaced(clause))
            return Decision.By("role.dated-placed-killing", true);
        // with the rule off a weak trigger stands alone too
        return Decision.By("role.weak-trigger", !rules.On("role.weak-trigger"));
    }

    private static bool DatedAndPlaced(MentionContext clause) =>
        clause.View.Dates[clause.Sentence].Any(d => d.Start is not null && clause.Governing.Contains(d.Span) && d.Precision <= Time.DatePrecision.Days)
        && clause.View.Places[clause.Sentence].Any(p => clause.ClauseSpan.Contains(p.Span) && p.Precision != Places.PlacePrecision.Country);

    private static bool StatesWhenAndWhere(MentionContext clause) =>
        clause.View.Dates[clause.Sentence].Any(d => d.Start is not null && d.Precision <= Time.DatePrecision.MonthPart) && clause.View.Places[clause.Sentence].Count > 0;
}
