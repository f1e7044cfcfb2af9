using Athar.Events.Rules;

namespace Athar.Events.Decisions;

/// <summary>The decisions the events stage makes, each behind its interface: the rules by default, a learned model beside them later.</summary>
public sealed record EventDecisions(ITypeDecision Type, IDateDecision Date, ISiteDecision Sites, IActorDecision Actors, ICasualtyDecision Casualties)
{
    public static EventDecisions ByRules(EventLexicon lexicon, RuleBook rules) =>
        new(new TypeRules(lexicon, rules), new DateRules(lexicon, rules), new SiteRules(lexicon, rules), new ActorRules(lexicon, rules), new CasualtyRules(lexicon, rules));
}
