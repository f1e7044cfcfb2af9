using Athar.Input;
using Athar.Search;

namespace Athar.Tests.Search;

public class SearchQueryTests
{
    [Fact]
    public void Words_phrases_and_exclusions_are_read_in_matching_form()
    {
        var terms = SearchQuery.Parse("قيادي \"قوات سوريا الديمقراطية\" -منبج");
        Assert.Equal(["قيادي"], terms.Words.Select(w => w.Form));
        Assert.Equal(["قوات", "سوريا", "الديمقراطيه"], terms.Phrases.Single());
        Assert.Equal("منبج", terms.Excluded.Single().Form);
        Assert.Equal(2, terms.Required);
    }

    [Fact]
    public void Lucene_syntax_characters_are_ordinary_punctuation()
    {
        var terms = SearchQuery.Parse("داعش AND (إدلب* OR title:باريشا)~2 ^ [ ] { } \\ /");
        Assert.Equal(["داعش", "and", "ادلب", "or", "title", "باريشا", "2"], terms.Words.Select(w => w.Form));
    }

    [Theory]
    [InlineData("\"قوات سوريا")]
    [InlineData("   ")]
    [InlineData("في من على")]
    [InlineData("-منبج")]
    [InlineData("!!! ؟؟")]
    public void A_query_with_nothing_to_look_for_or_an_open_quote_is_a_user_error(string query)
    {
        Assert.Throws<UserInputException>(() => SearchQuery.Parse(query));
    }

    [Fact]
    public void A_very_long_query_is_refused()
    {
        Assert.Throws<UserInputException>(() => SearchQuery.Parse(string.Join(' ', Enumerable.Repeat("داعش", 40))));
        Assert.Throws<UserInputException>(() => SearchQuery.Parse(new string('x', SearchQuery.MaxLength + 1)));
    }
}
