using Athar.Attribution;
using Athar.Events;

namespace Athar.Corpus;

/// <summary>
/// One article's report of an incident, as a member of an event cluster. IndependenceKey is equal for
/// reports that do not corroborate each other (see <see cref="Independence"/>).
/// </summary>
public sealed record ClusterMember(EventRecord Report, long ArticleId, string IndependenceKey, DateOnly? Published);

/// <summary>
/// The fields of a fused event chosen from its reports: the most common type, the most exact date (a stated
/// date before the publication-day convention), the place of the finest ACLED precision class named most
/// often (then the most precise), the most named actors, the lowest
/// and highest fatality counts, the lowest count of injured, the most common certainty.
/// </summary>
public static class ClusterSummary
{
    public const int SummaryLength = 300;

    public static EventSummary Of(long id, IReadOnlyList<ClusterMember> members)
    {
        if (members.Count == 0)
            throw new ArgumentException("a cluster has at least one report", nameof(members));
        var reports = members.Select(m => m.Report).ToList();
        var type = MostCommon(reports.Select(r => r.Type));
        var when = reports.Select(r => r.When).Where(w => w?.Start is not null)
            .OrderBy(w => w!.Precision).ThenBy(w => w!.Basis == ArgumentBasis.Publication).ThenBy(w => Width(w!)).FirstOrDefault();
        var places = reports.Select(r => r.Where).Where(w => w is not null).Select(w => w!).ToList();
        var where = places
            .OrderBy(w => Export.AcledPrecision.Geo(w.Precision))
            .ThenByDescending(w => places.Count(p => PlaceKey(p) == PlaceKey(w)))
            .ThenBy(w => w.Precision)
            .FirstOrDefault();
        var fatalities = reports.Where(r => r.Fatalities is not null).Select(r => r.Fatalities!.Count).ToList();
        var injured = reports.Where(r => r.Injured is not null).Select(r => r.Injured!.Count).ToList();
        var first = members.OrderBy(m => m.Published ?? DateOnly.MaxValue).ThenBy(m => m.ArticleId).First().Report;
        return new EventSummary(
            id,
            type,
            EventTypes.ToAcled(type),
            when is null ? null : new EventDates(when.Start!.Value, when.End ?? when.Start.Value, when.Precision),
            where is null ? null : EventPlace.From(where),
            MostNamed(reports.Select(r => r.Agent)),
            MostNamed(reports.Select(r => r.Target)),
            fatalities.Count == 0 ? null : fatalities.Min(),
            fatalities.Count == 0 ? null : fatalities.Max(),
            MostCommon(reports.Select(r => r.Certainty)),
            members.Select(m => m.ArticleId).Distinct().Count(),
            members.Select(m => m.IndependenceKey).Distinct(StringComparer.Ordinal).Count(),
            Shorten(first.Evidence.Count > 0 ? first.Evidence[0].Text : first.Trigger.Text))
        { Injured = injured.Count == 0 ? null : injured.Min() };
    }

    private static string PlaceKey(EventWhere w) => w.GazetteerId ?? CorpusKeys.NameKey(w.NameAr ?? w.Name);

    private static int Width(EventWhen w) => (w.End ?? w.Start!.Value).DayNumber - w.Start!.Value.DayNumber;

    // Ties go to the smallest value (enum order puts the usual case first: Reported, Battle).
    private static T MostCommon<T>(IEnumerable<T> values) where T : struct, Enum =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

    private static EventParty? MostNamed(IEnumerable<EventActor?> actors) =>
        actors.Where(a => a is not null).Select(a => EventParty.From(a!))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.First().Id is not null)
            .Select(g => g.First()).FirstOrDefault();

    private static string Shorten(string text)
    {
        var s = text.ReplaceLineEndings(" ").Trim();
        return s.Length <= SummaryLength ? s : s[..(SummaryLength - 1)] + "…";
    }
}

/// <summary>
/// Which articles corroborate each other. A syndicated copy counts as its original; articles of one outlet
/// count once (an outlet updating its own story is not a second witness); an article without a URL stands alone.
/// </summary>
public static class Independence
{
    public static string Key(long articleId, long? duplicateOf, string? rootOutlet) =>
        rootOutlet ?? $"article:{duplicateOf ?? articleId}";
}
