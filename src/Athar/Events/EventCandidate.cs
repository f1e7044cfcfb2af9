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

    /// <summary>True when the type came from a generic trigger without a means cue («هجوم»): it may join a more specific incident.</summary>
    public bool GenericType { get; set; }

    public Time.DateMention? Date { get; set; }

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

    /// <summary>Publication-window date used when nothing is stated (set by the lead rules).</summary>
    public (DateOnly Start, DateOnly End)? PublicationWindow { get; set; }
}
