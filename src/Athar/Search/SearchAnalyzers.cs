using Athar.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Athar.Search;

/// <summary>
/// The analysis chains of the index. Both start from Athar's tokens in matching form (alef forms, ى→ي, ة→ه,
/// diacritics and tatweel folded — a superset of Lucene's ArabicNormalizer — and «_» splitting hashtag
/// words). "Plain" keeps the words and their clitic stems: names stay whole. "Stemmed" drops stop words
/// and applies Lucene's ArabicStemmer, which matches plurals and suffixed forms (قيادي ~ قياديين) but
/// over-strips names (قوات → قو) and misses some forms (قياديي → قيادي, not قياد): queries ask both fields.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Lucene's Arabic stop words in matching form (the tokens they are compared with are folded).</summary>
    public static CharArraySet StopWords { get; } = new(Version, ArabicAnalyzer.DefaultStopSet.Select(w => MatchingForm.Of(w)).ToList(), false);

    public static Analyzer Plain() => Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new AtharTokenizer(reader, withReadings: true);
        return new TokenStreamComponents(source, source);
    });

    public static Analyzer Stemmed() => Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new AtharTokenizer(reader, withReadings: false);
        return new TokenStreamComponents(source, StemmedChain(source));
    });

    /// <summary>The plain terms of an analysed document's token layer (what <see cref="Plain"/> makes of its text).</summary>
    public static TokenStream Plain(IReadOnlyList<Text.Token> tokens, int textLength) => new TokenLayerStream(tokens, textLength, withReadings: true);

    /// <summary>The stemmed terms of an analysed document's token layer (what <see cref="Stemmed"/> makes of its text).</summary>
    public static TokenStream Stemmed(IReadOnlyList<Text.Token> tokens, int textLength) => StemmedChain(new TokenLayerStream(tokens, textLength, withReadings: false));

    private static TokenStream StemmedChain(TokenStream words) => new ArabicStemFilter(new StopFilter(Version, words, StopWords));

    /// <summary>Words, clitic stems and light stems at one position: what a highlighter matches query terms against.</summary>
    public static Analyzer Highlighting() => Analyzer.NewAnonymous((field, reader) =>
    {
        var source = new AtharTokenizer(reader, withReadings: true);
        return new TokenStreamComponents(source, new StemAlongsideFilter(source));
    });

    /// <summary>The light stem of a term already in matching form.</summary>
    public static string Stem(ArabicStemmer stemmer, string term)
    {
        var buffer = term.ToCharArray();
        var length = stemmer.Stem(buffer, buffer.Length);
        return new string(buffer, 0, length);
    }

    public static bool IsStopWord(string form) => StopWords.Contains(form);
}
