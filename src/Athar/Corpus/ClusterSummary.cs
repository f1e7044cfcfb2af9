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

    /// <summary>The fused event of the members, in the order they joined the cluster (a fold of <see cref="ClusterTally"/>).</summary>
    public static EventSummary Of(long id, IReadOnlyList<ClusterMember> members)
    {
        if (members.Count == 0)
            throw new ArgumentException("a cluster has at least one report", nameof(members));
        var tally = new ClusterTally();
        var articles = new HashSet<long>();
        var witnesses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in members)
            tally.Add(m, articles.Add(m.ArticleId), witnesses.Add(m.IndependenceKey));
        return tally.Summary(id);
    }

    internal static string Shorten(string text)
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
