using Athar.Places;
using static Athar.Tests.Places.BuiltInPlaces;

namespace Athar.Tests.Places;

/// <summary>Names after plural and dual cues, and unknown names placed by what the rest of the article says.</summary>
public class ListAndFallbackTests
{
    [Fact]
    public void A_plural_cue_vouches_for_a_listed_name_that_is_also_a_word_and_places_the_unknown_ones_beside_it()
    {
        const string text = "ألقت المروحيات براميل متفجرة على قرى المشيك والزيارة والدقماق غرب حماة";
        var ziyara = Single(text, "الزيارة");
        Assert.Equal((PlaceResolution.Gazetteer, "172027"), (ziyara.Resolution, ziyara.GazetteerId));
        foreach (var name in new[] { "المشيك", "الدقماق" })
        {
            var village = Single(text, name);
            Assert.Equal((PlaceResolution.AdminContext, PlacePrecision.Subdistrict), (village.Resolution, village.Precision));
            Assert.True(Geo.DistanceKm(village.Lat, village.Lon, ziyara.Lat, ziyara.Lon) < 1);
        }
        Assert.Empty(Finder.Find("وأكد الوزير أن الزيارة كانت مثمرة"));
    }

    [Fact]
    public void After_a_dual_in_construct_a_word_ending_like_an_adjective_is_a_name() =>
        Assert.Equal(2, Finder.Find("سقطت قذائف هاون على بلدتي حزرمية والمشيك في الغوطة الشرقية").Count(p => p.Text is "حزرمية" or "المشيك"));

    [Theory]
    [InlineData("تعرضت قرى ريفية في الغوطة الشرقية لقصف مدفعي", "ريفية")]
    [InlineData("نزح الأهالي من قرى صغيرة في ريف حماة الشمالي", "صغيرة")]
    [InlineData("قصفت الطائرات بلدة غرب إدلب وقرية شرقها", "شرقها")]
    [InlineData("نزح معظمهم إلى مخيمات أطمة وقسم منهم إلى تركيا", "قسم")]
    public void Adjectives_quantities_and_pronoun_directions_after_a_cue_are_not_names(string text, string word) =>
        Assert.DoesNotContain(Finder.Find(text), p => p.Text == word);

    [Fact]
    public void An_unknown_name_without_context_takes_the_admin_unit_named_before_it_in_its_sentence()
    {
        var village = Single("وفي محافظة نينوى، داهمت القوات الأمنية قرية الحصوة واعتقلت ثلاثة مطلوبين", "الحصوة");
        Assert.Equal(("Nineveh", PlacePrecision.Province, PlaceResolution.AdminContext), (village.Name, village.Precision, village.Resolution));
        Assert.DoesNotContain(Finder.Find("اعتقالات في العراق. داهمت القوات الأمنية قرية الحصوة. وفي محافظة نينوى اعتقلت مطلوبين"), p => p.Text == "الحصوة");
    }

    [Fact]
    public void An_unknown_name_placed_once_keeps_that_place_in_later_sentences()
    {
        var places = Finder.Find("قصفت المدفعية منطقة بيرمام بقضاء شقلاوة. وقال شهود إن القصف طال قرى المشيك والدقماق في منطقة بيرمام.");
        Assert.Equal(2, places.Count(p => p.Text == "بيرمام" && p.GazetteerId == "91083"));
        Assert.Equal(2, places.Count(p => p.Text is "المشيك" or "الدقماق" && p.GazetteerId == "91083"));
    }

    [Fact]
    public void A_village_in_the_countryside_of_a_subdistrict_is_placed_in_that_subdistrict()
    {
        var village = Single("هاجم مسلحون قرية المشيك في ريف ناحية عقيربات شرقي حماة", "المشيك");
        Assert.Equal(("SY050304", PlacePrecision.Subdistrict), (village.GazetteerId, village.Precision));
    }

    [Theory]
    [InlineData("انفجرت عبوة ناسفة في حي الزهور شرقي الموصل", "99072")]
    [InlineData("أصيب شرطيان بانفجار في حي الزهور غربي محافظة السليمانية", "98463")]
    [InlineData("اعتقلت القوات ثلاثة مطلوبين في حي الزهور بمدينة كركوك", "94787")]
    public void A_neighbourhood_is_in_its_city_at_the_city_s_own_point(string text, string cityId)
    {
        var quarter = Single(text, "الزهور");
        var city = Gazetteer.BuiltIn.Find(cityId)!;
        Assert.Equal((city.Lat, city.Lon, city.Kind), (quarter.Lat, quarter.Lon, quarter.Precision));
    }

    [Fact]
    public void A_neighbourhood_without_a_linked_context_is_in_the_city_named_in_its_sentence()
    {
        var quarter = Single("وقصف التنظيم حي \"الرشدية\" الذي تسيطر عليه قوات النظام في مدينة دير الزور بقذائف الهاون", "الرشدية");
        Assert.Equal(("Deir ez-Zor", PlacePrecision.City), (quarter.Name, quarter.Precision));
    }

    [Fact]
    public void A_village_a_direction_away_from_an_unknown_area_takes_that_area_s_place()
    {
        var places = Finder.Find("اختطف مسلحون راعيين من قرية المشيك شرق منطقة الدقماق التابعة لبلدة \"الحصوة\" الواقعة على بعد 30 كيلومترا شمال مدينة تكريت");
        var town = Assert.Single(places, p => p.Text == "الحصوة");
        Assert.Equal(PlaceResolution.Projected, town.Resolution);
        Assert.All(places.Where(p => p.Text is "المشيك" or "الدقماق"), p => Assert.Equal((town.Lat, town.Lon), (p.Lat, p.Lon)));
        Assert.Equal(2, places.Count(p => p.Text is "المشيك" or "الدقماق"));
    }

    [Fact]
    public void A_hashtag_unknown_name_after_a_cue_is_read()
    {
        var village = Single("قصفت قوات النظام بلدة #المشيك بريف حماة الشمالي", "المشيك");
        Assert.Equal(PlaceResolution.AdminContext, village.Resolution);
    }
}
