using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Tests.Text;

public class FunctionWordsTests
{
    [Fact]
    public void A_small_table_from_rows_answers_by_class_in_matching_form()
    {
        var words = new FunctionWords([LexiconRow.Of("إلى", "source-end"), LexiconRow.Of("في حين", "while"), LexiconRow.Of("في", "in")]);
        Assert.True(words.Is("الي", "source-end"));
        Assert.True(words.Is(Tokenizer.Tokenize("في")[0], "in"));
        Assert.False(words.Is(Tokenizer.Tokenize("،")[0], "in"));
        Assert.Throws<KeyNotFoundException>(() => words.Words("while")); // a class of phrases only has no one-word members
        Assert.NotNull(words.Phrases("while").LongestAt(Tokenizer.Tokenize("في حين فر"), 0));
    }

    [Fact]
    public void An_unknown_class_is_an_error_not_an_empty_set() =>
        Assert.Throws<KeyNotFoundException>(() => FunctionWords.Default.Words("no-such-class"));

    [Theory]
    [InlineData("أنه", "complementiser")]
    [InlineData("ولكنه", "contrast")]
    [InlineData("قرب", "locative")]
    [InlineData("أبا", "kunya-father")]
    [InlineData("بنت", "name-connector")]
    [InlineData("كم", "abbreviation")]
    public void The_shared_table_holds_each_stage_s_classes(string word, string wordClass) =>
        Assert.True(FunctionWords.Default.Is(MatchingForm.Of(word), wordClass));

    [Fact]
    public void Ordered_keeps_the_base_form_first() =>
        Assert.Equal("ابو", FunctionWords.Default.Ordered("kunya-father")[0]);
}
