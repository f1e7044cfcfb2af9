using Athar.Actors;
using Athar.Attribution;
using Athar.Events.Rules;
using Athar.Text;

namespace Athar.Events.Decisions;

/// <summary>
/// Who did it and to whom, by word order: «سيطرة قسد على الباغوز» and «استهدفت طائرة تركية سيارة» put the
/// agent right after the trigger; «القوات الأمنية ألقت القبض على أمير التنظيم» right before; «على» and «ضد»
/// introduce the target; «هجوم شنه مسلحون» names the agent after «شنه»; «تعرضت القاعدة لقصف» makes the subject
/// the target; «أعلنت مديرية الأمن أنها ألقت القبض» makes the announcing force the agent.
/// </summary>
internal sealed class ActorRules(EventLexicon lexicon, RuleBook rules) : IActorDecision
{
    public ActorChoice Decide(MentionContext clause, TypeChoice type)
    {
        var view = clause.View;
        var tokens = view.Tokens;
        var scope = clause.ClauseSpan;
        var hit = type.Head.Hit;
        var attributions = view.Attributions[clause.Sentence];
        var actors = view.Actors[clause.Sentence].Where(e => scope.Contains(e.Span) && e.Kind is not (ActorKind.Media or ActorKind.Monitor)
            && !attributions.Any(a => a.Span.Contains(e.Span))).ToList();
        var triggerStart = tokens[hit.First].Span.Start;
        var triggerEnd = tokens[hit.Last].Span.End;
        var reach = (int)rules.Value("actor.reach", whenOff: int.MaxValue);
        if (type.Head.Suffered && rules.On("actor.suffered"))
            return new(By("actor.launched", LaunchedBy(view, actors, hit.Last, scope)), By("actor.suffered", actors.LastOrDefault(e => e.Span.End <= triggerStart)));
        // «مقتل العقيد خالد»: who follows a killing word is its victim, not its agent — but «قتلت القوات الأمريكية زعيم
        // التنظيم» names the killer first and the victim second
        if (hit.Value.Class == TriggerClass.Kill && rules.On("actor.kill-victim"))
        {
            var after = actors.Where(e => e.Span.Start >= triggerEnd && view.WordDistance(hit.Last, e.Span) <= 3).ToList();
            if (rules.On("actor.kill-agent-first") && after.Count > 1 && IsVerb(view.Tokens[hit.First]))
                return new(By("actor.kill-agent-first", after[0]), By("actor.kill-agent-first", after[1]));
            return new(By("actor.launched", LaunchedBy(view, actors, hit.Last, scope)), By("actor.kill-victim", after.FirstOrDefault()));
        }
        var marker = TargetMarkerAfter(view, hit.Last, scope);
        var markerStart = marker >= 0 ? tokens[marker].Span.Start : int.MaxValue;
        var target = By("actor.target-marker", marker >= 0 ? actors.FirstOrDefault(e => e.Span.Start > markerStart && view.WordDistance(marker, e.Span) <= reach) : null);
        // «مقتل قيادي في الهيئة بغارة»: who stands between the killing word and the trigger is the victim
        var victimsFrom = type.KillBefore is { } k ? tokens[k].Span.End : int.MaxValue;
        if (type.KillBefore is { } killWord)
        {
            var between = actors.Where(e => e.Span.Start >= victimsFrom && e.Span.End <= triggerStart).ToList();
            // «قتلت القوات الأمريكية زعيم التنظيم في غارة»: a killing verb names its killer first, then the killed
            if (rules.On("actor.kill-agent-first") && between.Count > 1 && IsVerb(tokens[killWord]))
                return new(By("actor.kill-agent-first", between[0]), By("actor.kill-agent-first", between[1]));
            target ??= By("actor.kill-victim", between.FirstOrDefault());
        }
        // a device («عبوة ناسفة», «انفجار») has no agent after it: «عبوة ناسفة … بعربة للجيش التركي» names the target
        var device = hit.Value.Class is TriggerClass.Bombing or TriggerClass.Explosion;
        // «قالت القيادة إن الرفيعي قُتل بغارة»: a person right before the killing word is its victim
        if (type.KillBefore is { } kb && rules.On("actor.person-victim")
            && actors.LastOrDefault(e => e.Kind == ActorKind.Person && e.Span.End <= tokens[kb].Span.Start && view.WordDistance(kb, e.Span) <= 2) is { } victim)
        {
            target ??= By("actor.person-victim", victim);
            actors = actors.Where(e => e != victim).ToList();
        }
        // «اعتقلت قيادياً في تنظيم داعش»: the group after a person noun and «في/من» is the target's, not the agent
        if (rules.On("actor.member-of") && actors.FirstOrDefault(e => e.Span.Start >= triggerEnd && view.WordDistance(hit.Last, e.Span) <= 4 && MemberOf(view, e)) is { } group)
        {
            target ??= By("actor.member-of", group);
            actors = actors.Where(e => e != group).ToList();
        }
        var agent = By("actor.launched", LaunchedBy(view, actors, hit.Last, scope))
            ?? By("actor.after-trigger", device ? null : actors.FirstOrDefault(e => e.Span.Start >= triggerEnd && e.Span.Start < markerStart && view.WordDistance(hit.Last, e.Span) <= 3))
            ?? By("actor.before-trigger", actors.LastOrDefault(e => e.Span.End <= triggerStart && e.Span.Start < victimsFrom && view.WordDistance(hit.First, e.Span) <= 4))
            ?? By("actor.announcer", AnnouncingForce(view, clause.Sentence, triggerStart, attributions));
        if (marker < 0)
            target ??= By("actor.after-trigger", actors.FirstOrDefault(e => e.Span.Start >= triggerEnd && e != agent?.Value && view.WordDistance(hit.Last, e.Span) <= reach));
        return new(agent, target);
    }

