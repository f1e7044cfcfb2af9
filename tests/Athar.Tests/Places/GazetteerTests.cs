using Athar.Places;
using Athar.Text;
using Athar.Text.Lexicons;

namespace Athar.Tests.Places;

public class GazetteerTests
{
    [Fact]
    public void The_built_in_gazetteer_holds_cities500_opensyria_regions_and_curated_places()
    {
        var g = Gazetteer.BuiltIn;
        Assert.True(g.Count > 5800, g.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Harim", g.Find("SY070300")?.Name);
        Assert.Equal(PlacePrecision.Country, g.Find("IQ")?.Kind);
        Assert.Equal("Barisha", g.Find("athar:barisha")?.Name);
    }

    [Theory]
    [InlineData("إدلب", "169389")]
    [InlineData("ادلب", "169389")]
    [InlineData("Deir ez-Zor", "SY09")]
    [InlineData("الباغوز", "athar:baghouz")]
    [InlineData("إسطنبول", "745044")]
    [InlineData("كوباني", "SY020600")]
    [InlineData("شرناق", "TR.80")]
    [InlineData("سيلوبي", "300797")]
    [InlineData("دوغو بيازيد", "316411")]
    public void Looks_up_a_name_in_any_spelling_that_folds_alike(string name, string id) =>
        Assert.Contains(Gazetteer.BuiltIn.Lookup(name), e => e.Id == id);

    [Fact]
    public void Every_alias_names_a_place_that_exists()
    {
        foreach (var row in Lexicon.Rows("data/places/aliases.tsv"))
            Assert.NotNull(Gazetteer.BuiltIn.Find(row[0]));
    }

    [Theory]
    [InlineData("data/places/regions.tsv")]
    [InlineData("data/places/curated.tsv")]
    [InlineData("data/places/gazetteer.tsv")]
    public void Every_row_of_the_data_files_parses(string file)
    {
        var rows = Lexicon.Rows(file).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(GazetteerRow.TryParse(r.Cells) is not null, r.ToString()));
    }

    [Fact]
    public void A_row_survives_a_format_and_parse_round_trip()
    {
        var row = new GazetteerRow(new GazetteerEntry("1", PlacePrecision.Town, "SY", "Idlib", 36.1, 36.5, 0, 1200, "PPL", "Test|Town", "قرية\tتجربة", "test"), ["a|b", "ج"]);
        var back = GazetteerRow.TryParse(row.Format().Split('\t'));
        Assert.NotNull(back);
        Assert.Equal(("Test Town", "قرية تجربة", 36.1), (back.Entry.Name, back.Entry.NameAr, back.Entry.Lat));
    }
}
