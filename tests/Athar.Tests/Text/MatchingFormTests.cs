using Athar.Text;

namespace Athar.Tests.Text;

public class MatchingFormTests
{
    [Theory]
    [InlineData("أحمد", "احمد")]          // alef with hamza above
    [InlineData("إدلب", "ادلب")]          // alef with hamza below
    [InlineData("آذار", "اذار")]          // alef with madda
    [InlineData("ٱلرقة", "الرقه")]        // alef wasla (not in Lucene's table) and ta marbuta
    [InlineData("مصطفى", "مصطفي")]        // alef maqsura → ya
    [InlineData("الدولة", "الدوله")]      // ta marbuta → ha
    [InlineData("الـــرقة", "الرقه")]     // tatweel
    [InlineData("قُتِلَ", "قتل")]           // harakat
    [InlineData("جنّة", "جنه")]           // shadda
    [InlineData("ثلاثةٌ", "ثلاثه")]       // tanween
    [InlineData("الرحمٰن", "الرحمن")]     // superscript alef
    [InlineData("٢٠١٩", "2019")]          // Arabic-Indic digits
    [InlineData("۲۰۱۹", "2019")]          // Persian digits
    [InlineData("١٬٥٠٠", "1,500")]        // Arabic thousands separator
    [InlineData("مرگدة", "مركده")]        // gaf in Kurdish names
    [InlineData("ﻻ", "لا")]               // lam-alef ligature (presentation form B)
    [InlineData("ﺑﻐﺪﺍﺩ", "بغداد")]         // presentation forms B letters
    [InlineData("CNN TÜRK", "cnn türk")]  // Latin lower case
    [InlineData("داعش\u200F", "داعش")]    // right-to-left mark
    public void Folds_to_the_matching_form(string input, string expected) =>
        Assert.Equal(expected, MatchingForm.Of(input));

    [Fact]
    public void Phrase_form_normalises_each_word_and_collapses_spaces() =>
        Assert.Equal("قوات سوريا الديمقراطيه", MatchingForm.OfPhrase("  قوات   سوريا الديمقراطيّة "));

    [Fact]
    public void Every_folding_in_the_gap_table_yields_a_basic_letter_or_digit()
    {
        foreach (var (from, to) in ArabicCharacters.Fold)
        {
            Assert.NotEqual(from, to);
            Assert.True(char.IsAsciiDigit(to) || to is '.' or ',' || (to >= '\u0621' && to <= '\u064A'), $"U+{(int)from:X4} folds to U+{(int)to:X4}");
        }
    }
}