    // «مقتل», «مصرع» are nouns: what follows them is their complement, never their subject
    private static bool IsVerb(Token t) => !t.Readings.Any(r => r.Stem.StartsWith('م'));

    private Decision<ActorMention>? By(string rule, ActorMention? e) => e is null || !rules.On(rule) ? null : Decision.By(rule, e);

    private bool MemberOf(ArticleView view, ActorMention e)
    {
        var i = TokenRange.LowerBound(view.Tokens, e.Span.Start);
        if (i < 2)
            return false;
        var before = view.Tokens[i - 1];
        var inOrFrom = lexicon.Grammar.Is(before, "in") || lexicon.Grammar.Is(before, "from");
        var preposition = inOrFrom || view.Tokens[i].Readings.Any(r => r.Is(Proclitic.To));
        var noun = inOrFrom ? view.Tokens[i - 2] : before;
        return preposition && lexicon.Words("member").Contains(noun.Form);
    }

    // «هجوم شنه مسلحون من تنظيم داعش», «عملية نفذها الجهاز»: the actor after «شنه/نفذه/تبناه» is the agent
    private ActorMention? LaunchedBy(ArticleView view, List<ActorMention> actors, int trigger, Span scope)
    {
        var verbs = lexicon.Words("launched");
        for (var i = trigger + 1; i < view.Tokens.Count && view.Tokens[i].Span.End <= scope.End && i - trigger <= 3; i++)
        {
            if (!verbs.Contains(view.Tokens[i].Form))
                continue;
            // «هجوم شنه مسلحون على موقع للجيش»: whoever comes after «على» is the target, not the launcher
            var after = view.Tokens[i].Span.End;
            var marker = TargetMarkerAfter(view, i, scope);
            var before = marker >= 0 ? view.Tokens[marker].Span.Start : int.MaxValue;
            return actors.FirstOrDefault(e => e.Span.Start >= after && e.Span.Start < before && view.WordDistance(i, e.Span) <= 5);
        }
        return null;
    }

    private int TargetMarkerAfter(ArticleView view, int trigger, Span scope)
    {
        var markers = lexicon.Words("target");
        for (var i = trigger + 1; i < view.Tokens.Count && view.Tokens[i].Span.End <= scope.End && i - trigger <= 4; i++)
        {
            var t = view.Tokens[i];
            if (markers.Contains(t.Form) || t.Readings.Any(r => r.Prefix.Length == 0 && markers.Contains(r.Stem)))
                return i;
        }
        return -1;
    }

    private static ActorMention? AnnouncingForce(ArticleView view, int sentence, int triggerStart, IReadOnlyList<AttributionMention> attributions)
    {
        var source = attributions.FirstOrDefault(a => a.Kind == AttributionKind.Speech && a.Span.End <= triggerStart);
        return source is null ? null : view.Actors[sentence].FirstOrDefault(e => source.Span.Contains(e.Span)
            && e.Kind is ActorKind.StateForce or ActorKind.Government or ActorKind.ArmedGroup);
    }
}
