using Athar.Text;

namespace Athar.Tests.Text;

public class PunctuationTests
{
    [Fact]
    public void Arabic_and_Latin_marks_share_their_class()
    {
        var tokens = Tokenizer.Tokenize("قصف، ثم; غارة؛ أين؟ why? «حلب» \"Homs\" #إدلب (دمشق) ريف-حلب");
        Assert.Equal(["،"], tokens.Where(t => t.Is(Punct.Comma)).Select(t => t.Text));
        Assert.Equal([";", "؛"], tokens.Where(t => t.Is(Punct.Semicolon)).Select(t => t.Text));
        Assert.Equal(["؟", "?"], tokens.Where(t => t.Is(Punct.Question)).Select(t => t.Text));
        Assert.Equal(["«", "»", "\"", "\""], tokens.Where(t => t.Is(Punct.Quote)).Select(t => t.Text));
        Assert.Equal(["#"], tokens.Where(t => t.Is(Punct.Hash)).Select(t => t.Text));
        Assert.Equal(["("], tokens.Where(t => t.Is(Punct.OpeningBracket)).Select(t => t.Text));
        Assert.Equal(["-"], tokens.Where(t => t.Is(Punct.Dash)).Select(t => t.Text));
    }

    [Fact]
    public void The_hash_sign_is_no_quote_and_words_have_no_class()
    {
        var tokens = Tokenizer.Tokenize("#الرقة 12");
        Assert.False(tokens[0].Is(Punct.Quote));
        Assert.Equal(Punct.None, tokens[1].Punct);
        Assert.Equal(Punct.None, tokens[2].Punct);
    }

    [Theory]
    [InlineData('«', Punct.OpeningQuote)]
    [InlineData('»', Punct.ClosingQuote)]
    [InlineData('“', Punct.OpeningQuote)]
    [InlineData('"', Punct.OpeningQuote | Punct.ClosingQuote)]
    [InlineData('…', Punct.Terminator)]
    public void Quotes_know_their_side_and_marks_their_role(char mark, Punct expected) =>
        Assert.Equal(expected, Punctuation.Of(mark) & expected);

    [Fact]
    public void A_closing_mark_is_never_an_opening_guillemet() =>
        Assert.False(Punctuation.Is('»', Punct.OpeningQuote));
}
