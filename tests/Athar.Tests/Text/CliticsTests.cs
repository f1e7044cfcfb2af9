using Athar.Text;

namespace Athar.Tests.Text;

public class CliticsTests
{
    private static List<string> Stems(string word) => Clitics.Readings(MatchingForm.Of(word)).Select(r => r.Stem).ToList();

    [Theory]
    [InlineData("بريف", "ريف")]
    [InlineData("والتحالف", "التحالف")]
    [InlineData("والتحالف", "تحالف")]
    [InlineData("للتنظيم", "التنظيم")]
    [InlineData("للتنظيم", "تنظيم")]
    [InlineData("وبالرقة", "الرقه")]
    [InlineData("لإدلب", "ادلب")]
    [InlineData("وإدلب", "ادلب")]
    [InlineData("بمدينة", "مدينه")]
    [InlineData("فالقوات", "القوات")]
    [InlineData("كالعادة", "العاده")]
    public void Offers_the_stem_without_proclitics(string word, string stem) =>
        Assert.Contains(stem, Stems(word));

    [Fact]
    public void The_unsplit_word_is_always_the_first_reading()
    {
        var readings = Clitics.Readings(MatchingForm.Of("والتحالف"));
        Assert.Equal(new CliticReading("", "والتحالف"), readings[0]);
        Assert.Contains(new CliticReading("و", "التحالف"), readings);
        Assert.Contains(new CliticReading("وال", "تحالف"), readings);
    }

    [Theory]
    [InlineData("فرّ")]   // too short to split: ف + ر is not a reading
    [InlineData("بلد")]   // ب + لد would leave two letters
    [InlineData("وحش")]
    public void Leaves_short_words_whole(string word) =>
        Assert.Equal([MatchingForm.Of(word)], Stems(word));

    [Fact]
    public void Splitting_is_an_alternative_not_a_rewrite()
    {
        // «كفر» (village prefix) may read as ك + فر only when the stem is long enough; here it is not.
        Assert.Equal(["كفر"], Stems("كفر"));
        Assert.Contains("كفر", Stems("بكفر"));
    }

    [Fact]
    public void Latin_words_have_only_themselves() =>
        Assert.Equal(["baghdad"], Stems("Baghdad"));
}
