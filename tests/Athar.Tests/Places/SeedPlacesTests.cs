using Athar.Places;

namespace Athar.Tests.Places;

/// <summary>The founding article's places, through the whole default pipeline with the built-in gazetteer.</summary>
public class SeedPlacesTests
{
    private static readonly Lazy<IReadOnlyList<PlaceMention>> Places = new(() =>
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));
        return AtharPipeline.CreateDefault(new PipelineOptions { Gazetteer = Gazetteer.BuiltIn }).Analyze(text).Layer<PlaceMention>();
    });

    [Theory]
    [InlineData("الباغوز", "SY", 34.46, 40.94, PlacePrecision.Village)]
    [InlineData("باريشا", "SY", 36.16, 36.64, PlacePrecision.Village)]
    [InlineData("كفر جنّة", "SY", 36.54, 36.92, PlacePrecision.Village)]
    [InlineData("حارم", "SY", 36.20, 36.52, PlacePrecision.Subdistrict)]
    [InlineData("إدلب", "SY", 35.77, 36.67, PlacePrecision.Province)]
    [InlineData("أضنة", "TR", 37.0, 35.32, PlacePrecision.Province)]
    [InlineData("اسطنبول", "TR", 41.01, 28.98, PlacePrecision.City)]
    [InlineData("دير_الزور", "SY", 35.34, 40.14, PlacePrecision.City)]
    [InlineData("الرقة", "SY", 35.95, 39.01, PlacePrecision.City)]
    [InlineData("العراق", "IQ", 33.34, 44.40, PlacePrecision.Country)]   // a country stands at its capital
    [InlineData("تركيا", "TR", 39.92, 32.85, PlacePrecision.Country)]
    public void Resolves_the_seed_place(string text, string country, double lat, double lon, PlacePrecision precision)
    {
        var place = Places.Value.First(p => p.Text == text);
        Assert.Equal(country, place.Country);
        Assert.Equal(precision, place.Precision);
        Assert.True(Geo.DistanceKm(place.Lat, place.Lon, lat, lon) < 10, $"{text}: {place.Lat},{place.Lon}");
    }

    [Fact]
    public void Afrin_is_the_district_named_by_its_countryside()
    {
        var afrin = Assert.Single(Places.Value, p => p.Text == "ريف #عفرين");
        Assert.Equal(("Afrin", PlacePrecision.District, "SY0203"), (afrin.Name, afrin.Precision, afrin.GazetteerId));
    }

    [Fact]
    public void Barisha_is_placed_through_its_subdistrict_and_the_far_north_of_idlib()
    {
        var barisha = Places.Value.Single(p => p.Text == "باريشا");
        Assert.Equal("قرية", barisha.Cue);
        Assert.Equal("حارم", barisha.Context?.Text);
        var north = Places.Value.Single(p => p.Text == "أقصى ريف #إدلب الشمالي");
        Assert.Equal((PlacePrecision.Region, "countryside north", PlaceResolution.Directional), (north.Precision, north.Qualifier, north.Resolution));
        Assert.True(north.Lat > 36.0, "far north of the governorate centroid (35.77)");
    }

    [Fact]
    public void The_publisher_al_hal_net_and_names_inside_organisations_are_not_places()
    {
        Assert.DoesNotContain(Places.Value, p => p.Text.Contains("الحل", StringComparison.Ordinal));
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));
        var sdf = text.IndexOf("قوات_سوريا_الديمقراطية", StringComparison.Ordinal);
        var centre = text.IndexOf("مركز توثيق الانتهاكات في شمال سوريا", StringComparison.Ordinal);
        Assert.DoesNotContain(Places.Value, p => p.Span.Start > sdf && p.Span.Start < sdf + 24);
        Assert.DoesNotContain(Places.Value, p => p.Span.Start > centre && p.Span.Start < centre + 40);
    }

    [Fact]
    public void Every_mention_text_is_the_slice_of_its_span()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));
        Assert.All(Places.Value, p => Assert.Equal(text[p.Span.Start..p.Span.End], p.Text));
    }
}
