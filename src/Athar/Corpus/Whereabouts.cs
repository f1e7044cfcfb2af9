using Athar.Attribution;
using Athar.Claims;
using Athar.Events;
using Athar.Places;
using Athar.Time;

namespace Athar.Corpus;

/// <summary>An actor as the corpus knows it: key (catalogue id or «~name»), id, display name, and in how many articles it is named.</summary>
public sealed record ActorRef(string Key, string? Id, string Name, int Articles);

/// <summary>A fused event in which the actor took part, with its role ("agent" or "target").</summary>
public sealed record ActorEvent(EventSummary Event, string Role);

/// <summary>A stored whereabouts claim, the text of its span, and what grouping needs to know of its article.</summary>
public sealed record StoredClaim(long ArticleId, string? Url, DateOnly? Published, string IndependenceKey, WhereaboutsClaim Claim, string Text);

/// <summary>The words behind a whereabouts line: which article, what it says, how sure it is and who says so.</summary>
public sealed record WhereaboutsEvidence(long ArticleId, string? Url, string Text, Span Span, Certainty Certainty, string? Attribution);

/// <summary>
/// One line of an actor's whereabouts: when, where, what (an event type or a movement), the role, how many
/// articles and independent sources say so, and how sure they are (the most common certainty, and all).
/// </summary>
public sealed record WhereaboutsEntry(
    EventDates? When,
    EventPlace? Where,
    string What,
    string Role,
    Certainty Certainty,
    IReadOnlyDictionary<Certainty, int> Certainties,
    int Sources,
    int IndependentSources,
    long? EventId,
    IReadOnlyList<WhereaboutsEvidence> Evidence);

/// <summary>The answer to «where was this actor?»: the actors matched and a dated timeline.</summary>
public sealed record WhereaboutsReport(string Query, IReadOnlyList<ActorRef> Actors, IReadOnlyList<WhereaboutsEntry> Entries);

/// <summary>
/// Builds the timeline: each fused event the actor took part in is one line; claims about the actor's
/// presence are grouped when they point to the same place (same gazetteer entry or within 25 km) at
/// overlapping times, so three outlets repeating one claim make one line with three sources.
/// </summary>
public static class WhereaboutsTimeline
{
    public static IReadOnlyList<WhereaboutsEntry> Build(IEnumerable<ActorEvent> events, IEnumerable<StoredClaim> claims)
    {
        var entries = events.Select(FromEvent).ToList();
        entries.AddRange(GroupClaims(claims).Select(FromClaims));
        return entries
            .OrderBy(e => e.When is null)
            .ThenBy(e => e.When?.Start)
            .ThenBy(e => e.When?.End)
            .ThenBy(e => e.Where?.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static WhereaboutsEntry FromEvent(ActorEvent a)
    {
        var e = a.Event;
        return new WhereaboutsEntry(
            e.When, e.Where, EventTypes.Name(e.Type), a.Role, e.Certainty,
            new Dictionary<Certainty, int> { [e.Certainty] = e.Sources },
            e.Sources, e.IndependentSources, e.Id, []);
    }

    private static List<List<StoredClaim>> GroupClaims(IEnumerable<StoredClaim> claims)
    {
        var groups = new List<List<StoredClaim>>();
        foreach (var claim in claims.OrderBy(c => c.Claim.When?.Start ?? DateOnly.MaxValue).ThenBy(c => c.ArticleId))
        {
            var group = groups.FirstOrDefault(g => g.Any(other => SameWhereabouts(other.Claim, claim.Claim)));
            if (group is null)
                groups.Add([claim]);
            else
                group.Add(claim);
        }
        return groups;
    }

    private static bool SameWhereabouts(WhereaboutsClaim a, WhereaboutsClaim b)
    {
        var samePlace = CorpusKeys.Place(a.Place) == CorpusKeys.Place(b.Place)
            || Geo.DistanceKm(a.Place.Lat, a.Place.Lon, b.Place.Lat, b.Place.Lon) <= Events.SameIncident.AcrossArticlesPolicy.Default.SamePlaceKm;
        return samePlace && DatesOverlap(a.When, b.When);
    }

    private static bool DatesOverlap(EventWhen? a, EventWhen? b)
    {
        if (a?.Start is not { } a0 || b?.Start is not { } b0)
            return a?.Start is null && b?.Start is null;
        return a0 <= (b.End ?? b0) && b0 <= (a.End ?? a0);
    }

    private static WhereaboutsEntry FromClaims(List<StoredClaim> group)
    {
        var claims = group.Select(g => g.Claim).ToList();
        var certainties = claims.GroupBy(c => c.Certainty).ToDictionary(g => g.Key, g => g.Count());
        var when = claims.Select(c => c.When).Where(w => w?.Start is not null).OrderBy(w => w!.Precision).FirstOrDefault();
        var place = claims.OrderBy(c => c.Place.Precision).First().Place;
        return new WhereaboutsEntry(
            when is null ? null : new EventDates(when.Start!.Value, when.End ?? when.Start.Value, when.Precision),
            EventPlace.From(place),
            string.Join('/', claims.Select(c => c.Movement.ToString().ToLowerInvariant()).Distinct()),
            "subject",
            certainties.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key,
            certainties,
            group.Select(g => g.ArticleId).Distinct().Count(),
            group.Select(g => g.IndependenceKey).Distinct(StringComparer.Ordinal).Count(),
            null,
            group.Select(g => new WhereaboutsEvidence(g.ArticleId, g.Url, g.Text, g.Claim.Span, g.Claim.Certainty, g.Claim.Attribution?.Text)).ToList());
    }
}
