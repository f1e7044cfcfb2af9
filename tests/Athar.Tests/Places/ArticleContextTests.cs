using Athar.Places;
using static Athar.Tests.Places.BuiltInPlaces;

namespace Athar.Tests.Places;

/// <summary>
/// An unknown village whose sentence gives no admin context takes one from the article: what its own sentence says
/// first, else the nearest unit named before it. (The names «المرجيحة», «الدحيرجة» are made up for these tests.)
/// </summary>
public class ArticleContextTests
{
    [Fact]
    public void The_made_up_names_are_not_in_the_gazetteer()
    {
        Assert.Empty(Gazetteer.BuiltIn.Lookup("المرجيحة"));
        Assert.Empty(Gazetteer.BuiltIn.Lookup("الدحيرجة"));
    }

    [Fact]
    public void A_bracketed_direction_is_the_part_of_the_articles_country()
    {
        var village = Single("قالت وزارة الصحة في لبنان إن غارة استهدفت بلدة المرجيحة (جنوب) وأدت إلى سقوط قتلى", "المرجيحة");
        Assert.Equal(("region:south-lebanon", PlacePrecision.Region, PlaceResolution.AdminContext), (village.GazetteerId, village.Precision, village.Resolution));
        Assert.Null(village.Context);
    }

    [Fact]
    public void A_bracketed_direction_takes_an_earlier_district_that_lies_in_that_part()
    {
        var places = Finder.Find("غارة إسرائيلية على بلدة الدحيرجة بقضاء صور في لبنان. وفي وقت لاحق قصفت الطائرات بلدة المرجيحة (جنوب).");
        var village = Assert.Single(places, p => p.Text == "المرجيحة");
        var tyre = Assert.Single(places, p => p.Text == "صور");
        Assert.Equal((PlacePrecision.District, tyre.Lat, tyre.Lon, "صور"), (village.Precision, village.Lat, village.Lon, village.Context?.Text));
    }

    [Fact]
    public void A_village_takes_the_nearest_unit_named_in_an_earlier_sentence()
    {
        var village = Single("سيطرت القوات على مواقع في ناحية عقيربات شرقي حماة. وبعد ساعات قصفت الطائرات قرية المرجيحة.", "المرجيحة");
        Assert.Equal(("SY050304", PlacePrecision.Subdistrict, PlaceResolution.AdminContext, "عقيربات"), (village.GazetteerId, village.Precision, village.Resolution, village.Context?.Text));
    }

    [Fact]
    public void A_headline_village_takes_the_leads_unit()
    {
        var village = Single("قصف يطال قرية المرجيحة\nقصفت قوات النظام مناطق في ناحية عقيربات شرقي حماة أمس.", "المرجيحة");
        Assert.Equal("SY050304", village.GazetteerId);
    }

    [Fact]
    public void The_reference_of_a_distance_and_a_direction_from_a_town_contain_nothing()
    {
        var village = Single("قصفت الطائرات قرية فركيا التابعة لناحية أريحا (14 كم جنوب إدلب). وقصفت أيضا قرية المرجيحة.", "المرجيحة");
        Assert.Equal(("SY070500", PlacePrecision.Subdistrict), (village.GazetteerId, village.Precision));
        Assert.DoesNotContain(Finder.Find("قصفت القوات قريتين شمال منبج. وقال مصدر إن القصف طال قرية المرجيحة."), p => p.Text == "المرجيحة");
    }

    [Fact]
    public void A_governorate_seat_named_before_it_in_its_sentence_stands_for_the_governorate()
    {
        var village = Single("المسيرة الثانية سقطت في أربيل، بالقرب من قرية المرجيحة في أرض زراعية", "المرجيحة");
        Assert.Equal(("IQ.11", PlacePrecision.Province, "أربيل"), (village.GazetteerId, village.Precision, village.Context?.Text));
    }

    [Fact]
    public void A_town_named_before_it_in_its_sentence_places_it_at_district_precision()
    {
        var places = Finder.Find("قصفت الطائرات مدينة سراقب والسوق الشعبي في قرية المرجيحة");
        var village = Assert.Single(places, p => p.Text == "المرجيحة");
        var saraqib = Assert.Single(places, p => p.Text == "سراقب");
        Assert.Equal((PlacePrecision.District, saraqib.Lat, saraqib.Lon), (village.Precision, village.Lat, village.Lon));
    }

    [Fact]
    public void A_town_named_far_before_it_in_a_long_sentence_does_not_place_it() =>
        Assert.DoesNotContain(
            Finder.Find("قصفت الطائرات حي المشهد في مدينة سراقب، ويأتي هذا بعد يوم دموي شهد مقتل أكثر من أربعين مدنيا بمجزرة عند المعبر المائي بين قرية المرجيحة وقرية الدحيرجة"),
            p => p.Text == "المرجيحة");

    [Fact]
    public void The_finest_unit_of_a_chain_holds_a_village_named_later_in_the_sentence()
    {
        var village = Single("وقال مدير بلدة الدحيرجة شمال قضاء عقرة بمحافظة دهوك إن الطائرات قصفت قرية المرجيحة", "المرجيحة");
        Assert.Equal(("Aqrah", PlacePrecision.District), (village.Name, village.Precision));
    }

    [Fact]
    public void A_district_seat_the_gazetteer_files_under_a_neighbouring_province_is_still_the_district()
    {
        var aqrah = Single("قصفت الطائرات مواقع في قضاء عقرة بمحافظة دهوك", "عقرة");
        Assert.Equal(("98822", PlaceResolution.Gazetteer), (aqrah.GazetteerId, aqrah.Resolution));
    }

    [Theory]
    [InlineData("سيطر التنظيم على ستين قرية بينها أربعون قرية في ريف حلب", "بينها")]
    [InlineData("باتت ثالث قرية يسيطر عليها الجيش في ريف حلب", "يسيطر")]
    [InlineData("تعرضت قرى منكوبة في ريف حماة الشمالي لقصف عنيف", "منكوبة")]
    public void A_counted_cue_or_a_plural_cues_adjective_names_nothing(string text, string word) =>
        Assert.DoesNotContain(Finder.Find(text), p => p.Text.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void After_a_singular_cue_a_second_word_with_wa_is_part_of_the_name()
    {
        var village = Single("تسلل مسلحون إلى قرية قرت ويران الواقعة غرب مدينة منبج", "قرت ويران");
        Assert.Equal("غرب مدينة منبج", village.Context?.Text);
    }

    [Fact]
    public void A_direction_of_the_country_is_its_named_region_when_the_gazetteer_has_one()
    {
        var part = Single("قتل مدنيون في لبنان بغارة على بلدة في جنوب البلاد", "جنوب البلاد");
        Assert.Equal(("region:south-lebanon", PlacePrecision.Region), (part.GazetteerId, part.Precision));
    }

    [Fact]
    public void A_name_placed_coarsely_takes_the_finer_place_its_other_mention_has()
    {
        var places = Finder.Find("اختطفوا مدنيين في قرية المرجيحة بريف الرقة الشمالي.\nوداهمت القوات منازل قرية المرجيحة في محيط مدينة تل أبيض.");
        var town = Assert.Single(places, p => p.Text == "تل أبيض");
        Assert.All(places.Where(p => p.Text == "المرجيحة"), p => Assert.Equal((town.Lat, town.Lon, PlacePrecision.Town), (p.Lat, p.Lon, p.Precision)));
    }
}
