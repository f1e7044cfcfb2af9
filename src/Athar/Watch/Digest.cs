using Athar.Attribution;
using Athar.Corpus;

namespace Athar.Watch;

/// <summary>What a digest line tells.</summary>
public enum DigestItemKind
{
    /// <summary>The watched actor reported at a place it had never been reported at before.</summary>
    FirstAtPlace,

    /// <summary>An event first reported since the last digest.</summary>
    NewEvent,

    /// <summary>An event known before that new articles also report.</summary>
    MoreSources,

    /// <summary>A whereabouts claim made since the last digest.</summary>
    NewClaim,
}

/// <summary>An article behind a digest line: where to read it, and the sentence that says it (original text).</summary>
public sealed record DigestSource(long ArticleId, string? Title, string? Url, string? Outlet, DateOnly? Published, string Sentence);

/// <summary>
/// One line of a digest: what happened (an event type or a movement), when, where, how sure, who, the event
/// (when it is one) with its source counts, and the evidence: each new article with its sentence.
/// </summary>
public sealed record DigestItem(
    DigestItemKind Kind,
    string What,
    EventDates? When,
    EventPlace? Where,
    Certainty Certainty,
    string? Actor,
    long? EventId,
    int Sources,
    int IndependentSources,
    IReadOnlyList<DigestSource> Evidence);

/// <summary>
/// What was new for a watch-list among the articles stored after AfterDocument up to UpToDocument. Id is the
/// store's once it is recorded (a preview has none).
/// </summary>
public sealed record Digest(string WatchList, string Filter, DateTimeOffset Made, long AfterDocument, long UpToDocument, IReadOnlyList<DigestItem> Items)
{
    public long? Id { get; init; }

    public bool IsEmpty => Items.Count == 0;

    public int Count(DigestItemKind kind) => Items.Count(i => i.Kind == kind);
}
