using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Athar.Search;

/// <summary>
/// An article's terms as a PostgreSQL tsvector, made by the same analysis chains as the Lucene index (plain words
/// with their clitic stems, light stems marked «s:», the title's after the body's) and the same filter keys
/// («country:SY», «place:…», «actor:…», «type:…», «hashtag:…»), so the server store finds what the embedded one
/// finds. Positions keep phrases; PostgreSQL counts positions up to 16,383 (later words still match, as words).
/// </summary>
public static class ArticleSearchVector
{
    public const string StemPrefix = "s:";
    private const int MaxPosition = 16383;
    private const int TitleGap = 10;

    /// <summary>The tsvector literal of an article (cast with ::tsvector).</summary>
    public static string Of(Athar.Document document)
    {
        var lexemes = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var last = 0;
        if (document.HasLayer<Text.Token>())
        {
            var tokens = document.Layer<Text.Token>();
            last = Add(lexemes, SearchAnalyzers.Plain(tokens, document.Text.Length), "", 0);
            Add(lexemes, SearchAnalyzers.Stemmed(tokens, document.Text.Length), StemPrefix, 0);
        }
        else
        {
            last = AddAnalysed(lexemes, document.Text, 0);
        }
        if (document.Info.Title is { Length: > 0 } title)
            AddAnalysed(lexemes, title, last + TitleGap);
        foreach (var (field, key) in ArticleFields.FilterKeys(document))
            lexemes.TryAdd(Key(field, key), []);
        var literal = new StringBuilder();
        foreach (var (lexeme, positions) in lexemes)
        {
            literal.Append(Quote(lexeme));
            if (positions.Count > 0)
                literal.Append(':').AppendJoin(',', positions.Take(256));
            literal.Append(' ');
        }
        return literal.ToString();
    }

    /// <summary>A filter key as a lexeme: «field:key».</summary>
    public static string Key(string field, string key) => field + ":" + key;

    /// <summary>A lexeme quoted for tsvector and tsquery literals.</summary>
    public static string Quote(string lexeme) => "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static int AddAnalysed(Dictionary<string, SortedSet<int>> lexemes, string text, int start)
    {
        using var plain = SearchAnalyzers.Plain();
        using var stemmed = SearchAnalyzers.Stemmed();
        var last = Add(lexemes, plain.GetTokenStream("body", text), "", start);
        Add(lexemes, stemmed.GetTokenStream("body", text), StemPrefix, start);
        return last;
    }

    // Adds a stream's terms at their positions after start; returns the last position.
    private static int Add(Dictionary<string, SortedSet<int>> lexemes, TokenStream stream, string prefix, int start)
    {
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = start;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                var lexeme = prefix + term.ToString();
                if (!lexemes.TryGetValue(lexeme, out var positions))
                    lexemes[lexeme] = positions = [];
                positions.Add(Math.Clamp(position, 1, MaxPosition));
            }
            stream.End();
            return position;
        }
    }
}
