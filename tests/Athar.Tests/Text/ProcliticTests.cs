using Athar.Text;

namespace Athar.Tests.Text;

public class ProcliticTests
{
    [Theory]
    [InlineData("", Proclitic.None)]
    [InlineData("و", Proclitic.And)]
    [InlineData("فب", Proclitic.Then | Proclitic.With)]
    [InlineData("وبال", Proclitic.And | Proclitic.With | Proclitic.Article)]
    [InlineData("لال", Proclitic.To | Proclitic.Article)]
    [InlineData("ال", Proclitic.Article)]
    public void A_prefix_reads_as_its_proclitics(string prefix, Proclitic expected) =>
        Assert.Equal(expected, Clitics.Parse(prefix));

    [Fact]
    public void Readings_carry_the_article_flag()
    {
        var readings = Clitics.Readings("بالرقه");
        Assert.Contains(readings, r => r.HasArticle && r.Stem == "رقه" && r.Is(Proclitic.With | Proclitic.Article));
        Assert.DoesNotContain(readings, r => r.HasArticle && r.Stem == "الرقه");
    }

    [Theory]
    [InlineData("ب", Proclitic.With)]
    [InlineData("و", Proclitic.And)]
    [InlineData("ال", Proclitic.Article)]
    [InlineData("في", Proclitic.None)]
    public void A_proclitic_written_apart_is_recognised(string form, Proclitic expected) =>
        Assert.Equal(expected, Clitics.Detached(form));

    [Theory]
    [InlineData("مقتلهم", "هم", true)]
    [InlineData("اعتقاله", "ه", false)]
    [InlineData("ريفها", "ها", false)]
    public void Enclitic_pronouns_know_whether_they_refer_to_several(string form, string enclitic, bool several)
    {
        Assert.Equal((enclitic, several), Clitics.EncliticOf(form));
        Assert.Equal(several, Clitics.IsSeveral(enclitic));
    }

    [Theory]
    [InlineData("الكردية", true)]
    [InlineData("الكردي", true)]
    [InlineData("مسلحون", false)]
    public void Nisba_endings_are_read_on_the_matching_form(string word, bool nisba) =>
        Assert.Equal(nisba, WordEndings.IsNisba(MatchingForm.Of(word)));
}
