using Athar.Places;

namespace Athar.Watch.Digests;

/// <summary>
/// «First time seen at this place»: of a digest's lines about the watched actor, those at a place where no
/// earlier article had reported it (not the same gazetteer place, nor within <see cref="SamePlaceKm"/>), one
/// line per new place with the evidence of every line there.
/// </summary>
internal static class FirstSightings
{
    public const double SamePlaceKm = 25;

    public static IReadOnlyList<DigestItem> Among(IReadOnlyList<DigestItem> lines, IReadOnlyList<KnownPlace> known)
    {
        var firsts = new List<(DigestItem Line, List<DigestItem> Others)>();
        foreach (var line in lines.Where(l => l.Where is not null).OrderBy(l => l.When?.Start ?? DateOnly.MaxValue))
        {
            var where = line.Where!;
            if (known.Any(k => (where.GazetteerId is { } id && k.Key == id) || Geo.DistanceKm(k.Lat, k.Lon, where.Lat, where.Lon) <= SamePlaceKm))
                continue;
            var same = firsts.FindIndex(f => Same(f.Line.Where!, where));
            if (same < 0)
                firsts.Add((line, []));
            else
                firsts[same].Others.Add(line);
        }
        return firsts.Select(f => f.Line with
        {
            Kind = DigestItemKind.FirstAtPlace,
            What = string.Join('/', f.Others.Prepend(f.Line).Select(l => l.What).Distinct(StringComparer.Ordinal)),
            Evidence = f.Others.Prepend(f.Line).SelectMany(l => l.Evidence).DistinctBy(e => (e.ArticleId, e.Sentence)).ToList(),
        }).ToList();
    }

    private static bool Same(Corpus.EventPlace a, Corpus.EventPlace b) =>
        (a.GazetteerId is not null && a.GazetteerId == b.GazetteerId) || Geo.DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= SamePlaceKm;
}
