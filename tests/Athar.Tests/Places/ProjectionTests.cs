using Athar.Places;
using static Athar.Tests.Places.BuiltInPlaces;

namespace Athar.Tests.Places;

/// <summary>Unknown places the text locates by distance and direction from a known one.</summary>
public class ProjectionTests
{
    [Theory]
    [InlineData("قصفت الطائرات قرية الدويرينة (18 كم شرق مدينة حلب) صباح اليوم", 18, 90, PlacePrecision.Subdistrict)]
    [InlineData("قصفت الطائرات قرية الدويرينة (18 شرق مدينة حلب) صباح اليوم", 18, 90, PlacePrecision.Subdistrict)]
    [InlineData("اشتباكات في بلدة الدويرينة الواقعة على بعد نحو 60 كيلومترا جنوب غرب مدينة حلب", 60, 225, PlacePrecision.District)]
    [InlineData("قصفت مسيرة سيارة قرب قرية الدويرينة، شمالي حلب بـ 9 كم", 9, 0, PlacePrecision.Subdistrict)]
    [InlineData("سقطت قذائف على قرية الدويرينة 120كم جنوب حلب", 120, 180, PlacePrecision.Region)]
    public void A_distance_and_direction_from_a_known_place_project_the_point(string text, double km, double bearing, PlacePrecision precision)
    {
        var aleppo = Gazetteer.BuiltIn.Find("170063")!;
        var village = Single(text, "الدويرينة");
        Assert.Equal((PlaceResolution.Projected, precision), (village.Resolution, village.Precision));
        Assert.Equal(km, Geo.DistanceKm(aleppo.Lat, aleppo.Lon, village.Lat, village.Lon), 0);
        var north = village.Lat - aleppo.Lat;
        var east = (village.Lon - aleppo.Lon) * Math.Cos(aleppo.Lat * Math.PI / 180);
        Assert.Equal(bearing, (Math.Atan2(east, north) * 180 / Math.PI + 360) % 360, 0);
    }

    [Fact]
    public void A_known_name_keeps_its_own_point_and_a_village_in_a_projected_unit_takes_that_point()
    {
        var saraqib = Single("قصفت الطائرات مدينة سراقب (15 كم شرق إدلب) بالصواريخ", "سراقب");
        Assert.Equal((PlaceResolution.Gazetteer, "164816"), (saraqib.Resolution, saraqib.GazetteerId));
        var places = Finder.Find("هاجم مسلحون قرية المشيك في ناحية الدقماق 40 كم شمال بعقوبة");
        var unit = Assert.Single(places, p => p.Text == "الدقماق");
        var village = Assert.Single(places, p => p.Text == "المشيك");
        Assert.Equal(PlaceResolution.Projected, unit.Resolution);
        Assert.Equal((unit.Lat, unit.Lon), (village.Lat, village.Lon));
    }
}
