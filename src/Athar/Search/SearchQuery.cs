using Athar.Input;
using Athar.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Athar.Search;

/// <summary>
/// A query word in matching form, its light stem (null for a stop word, which only counts inside phrases) and
/// the stems left by its proclitics as the pipeline reads them («بإدلب» → «إدلب»): the word is found as any of them.
/// </summary>
public sealed record QueryWord(string Form, string? Stem)
{
    public IReadOnlyList<string> CliticStems { get; init; } = [];
}

/// <summary>What the user asked for: words (all required, unless relaxed), "quoted phrases", and -excluded words.</summary>
public sealed record SearchTerms(IReadOnlyList<QueryWord> Words, IReadOnlyList<IReadOnlyList<string>> Phrases, IReadOnlyList<QueryWord> Excluded)
{
    public int Required => Words.Count(w => w.Stem is not null) + Phrases.Count;
}

/// <summary>
/// Turns a user's query into a Lucene query without Lucene's query syntax: words, "phrases" and -words, each
/// word matched in the plain field (whole word or a clitic stem) or the stemmed field, in body or title.
/// Characters that mean something to Lucene's parser («*», «:», «(») are ordinary punctuation here, so no
/// input can make a malformed query; an unbalanced quote or an empty query is a clear user error.
/// </summary>
public static class SearchQuery
{
    public const int MaxLength = 1000;
    public const int MaxWords = 32;

    public static SearchTerms Parse(string text)
    {
        if (text.Length > MaxLength)
            throw new UserInputException($"the query is {text.Length} characters long; the limit is {MaxLength}");
        if (text.Count(c => c == '"') % 2 != 0)
            throw new UserInputException("the query has an unbalanced quote («\"»): close the phrase or remove the quote");
        var words = new List<QueryWord>();
        var phrases = new List<IReadOnlyList<string>>();
        var excluded = new List<QueryWord>();
        var stemmer = new ArabicStemmer();
        var parts = text.Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 2 == 1)
            {
                var phrase = Words(parts[i]).ToList();
                if (phrase.Count == 1)
                    words.Add(Word(stemmer, phrase[0]));
                else if (phrase.Count > 1)
                    phrases.Add(phrase.Select(t => t.Form).ToList());
                continue;
            }
            foreach (var chunk in parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                var target = chunk.Length > 1 && chunk[0] == '-' ? excluded : words;
                target.AddRange(Words(chunk.TrimStart('-')).Select(t => Word(stemmer, t)));
            }
        }
        var terms = new SearchTerms(words, phrases, excluded);
        if (words.Count + phrases.Sum(p => p.Count) + excluded.Count > MaxWords)
            throw new UserInputException($"the query has more than {MaxWords} words");
        if (terms.Required == 0)
            // an Arabic example in a message to the user, not a word the code matches
            throw new UserInputException(words.Count > 0 ? "the query has only stop words («في», «من», …): add a word to look for" : "the query has no word to look for");
        return terms;
    }

    /// <summary>The query: every word and phrase required, or (relaxed) any one of them.</summary>
    public static Query Build(SearchTerms terms, bool requireAll)
    {
        var occur = requireAll ? Occur.MUST : Occur.SHOULD;
        var query = new BooleanQuery();
        foreach (var word in terms.Words.Where(w => w.Stem is not null))
            query.Add(WordQuery(word), occur);
        foreach (var phrase in terms.Phrases)
        {
            query.Add(new BooleanQuery
            {
                { PhraseQuery(ArticleFields.BodyPlain, phrase), Occur.SHOULD },
                { PhraseQuery(ArticleFields.TitlePlain, phrase), Occur.SHOULD },
            }, occur);
        }
        foreach (var word in terms.Excluded)
            query.Add(WordQuery(word), Occur.MUST_NOT);
        if (!requireAll)
            query.MinimumNumberShouldMatch = 1;
        return query;
    }

    private static BooleanQuery WordQuery(QueryWord word)
    {
        var q = new BooleanQuery();
        foreach (var form in word.CliticStems.Prepend(word.Form))
        {
            q.Add(new TermQuery(new Term(ArticleFields.BodyPlain, form)), Occur.SHOULD);
            q.Add(new TermQuery(new Term(ArticleFields.TitlePlain, form)), Occur.SHOULD);
        }
        if (word.Stem is { } stem)
        {
            q.Add(new TermQuery(new Term(ArticleFields.BodyStemmed, stem)), Occur.SHOULD);
            q.Add(new TermQuery(new Term(ArticleFields.TitleStemmed, stem)), Occur.SHOULD);
        }
        return q;
    }

    private static PhraseQuery PhraseQuery(string field, IReadOnlyList<string> forms)
    {
        var q = new PhraseQuery();
        foreach (var form in forms)
            q.Add(new Term(field, form));
        return q;
    }

    private static IEnumerable<Token> Words(string text) =>
        Tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Punct && t.Form.Length is > 0 and <= AtharTokenizer.MaxTermLength);

    private static QueryWord Word(ArabicStemmer stemmer, Token token) =>
        new(token.Form, SearchAnalyzers.IsStopWord(token.Form) ? null : SearchAnalyzers.Stem(stemmer, token.Form))
        {
            CliticStems = token.Readings.Skip(1).Select(r => r.Stem).Where(s => s != token.Form).Distinct(StringComparer.Ordinal).ToList(),
        };
}
