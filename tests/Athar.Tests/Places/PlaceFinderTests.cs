using Athar.Places;
using static Athar.Tests.Places.BuiltInPlaces;

namespace Athar.Tests.Places;

public class PlaceFinderTests
{
    [Theory]
    [InlineData("قصفت الطائرات مواقع بإدلب", "إدلب")]
    [InlineData("وصلت تعزيزات إلى حلب وإدلب", "إدلب")]
    [InlineData("عاد النازحون لإدلب", "إدلب")]
    [InlineData("وقع الانفجار بمدينة إدلب", "إدلب")]
    public void Reads_names_behind_proclitics_and_keeps_the_clitic_out_of_the_span(string text, string surface)
    {
        var idlib = Single(text, surface);
        Assert.Equal(("Idlib", "SY"), (idlib.Name, idlib.Country));
    }

    [Fact]
    public void A_country_named_as_a_place_stands_at_its_capital()
    {
        var turkey = Single("اعتقلت السلطات عشرات المشتبه بهم في تركيا أمس", "تركيا");
        Assert.Equal(PlacePrecision.Country, turkey.Precision);
        Assert.True(Geo.DistanceKm(turkey.Lat, turkey.Lon, 39.92, 32.85) < 5, $"Turkey at ({turkey.Lat}, {turkey.Lon}), not Ankara");
    }

    [Fact]
    public void A_cue_word_chooses_the_kind_of_place()
    {
        Assert.Equal(PlacePrecision.Province, Single("وصل الوفد إلى محافظة الأنبار غربي العراق", "الأنبار").Precision);
        Assert.Equal(PlacePrecision.Subdistrict, Single("داهمت القوات قرى في ناحية حارم", "حارم").Precision);
        Assert.Equal(PlacePrecision.Town, Single("قصفت المدفعية مدينة حارم", "حارم").Precision);
    }

    [Theory]
    [InlineData("وأكد أن الباب مفتوح للحوار مع الجميع")]
    [InlineData("وقال إن التحقيق القائم سيكشف الحقيقة")]
    [InlineData("نقلت مصادر خاصة لموقع «الحل نت» الخبر")]
    [InlineData("وأكد أن الحل السياسي هو الطريق الوحيد")]
    [InlineData("وقالت مصادر سورية إن الاجتماع انتهى")]
    [InlineData("وبثت قناة الجزيرة صورا من الموقع")]
    [InlineData("وأعلنت قوات سوريا الديمقراطية بدء العملية")]
    [InlineData("وقالت حركة أحرار الشام في بيان")]
    [InlineData("وذكر مجلس منبج العسكري أن الهجوم فشل")]
    [InlineData("وقال أبو المثنى إن الوضع هادئ")]
    [InlineData("وعاد الهدوء إلى المدينة بعد الاشتباكات")]
    public void Common_words_and_names_inside_organisations_are_not_places(string text) =>
        Assert.Empty(Finder.Find(text));

    [Theory]
    [InlineData("سيطرت الفصائل على مدينة الباب", "الباب")]
    [InlineData("اشتباكات في ريف الباب الشرقي", "ريف الباب الشرقي")]
    [InlineData("قصف على #الباب صباح اليوم", "الباب")]
    [InlineData("دخلت القوات بلدة القائم", "القائم")]
    public void An_ambiguous_name_is_a_place_with_a_cue_a_countryside_or_a_hashtag(string text, string surface) =>
        Assert.NotNull(Single(text, surface));

    [Fact]
    public void A_directional_countryside_is_a_region_that_way()
    {
        var idlib = Gazetteer.BuiltIn.Find("SY07")!;
        var south = Single("تقدمت القوات في ريف إدلب الجنوبي", "ريف إدلب الجنوبي");
        Assert.Equal((PlacePrecision.Region, "countryside south"), (south.Precision, south.Qualifier));
        Assert.True(south.Lat < idlib.Lat && Math.Abs(south.Lon - idlib.Lon) < 0.1);
        var northWest = Single("قصف على ريف حماة الشمالي الغربي", "ريف حماة الشمالي الغربي");
        Assert.Equal("countryside north-west", northWest.Qualifier);
    }

    [Fact]
    public void A_village_missing_from_the_gazetteer_takes_its_admin_unit_and_keeps_its_own_name()
    {
        var village = Single("داهمت قوات التحالف قرية الدشيشة التابعة لناحية مركدة جنوب الحسكة", "الدشيشة");
        Assert.Equal((PlaceResolution.AdminContext, PlacePrecision.Subdistrict, "SY080003"), (village.Resolution, village.Precision, village.GazetteerId));
        Assert.Equal("مركدة", village.Context?.Text);
    }

    [Fact]
    public void A_village_without_any_admin_context_is_not_placed()
    {
        Assert.Empty(Finder.Find("اختطف مسلحون ثلاثة مدنيين من قرية الدشيشة أمس"));
    }

    [Fact]
    public void A_country_is_no_context_for_an_unknown_village()
    {
        Assert.Single(Finder.Find("وقعت اشتباكات في قرية الخربة في سوريا"), p => p.Precision == PlacePrecision.Country);
    }

    [Fact]
    public void Context_picks_the_place_of_the_right_province()
    {
        // Sinjar is a town in Iraq and a sub-district of Idlib
        var idlib = Single("استهدفت غارة بلدة سنجار في ريف إدلب الشرقي", "سنجار");
        Assert.Equal("SY", idlib.Country);
        var iraq = Single("فر الآلاف من قضاء سنجار في محافظة نينوى", "سنجار");
        Assert.Equal("IQ", iraq.Country);
    }

    [Fact]
    public void Names_of_a_list_after_a_plural_cue_share_the_context()
    {
        var places = Finder.Find("قصفت القوات قريتي الصيادة واليالني شمال منبج");
        Assert.Equal(["الصيادة", "اليالني", "شمال منبج"], places.Select(p => p.Text));
        Assert.All(places.Take(2), p => Assert.Equal(("Manbij", PlaceResolution.AdminContext), (p.Name, p.Resolution)));
    }

    [Fact]
    public void A_direction_of_the_country_is_a_region_of_the_articles_focus_country()
    {
        var west = Single("اعتقلت القوات زوجته في مدينة الرطبة غرب البلاد", "غرب البلاد");
        Assert.Equal(("IQ", PlacePrecision.Region, "west"), (west.Country, west.Precision, west.Qualifier));
        Assert.Empty(Finder.Find("وصلت الأزمة إلى شمال البلاد"));
    }

    [Fact]
    public void A_named_region_from_the_reviewed_table_is_found_whole()
    {
        var region = Single("فر عناصر التنظيم إلى البادية السورية", "البادية السورية");
        Assert.Equal(("region:badia", PlacePrecision.Region), (region.GazetteerId, region.Precision));
    }

    [Fact]
    public void Latin_names_are_matched_when_capitalised()
    {
        Assert.Equal("Deir ez-Zor", Single("Clashes erupted in Deir ez-Zor on Monday", "Deir ez-Zor").Name);
        Assert.Empty(Finder.Find("the strike hit a convoy"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("قرية")]
    [InlineData("قرية “")]
    [InlineData("ريف")]
    [InlineData("شمال شرق غرب جنوب")]
    [InlineData("بـ ـ ـ «»«» ،،، قرى و و و")]
    public void Odd_input_never_throws(string text) => Finder.Find(text);

    [Fact]
    public void A_long_repetitive_text_is_handled_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("قرية الدشيشة بريف الحسكة الجنوبي، ", 5000));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var places = Finder.Find(text);
        Assert.Equal(10000, places.Count);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), sw.Elapsed.ToString());
    }
}
