using Athar.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;

namespace Athar.Tests.Search;

public class SearchAnalyzersTests
{
    private static List<(string Term, int Increment, int Start, int End)> Terms(Analyzer analyzer, string text) =>
        Terms(analyzer.GetTokenStream("f", text));

    [Fact]
    public void Lucenes_Arabic_stemmer_over_strips_group_names_so_the_plain_field_keeps_them_whole()
    {
        // The reason for two fields: «قوات» loses its plural suffix and becomes «قو».
        Assert.Equal("قو", SearchAnalyzers.Stem(new ArabicStemmer(), "قوات"));
        Assert.Contains(Terms(SearchAnalyzers.Stemmed(), "قوات سوريا الديمقراطية"), t => t.Term == "قو");
        Assert.Equal(["قوات", "سوريا", "الديمقراطيه", "ديمقراطيه"], Terms(SearchAnalyzers.Plain(), "قوات سوريا الديمقراطية").Select(t => t.Term));
    }

    [Fact]
    public void Hashtag_words_are_separate_terms_with_offsets_into_the_original_text()
    {
        var text = "وسم #قوات_سوريا_الديمقراطية";
        var terms = Terms(SearchAnalyzers.Plain(), text).Where(t => t.Increment == 1).ToList();
        Assert.Equal(["وسم", "قوات", "سوريا", "الديمقراطيه"], terms.Select(t => t.Term));
        Assert.Equal("سوريا", text[terms[2].Start..terms[2].End]);
    }

    [Fact]
    public void A_word_with_a_preposition_also_indexes_its_stem_at_the_same_position()
    {
        var terms = Terms(SearchAnalyzers.Plain(), "قصف بإدلب");
        Assert.Equal(("بادلب", 1), (terms[1].Term, terms[1].Increment));
        Assert.Contains(("ادلب", 0), terms.Skip(2).Select(t => (t.Term, t.Increment)));
    }

    [Fact]
    public void Spelling_variants_meet_in_the_matching_form()
    {
        Assert.Equal(Terms(SearchAnalyzers.Plain(), "مشفى الرقة"), Terms(SearchAnalyzers.Plain(), "مشفي الرقه"));
    }

    [Fact]
    public void The_stemmed_field_drops_stop_words_even_when_written_with_hamza()
    {
        Assert.DoesNotContain(Terms(SearchAnalyzers.Stemmed(), "انتقل إلى الشمال"), t => t.Term == "الي");
    }

    [Fact]
    public void A_huge_run_of_letters_is_not_indexed_as_a_term()
    {
        Assert.Empty(Terms(SearchAnalyzers.Plain(), new string('ب', 50_000)));
    }

    [Fact]
    public void Terms_from_an_analysed_documents_tokens_equal_the_terms_of_its_text()
    {
        var text = NewsFixturesText;
        var tokens = Athar.Text.Tokenizer.Tokenize(text);
        Assert.Equal(Terms(SearchAnalyzers.Plain(), text), Terms(SearchAnalyzers.Plain(tokens, text.Length)));
        Assert.Equal(Terms(SearchAnalyzers.Stemmed(), text), Terms(SearchAnalyzers.Stemmed(tokens, text.Length)));
    }

    private const string NewsFixturesText = Corpus.NewsFixtures.StrikeText;

    private static List<(string Term, int Increment, int Start, int End)> Terms(TokenStream stream)
    {
        var terms = new List<(string, int, int, int)>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var inc = stream.AddAttribute<IPositionIncrementAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                terms.Add((term.ToString(), inc.PositionIncrement, offset.StartOffset, offset.EndOffset));
            stream.End();
        }
        return terms;
    }
}
