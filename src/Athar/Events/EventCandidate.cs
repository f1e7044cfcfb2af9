using Athar.Actors;
using Athar.Attribution;
using Athar.Places;
using Athar.Text;

namespace Athar.Events;

/// <summary>One mention of a possible incident (a clause with triggers) while the article is being read.</summary>
internal sealed class EventCandidate
{
    public required int Sentence { get; init; }

    public required (int First, int End) Clause { get; init; }

    public required PhraseMatch<TriggerEntry> Trigger { get; set; }

    public required EventType Type { get; set; }

    /// <summary>A mention-only candidate (weak trigger, or a trigger used as a time reference) never stands alone.</summary>
    public required bool MentionOnly { get; set; }

    /// <summary>The trigger noun has the article («الهجوم»): it refers back unless its clause dates or places it.</summary>
    public bool Definite { get; init; }

    /// <summary>«مقتل قيادي في الهيئة بغارة»: a killing word before the trigger; who stands between them is the victim.</summary>
    public int? KillBefore { get; init; }

    /// <summary>«تعرضت القاعدة لقصف»: the subject suffered the incident, so it is the target, not the agent.</summary>
    public bool Suffered { get; init; }

    /// <summary>Sentences whose mentions this candidate has absorbed (its own first).</summary>
    public HashSet<int> Sentences { get; } = [];

    /// <summary>The trigger is a generic verb or noun («استهدفت», «هجوم», «مقتل»), whatever type its means gave it.</summary>
    public bool FromGenericTrigger => Trigger.Value.Generic || Trigger.Value.Class is TriggerClass.Kill or TriggerClass.Explosion;

    /// <summary>True when the type came from a generic trigger without a means cue («هجوم»): it may join a more specific incident.</summary>
    public bool GenericType { get; set; }

    public Time.DateMention? Date { get; set; }

    /// <summary>The date of the statement that reports the incident, kept aside: used only when nothing else dates it.</summary>
    public Time.DateMention? StatementDate { get; set; }

    public ArgumentBasis DateBasis { get; set; }

    public PlaceMention? Place { get; set; }

    public ArgumentBasis PlaceBasis { get; set; }

    public EntityMention? Agent { get; set; }

    public EntityMention? Target { get; set; }

    public EventCount? Killed { get; set; }

    public EventCount? Injured { get; set; }

    public EventCount? Detained { get; set; }

    public List<TextRef> Weapons { get; } = [];

    public AttributionMention? Attribution { get; set; }

    public CertaintyCue? Cue { get; set; }

    public List<Span> Evidence { get; } = [];

    /// <summary>The evidence spans as a set: an incident told a thousand times must not cost a million comparisons.</summary>
    public HashSet<Span> EvidenceSeen { get; } = [];

    /// <summary>Publication-window date used when nothing is stated (set by the lead rules).</summary>
    public (DateOnly Start, DateOnly End)? PublicationWindow { get; set; }
}
