using Athar.Places;
using Athar.Tests.Cli;

namespace Athar.Tests.Places;

public class GazetteerImportTests
{
    private static string Fixture => Path.Combine(Path.GetDirectoryName(PlaceTestSet.Path)!, "geonames-excerpt.txt");

    [Fact]
    public void Imports_a_geonames_excerpt_and_counts_bad_rows_without_failing()
    {
        using var dir = new TempDir();
        var (code, stdout, stderr) = CliRunner.Run("gazetteer", "import", Fixture, "--gazetteer-dir", dir.Path);
        Assert.Equal(0, code);
        Assert.Contains("6 places imported", stdout, StringComparison.Ordinal);
        Assert.Contains("2 bad rows", stdout, StringComparison.Ordinal);
        Assert.Contains("line 9: 3 columns, expected 19", stderr, StringComparison.Ordinal);
        Assert.Contains("geonameid 'abc' is not a number", stderr, StringComparison.Ordinal);
        var (rows, bad) = LocalGazetteer.ReadRows(LocalGazetteer.PathIn(dir.Path));
        Assert.Equal(0, bad);
        Assert.Equal(["169866", "174186", "250441", "325363", "94787", "98677"], rows.Select(r => r.Entry.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Keeps_only_the_countries_asked_for_and_merges_a_second_import()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRunner.Run("gazetteer", "import", Fixture, "--gazetteer-dir", dir.Path, "--countries", "SY").Code);
        var (_, stdout, _) = CliRunner.Run("gazetteer", "import", Fixture, "--gazetteer-dir", dir.Path, "--countries", "sy,iq");
        Assert.Contains("4 places imported", stdout, StringComparison.Ordinal);
        Assert.Contains("4 places (2 new)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_place_stage_reads_the_imported_gazetteer()
    {
        using var dir = new TempDir();
        CliRunner.Run("gazetteer", "import", Fixture, "--gazetteer-dir", dir.Path);
        var local = new GazetteerBuilder().AddLocal(LocalGazetteer.PathIn(dir.Path)).Build();
        var rutba = Assert.Single(new PlaceFinder(local).Find("اعتقلت القوات زوجته في مدينة الرطبة غرب البلاد"));
        Assert.Equal(("98677", "Anbar", PlacePrecision.Town), (rutba.GazetteerId, rutba.Admin1, rutba.Precision));
    }

    [Fact]
    public void A_missing_file_or_bad_country_list_is_a_user_error()
    {
        Assert.Equal(2, CliRunner.Run("gazetteer", "import", "no-such-dump.txt").Code);
        Assert.Equal(2, CliRunner.Run("gazetteer", "import", Fixture, "--countries", "Syria").Code);
    }

    [Theory]
    [InlineData("P", "PPLA", 0, PlacePrecision.City)]
    [InlineData("P", "PPL", 150000, PlacePrecision.City)]
    [InlineData("P", "PPLA3", 0, PlacePrecision.Town)]
    [InlineData("P", "PPL", 800, PlacePrecision.Village)]
    [InlineData("A", "ADM2", 0, PlacePrecision.District)]
    [InlineData("S", "CMPRF", 0, PlacePrecision.Village)]
    public void Maps_geonames_features_to_precision(string featureClass, string code, long population, PlacePrecision expected) =>
        Assert.Equal(expected, GeoNamesImporter.Kind(featureClass, code, population));

    [Fact]
    public void Skips_features_that_are_not_places_of_events() =>
        Assert.Null(GeoNamesImporter.Kind("H", "STM", 0));
}
