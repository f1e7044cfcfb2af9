using Athar.Places;

namespace Athar.Tests.Places;

public class CompoundNameTests
{
    private static Gazetteer With(string nameAr) =>
        new GazetteerBuilder().Add(new GazetteerRow(new GazetteerEntry("t1", PlacePrecision.Village, "SY", "Idlib", 35.9, 36.6, 0, 0, "PPL", "Test", nameAr, "test"), [])).Build();

    [Theory]
    [InlineData("قصفت الطائرات مدينة كفرزيتا شمال حماة", "كفرزيتا", "168620")]
    [InlineData("سقطت قذائف على بلدة كفرتخاريم غربي إدلب", "كفرتخاريم", "168629")]
    public void A_compound_name_written_joined_finds_the_gazetteer_name_written_apart(string text, string surface, string id)
    {
        var place = Assert.Single(new PlaceFinder(Gazetteer.BuiltIn).Find(text), p => p.Text == surface);
        Assert.Equal(id, place.GazetteerId);
    }

    [Fact]
    public void A_compound_name_written_apart_finds_the_gazetteer_name_written_joined()
    {
        var place = Assert.Single(new PlaceFinder(With("تلمرام")).Find("قصفت المدفعية قرية تل مرام"));
        Assert.Equal(("t1", "تل مرام"), (place.GazetteerId, place.Text));
    }

    [Fact]
    public void A_word_that_only_starts_like_a_head_is_not_split() =>
        Assert.Empty(With("تلال").Lookup("تل ال"));
}
