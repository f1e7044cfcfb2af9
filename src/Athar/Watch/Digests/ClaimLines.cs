using Athar.Corpus;

namespace Athar.Watch.Digests;

/// <summary>
/// The whereabouts claims the new articles make that pass the filter (actor, place, country, box or radius,
/// dates; types and least sources are of events), one line per actor, place and movement.
/// </summary>
internal sealed class ClaimLines(IWatchStore watch, DigestSources sources, Func<string, PlaceFilter> resolvePlace)
{
    public IEnumerable<DigestItem> For(WatchFilter filter, IReadOnlyList<long> articles)
    {
        var actorKeys = filter.Actor is { } actor ? watch.ActorKeys(actor).ToHashSet(StringComparer.Ordinal) : null;
        var place = filter.Place is { } p ? resolvePlace(p) : null;
        var claims = watch.ClaimsIn(articles).Where(c =>
        {
            var claim = c.Stored.Claim;
            return (actorKeys is null || actorKeys.Contains(c.ActorKey))
                && (filter.Country is null || string.Equals(claim.Place.Country, filter.Country, StringComparison.OrdinalIgnoreCase))
                && (place is null || Names(place, claim.Place))
                && filter.Holds(claim.Place.Lat, claim.Place.Lon)
                && filter.Overlaps(claim.When?.Start, claim.When?.End);
        });
        foreach (var group in claims.GroupBy(c => (c.ActorKey, Place: CorpusKeys.Place(c.Stored.Claim.Place), c.Stored.Claim.Movement)))
        {
            var first = group.First().Stored.Claim;
            var when = group.Select(c => c.Stored.Claim.When).FirstOrDefault(w => w?.Start is not null);
            yield return new DigestItem(
                DigestItemKind.NewClaim, first.Movement.ToString().ToLowerInvariant(),
                when is null ? null : new EventDates(when.Start!.Value, when.End ?? when.Start.Value, when.Precision),
                EventPlace.From(first.Place), first.Certainty, first.Actor.Name, null,
                group.Select(c => c.Stored.ArticleId).Distinct().Count(), group.Select(c => c.Stored.IndependenceKey).Distinct(StringComparer.Ordinal).Count(),
                group.Select(c => sources.Of(c.Stored.ArticleId, c.Stored.Text)).ToList());
        }
    }

    private static bool Names(PlaceFilter filter, Places.PlaceMention place) =>
        (place.GazetteerId is { } id && filter.GazetteerIds.Contains(id))
        || filter.Names.Contains(place.Name.ToLowerInvariant())
        || (place.NameAr is { } ar && filter.Names.Contains(ar.ToLowerInvariant()))
        || filter.Provinces.Any(p => (p.Country.Length == 0 || p.Country == place.Country) && string.Equals(p.Admin1, place.Admin1, StringComparison.OrdinalIgnoreCase));
}
