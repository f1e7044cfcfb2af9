using Athar.Places;
using static Athar.Tests.Places.BuiltInPlaces;

namespace Athar.Tests.Places;

/// <summary>A Syrian governorate's countryside in a direction stands where its sub-districts that way lie.</summary>
public class CountrysideTests
{
    private static readonly GazetteerEntry HamaProvince = Gazetteer.BuiltIn.Find("SY05")!;
    private static readonly GazetteerEntry HamaCity = Gazetteer.BuiltIn.SeatOf(HamaProvince)!;

    [Fact]
    public void The_western_countryside_lies_west_of_the_city_not_east_of_it_with_the_desert_centroid()
    {
        var west = Single("قصفت المدفعية قرى في ريف حماة الغربي صباح اليوم", "ريف حماة الغربي");
        Assert.Equal((PlaceResolution.Directional, PlacePrecision.Region, "SY05"), (west.Resolution, west.Precision, west.GazetteerId));
        Assert.True(west.Lon < HamaCity.Lon - 0.2, $"{west.Lon} is not west of Hama city ({HamaCity.Lon})");
        Assert.InRange(Geo.DistanceKm(west.Lat, west.Lon, HamaCity.Lat, HamaCity.Lon), 15, 45);
    }

    [Fact]
    public void The_eastern_countryside_lies_around_the_towns_east_of_the_city()
    {
        var east = Single("نزح الأهالي من ريف حماة الشرقي", "ريف حماة الشرقي");
        var salamiyah = Single("في مدينة سلمية", "سلمية");
        Assert.True(Geo.DistanceKm(east.Lat, east.Lon, salamiyah.Lat, salamiyah.Lon) < 30);
        Assert.True(east.Lon < HamaProvince.Lon + 0.2, "the eastern countryside is not the desert east of the centroid");
    }

    [Fact]
    public void A_unit_without_countryside_data_still_moves_its_centroid_that_way()
    {
        var anbar = Gazetteer.BuiltIn.Find("IQ.01")!;
        var west = Single("اشتباكات في غرب محافظة الأنبار", "غرب محافظة الأنبار");
        Assert.Equal(anbar.Lat, west.Lat, 3);
        Assert.True(west.Lon < anbar.Lon - 0.5);
    }

    [Fact]
    public void Countryside_rows_are_read_by_province_and_direction_and_bad_rows_skipped()
    {
        var gazetteer = new GazetteerBuilder()
            .AddRows([["SY05", "province", "SY", "Hama", "35.2", "37.2", "53", "0", "ADM1", "Hama", "حماة", "", "test"]])
            .AddCountryside([["SY05", "west", "35.1", "36.4"], ["SY05", "north", "not-a-number", "36.5"], ["SY05"]])
            .Build();
        var hama = gazetteer.Find("SY05")!;
        Assert.Equal((35.1, 36.4), gazetteer.CountrysidePoint(hama, new Direction(-1, 0)));
        Assert.Null(gazetteer.CountrysidePoint(hama, new Direction(0, 1)));
        Assert.NotNull(Gazetteer.BuiltIn.CountrysidePoint(HamaProvince, new Direction(1, 1)));
    }

    [Fact]
    public void The_definite_countryside_of_a_name_after_min_or_li_is_that_names_countryside()
    {
        var northWest = Single("تقع القرية في أقصى الريف الشمالي الغربي من حماة", "أقصى الريف الشمالي الغربي من حماة");
        Assert.Equal(("SY05", "countryside north-west"), (northWest.GazetteerId, northWest.Qualifier));
        Assert.Equal(Gazetteer.BuiltIn.CountrysidePoint(HamaProvince, new Direction(-1, 1)), (northWest.Lat, northWest.Lon));
        var west = Single("تدور المعارك بالريف الغربي لحماة", "الريف الغربي لحماة");
        Assert.Equal("countryside west", west.Qualifier);
    }

    [Fact]
    public void The_countryside_of_a_named_city_lies_around_the_city_not_its_district()
    {
        var places = Finder.Find("الواقعة في الريف الشرقي لمدينة سلمية");
        var east = Assert.Single(places);
        Assert.Equal(("countryside east", "مدينة"), (east.Qualifier, east.Cue));
        var town = Single("في مدينة سلمية", "سلمية");
        Assert.True(east.Lon > town.Lon);
        Assert.True(Geo.DistanceKm(east.Lat, east.Lon, town.Lat, town.Lon) < 10);
    }

    [Fact]
    public void A_definite_countryside_without_a_name_is_no_place() =>
        Assert.Empty(Finder.Find("سيطرت الفصائل على بلدة في الريف الغربي"));
}
