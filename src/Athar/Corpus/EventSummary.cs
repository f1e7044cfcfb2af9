using Athar.Actors;
using Athar.Attribution;
using Athar.Events;
using Athar.Places;
using Athar.Time;

namespace Athar.Corpus;

/// <summary>The dates of a fused event: an inclusive interval and how exact it is.</summary>
public sealed record EventDates(DateOnly Start, DateOnly End, DatePrecision Precision);

/// <summary>The place of a fused event (the most precise place its sources give).</summary>
public sealed record EventPlace(
    string Name, string? NameAr, string Country, string? Admin1, double Lat, double Lon, PlacePrecision Precision, string? GazetteerId)
{
    public static EventPlace From(EventWhere w) => new(w.Name, w.NameAr, w.Country, w.Admin1, w.Lat, w.Lon, w.Precision, w.GazetteerId);

    public static EventPlace From(PlaceMention p) => new(p.Name, p.NameAr, p.Country, p.Admin1, p.Lat, p.Lon, p.Precision, p.GazetteerId);
}

/// <summary>An actor of a fused event: Key is the catalogue id, or «~» and the matching form of the name.</summary>
public sealed record EventParty(string Key, string? Id, string Name, ActorKind Kind)
{
    public static EventParty From(EventActor a) => new(CorpusKeys.Actor(a.Id, a.Name), a.Id, a.Name, a.Kind);
}

/// <summary>
/// One incident as the corpus knows it: the fusion of every article's report of it. Sources counts the
/// articles; IndependentSources counts them after folding syndicated copies into their original and
/// articles of one outlet into one — the corroboration. Fatalities is the lowest stated count (ACLED's
/// conservative rule), FatalitiesMax the highest; Injured, kept apart for analysts (ACLED has no such column),
/// the lowest stated count of injured.
/// </summary>
public sealed record EventSummary(
    long Id,
    EventType Type,
    AcledType Acled,
    EventDates? When,
    EventPlace? Where,
    EventParty? Agent,
    EventParty? Target,
    int? Fatalities,
    int? FatalitiesMax,
    Certainty Certainty,
    int Sources,
    int IndependentSources,
    string Summary)
{
    /// <summary>The lowest stated count of injured (null when no report states one).</summary>
    public int? Injured { get; init; }
}
