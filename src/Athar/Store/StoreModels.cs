using Athar.Corpus;
using Athar.Events;

namespace Athar.Store;

/// <summary>An analysed article ready to store: the document with its layers, its content hash and MinHash signature.</summary>
public sealed record AnalysedArticle(Document Document, string ContentHash, uint[]? Signature, string? SourcePath);

/// <summary>What saving one article did: its id, whether it was new, the original it copies, the events it joined or made.</summary>
public sealed record SaveResult(long ArticleId, bool Added, long? DuplicateOf, double? Similarity, IReadOnlyList<long> EventIds);

/// <summary>An article as listed (search hits, event sources): no text.</summary>
public sealed record ArticleSummary(
    long Id, string? ExternalId, string? Title, string? Url, string? Outlet, DateOnly? Published, int Length, long? DuplicateOf);

/// <summary>An article as stored: the document rebuilt with every stored layer, and how it came in.</summary>
public sealed record StoredArticle(
    ArticleSummary Summary, Document Document, string ContentHash, string? SourcePath, DateTimeOffset IngestedAt, double? Similarity);

/// <summary>
/// One article's report of an event: the article, whether it corroborates independently (false for a
/// syndicated copy or a second article of the same outlet), its event record (every field with its span),
/// and the sentences holding the evidence.
/// </summary>
public sealed record EventSource(ArticleSummary Article, bool Independent, EventRecord Report, IReadOnlyList<TextRef> Sentences);

/// <summary>A fused event with its sources and their evidence (the web API's /api/events/{id}): all of them, or one page.</summary>
public sealed record EventDetail(EventSummary Event, IReadOnlyList<EventSource> Sources)
{
    /// <summary>How many sources the event has in all (Sources may be one page of them).</summary>
    public int SourcesTotal { get; init; } = Sources.Count;

    /// <summary>The position of Sources[0] among all the sources, earliest first.</summary>
    public int SourcesOffset { get; init; }
}

/// <summary>The width of a timeline bar.</summary>
public enum TimeBucket
{
    Day,
    Month,
    Year,
}

/// <summary>A timeline bar: the first day of the bucket and the number of events starting in it.</summary>
public sealed record DateCount(DateOnly Start, int Events);

/// <summary>What a count list counts.</summary>
public enum MentionKind
{
    Actor,
    Place,
    Hashtag,
}

/// <summary>A hashtag, actor or place with the number of articles naming it and of mentions in all.</summary>
public sealed record TermCount(string Key, string Label, int Articles, int Mentions);

/// <summary>Sizes of a store, for summaries and health checks.</summary>
public sealed record StoreStats(int Articles, int NearDuplicates, int Events, int Reports, int Claims, int SchemaVersion);
