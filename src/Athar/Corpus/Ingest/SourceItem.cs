using Athar.Input;

namespace Athar.Corpus.Ingest;

/// <summary>
/// One article read from an input (a file, a batch line, a feed item), or why it could not be read.
/// Origin says where it came from in words a user can find: «dev/seed.json», «batch.jsonl:12», «feed.xml#3».
/// </summary>
public sealed record SourceItem(string Origin, string File, Article? Article, string? Error)
{
    public static SourceItem Ok(string origin, string file, Article article) => new(origin, file, article, null);

    public static SourceItem Failed(string origin, string file, string error) => new(origin, file, null, error);
}
