using Athar.Actors;
using Athar.Attribution;
using Athar.Places;
using Athar.Time;

namespace Athar.Events;

/// <summary>Where a field's value came from: the event's own clause, its article's lead, or the publication date.</summary>
public enum ArgumentBasis
{
    /// <summary>Stated in the clause or sentence of the event.</summary>
    Stated,

    /// <summary>Taken from another mention of the same incident in the article.</summary>
    Mention,

    /// <summary>The article's lead (headline, dateline, first sentence) by news convention.</summary>
    Lead,

    /// <summary>No date given: a news report is about the day before publication or that day.</summary>
    Publication,

    /// <summary>No date given: the date of the incident the article reported just before («ألقت القبض أيضاً على زوجته»).</summary>
    Context,

    /// <summary>No date of its own: the date of the announcement that reports it («أعلنت قسد، مساء الخميس، سيطرتها على …»).</summary>
    Statement,
}

/// <summary>The event's date: the interval, its precision, and the expression it came from.</summary>
public sealed record EventWhen(DateOnly? Start, DateOnly? End, DatePrecision Precision, string? Text, Span? Span, ArgumentBasis Basis);

/// <summary>The event's place with its coordinates and the text it came from.</summary>
public sealed record EventWhere(
    string Name, string? NameAr, string Country, string? Admin1, double Lat, double Lon,
    PlacePrecision Precision, string? GazetteerId, string Text, Span Span, ArgumentBasis Basis)
{
    public static EventWhere From(PlaceMention p, ArgumentBasis basis) =>
        new(p.Name, p.NameAr, p.Country, p.Admin1, p.Lat, p.Lon, p.Precision, p.GazetteerId, p.Text, p.Span, basis);
}

/// <summary>An actor taking part: catalogue id (null for persons not catalogued), English name, kind, evidence.</summary>
public sealed record EventActor(string? Id, string Name, ActorKind Kind, string Text, Span Span)
{
    public static EventActor From(ActorMention e) => new(e.Id, e.Name, e.Kind, e.Text, e.Span);
}

/// <summary>A number of people (killed, injured, detained) and the words it was read from.</summary>
public sealed record EventCount(int Count, string Text, Span Span);

/// <summary>
/// One incident an analyst would code, with every field pointing at its text. Evidence lists every mention
/// of the incident in the article (headline, lead, detail); Span is the first one.
/// </summary>
[Layer("events")]
public sealed record EventRecord(
    Span Span,
    string Id,
    EventType Type,
    AcledType Acled,
    TextRef Trigger,
    EventWhen? When,
    EventWhere? Where,
    EventActor? Agent,
    EventActor? Target,
    EventCount? Fatalities,
    EventCount? Injured,
    EventCount? Detained,
    IReadOnlyList<TextRef> Weapons,
    TextRef? Attribution,
    Certainty Certainty,
    TextRef? CertaintyCue,
    IReadOnlyList<TextRef> Evidence) : IAnnotation
{
    /// <summary>
    /// Persons the incident's clauses name (victims, targets, perpetrators; not the speakers who report it): across
    /// articles a shared person is evidence of one incident.
    /// </summary>
    public IReadOnlyList<EventActor> Persons { get; init; } = [];

    /// <summary>Which rule set which field (only with <c>analyze --explain</c>; absent from the output otherwise).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Rules.TraceStep>? Trace { get; init; }
}
