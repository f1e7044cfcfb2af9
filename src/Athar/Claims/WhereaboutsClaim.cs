using Athar.Attribution;
using Athar.Events;
using Athar.Places;

namespace Athar.Claims;

public enum Movement { Moved, Fled, Infiltrated, Sheltered, Hid, Present, Arrived }

/// <summary>Who a claim is about: the actor (catalogue id and name) and the words that named them.</summary>
public sealed record ClaimActor(string? Id, string Name, string Text, Span Span);

/// <summary>
/// A statement that an actor is, was, went or fled somewhere — the founding question's evidence. The place
/// may be named through an anaphor («إلى هناك»): PlaceText/PlaceSpan are the words in the claim, Place
/// the place they point to.
/// </summary>
[Layer("claims")]
public sealed record WhereaboutsClaim(
    Span Span,
    ClaimActor Actor,
    Movement Movement,
    TextRef Trigger,
    PlaceMention Place,
    TextRef PlaceText,
    EventWhen? When,
    Certainty Certainty,
    TextRef? CertaintyCue,
    TextRef? Attribution) : IAnnotation;
