using Athar.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Athar.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Splits_words_numbers_and_punctuation_with_offsets()
    {
        const string text = "قُتل 3 عناصر، في «الرقة».";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["قُتل", "3", "عناصر", "،", "في", "«", "الرقة", "»", "."], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Span.Start..t.Span.End]));
        Assert.Equal(TokenKind.Number, tokens[1].Kind);
        Assert.Equal("قتل", tokens[0].Form);
    }

    [Fact]
    public void Hashtag_words_are_separate_tokens_so_later_stages_see_the_phrase()
    {
        var words = Tokenizer.Tokenize("#قوات_سوريا_الديمقراطية").Where(t => t.IsWord).Select(t => t.Text);
        Assert.Equal(["قوات", "سوريا", "الديمقراطية"], words);
    }

    [Theory]
    [InlineData("1,500", "1,500")]
    [InlineData("٢٫٥", "٢٫٥")]
    [InlineData("١٬٥٠٠", "١٬٥٠٠")]
    public void Numbers_keep_internal_separators(string text, string token) =>
        Assert.Equal([token], Tokenizer.Tokenize(text).Select(t => t.Text));

    [Fact]
    public void Dates_with_slashes_are_number_and_slash_tokens() =>
        Assert.Equal(["27", "/", "10", "/", "2019"], Tokenizer.Tokenize("27/10/2019").Select(t => t.Text));

    [Fact]
    public void Arabic_letters_and_digits_split_but_latin_model_names_stay_whole()
    {
        Assert.Equal(["الـ", "24"], Tokenizer.Tokenize("الـ24").Select(t => t.Text));
        Assert.Equal(["R9X"], Tokenizer.Tokenize("R9X").Select(t => t.Text));
    }

    [Fact]
    public void Digits_in_both_scripts_have_the_same_matching_form() =>
        Assert.Equal(Tokenizer.Tokenize("٢٠١٩")[0].Form, Tokenizer.Tokenize("2019")[0].Form);

    private static readonly char[] Alphabet =
        "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئٱـًٌٍَُِّْ0123456789٠١٢٣٤٥٦٧٨٩۰۱abcXYZ .,،؛؟!#_-/«»\"()\n\t\u200F\u200CﻻﺑR".ToCharArray();

    [Fact]
    public void Every_token_span_maps_back_to_exactly_its_original_characters()
    {
        var arb = Gen.Elements(Alphabet).ArrayOf().Select(a => new string(a)).ToArbitrary();
        Prop.ForAll(arb, text =>
        {
            var tokens = Tokenizer.Tokenize(text);
            var previousEnd = 0;
            foreach (var t in tokens)
            {
                if (t.Text != text.Substring(t.Span.Start, t.Span.Length) || t.Span.Start < previousEnd || t.Span.Length == 0)
                    return false;
                previousEnd = t.Span.End;
            }
            // nothing visible is lost: every character outside tokens is whitespace, '_' or an invisible mark
            var covered = new bool[text.Length];
            foreach (var t in tokens)
            {
                for (var i = t.Span.Start; i < t.Span.End; i++)
                    covered[i] = true;
            }
            return Enumerable.Range(0, text.Length).All(i => covered[i] || char.IsWhiteSpace(text[i]) || text[i] is '_' or '\u200F' or '\u200C');
        }).QuickCheckThrowOnFailure();
    }
}
