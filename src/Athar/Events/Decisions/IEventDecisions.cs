using Athar.Actors;
using Athar.Events.Reading;
using Athar.Events.Rules;
using Athar.Places;
using Athar.Time;

namespace Athar.Events.Decisions;

/// <summary>
/// The type of the incident a clause reports and the trigger that heads it. Generic: the type came from a word
/// that may yield to a more specific report of the same incident («هجوم», «مقتل»). Standalone: the clause makes
/// an event by itself; otherwise it only adds to an incident reported elsewhere.
/// </summary>
public sealed record TypeChoice(TriggerReading Head, Decision<EventType> Type, bool Generic, Decision<bool> Standalone, int? KillBefore);

/// <summary>Decides a clause's event type from its triggers and the means it names; null when the triggers report no incident.</summary>
public interface ITypeDecision
{
    TypeChoice? Decide(MentionContext clause, IReadOnlyList<TriggerReading> triggers);
}

/// <summary>The incident's date, and the date of the statement that reports it (used only when nothing else dates it).</summary>
public sealed record DateChoice(Decision<DateMention>? Date, DateMention? Statement);

public interface IDateDecision
{
    DateChoice Decide(MentionContext clause, TypeChoice type);
}

/// <summary>The places where the incident happened: one, or several when the clause lists separate sites.</summary>
public interface ISiteDecision
{
    IReadOnlyList<Decision<PlaceMention>> Decide(MentionContext clause, TypeChoice type);
}

/// <summary>Who did it and to whom.</summary>
public sealed record ActorChoice(Decision<ActorMention>? Agent, Decision<ActorMention>? Target);

public interface IActorDecision
{
    ActorChoice Decide(MentionContext clause, TypeChoice type);
}

/// <summary>How many were killed, injured and detained.</summary>
public sealed record CasualtyChoice(Decision<EventCount>? Killed, Decision<EventCount>? Injured, Decision<EventCount>? Detained);

public interface ICasualtyDecision
{
    CasualtyChoice Decide(MentionContext clause, TypeChoice type);
}
