using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Athar.Search;

/// <summary>A piece of text with the ranges (into Text) that matched the query; the client decides how to mark them.</summary>
public sealed record Snippet(string Text, IReadOnlyList<Span> Highlights);

/// <summary>
/// Highlighted fragments by Lucene's Highlighter over the text as the index saw it (words, clitic stems and
/// light stems at one position), returned as plain text plus ranges: no markup is ever mixed into
/// hostile article text, so a web page or a terminal can escape it and mark the ranges safely.
/// </summary>
public static class Snippets
{
    public const int FragmentChars = 180;

    // Private-use characters the formatter wraps matches in; removed from the input first, so never ambiguous.
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    private static readonly Analyzer Analyzer = SearchAnalyzers.Highlighting();

    /// <summary>Up to <paramref name="max"/> fragments of the text with the query's words marked, best first; none when nothing matches.</summary>
    public static IReadOnlyList<Snippet> Of(Query query, string text, int max = 2) =>
        Highlight(query, text, max, scorer => new SimpleSpanFragmenter(scorer, FragmentChars)).Select(Trimmed).ToList();

    /// <summary>The whole text with the query's words marked (a short text: an evidence sentence).</summary>
    public static Snippet Whole(Query query, string text) =>
        Highlight(query, text, 1, _ => new NullFragmenter()).FirstOrDefault() is { } marked && marked.Text.Length == text.Length
            ? marked
            : new Snippet(text, []);

    private static IEnumerable<Snippet> Highlight(Query query, string text, int max, Func<QueryScorer, IFragmenter> fragmenter)
    {
        var clean = text.Replace(Open, ' ').Replace(Close, ' ');
        var scorer = new QueryScorer(query);
        var highlighter = new Highlighter(new MarkFormatter(), scorer)
        {
            TextFragmenter = fragmenter(scorer),
            MaxDocCharsToAnalyze = Math.Max(clean.Length, 1),
        };
        using var tokens = Analyzer.GetTokenStream("text", clean);
        return highlighter.GetBestTextFragments(tokens, clean, mergeContiguousFragments: true, max)
            .Where(f => f is not null && f.Score > 0)
            .Select(f => Parse(f.ToString()))
            .ToList();
    }

    private static Snippet Parse(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var spans = new List<Span>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == Open)
                start = text.Length;
            else if (c == Close && start >= 0)
            {
                spans.Add(new Span(start, text.Length));
                start = -1;
            }
            else
                text.Append(c);
        }
        return new Snippet(text.ToString(), spans);
    }

    // Fragments may start or end on white space; trimming moves the ranges with the text.
    private static Snippet Trimmed(Snippet s)
    {
        var lead = s.Text.Length - s.Text.TrimStart().Length;
        var text = s.Text.Trim();
        return new Snippet(text, s.Highlights.Select(h => new Span(h.Start - lead, Math.Min(h.End - lead, text.Length))).Where(h => h.Start >= 0 && h.Length > 0).ToList());
    }

    private sealed class MarkFormatter : IFormatter
    {
        public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
            tokenGroup.TotalScore > 0 ? Open + originalText + Close : originalText;
    }
}
