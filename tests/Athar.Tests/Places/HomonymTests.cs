using Athar.Places;
using static Athar.Tests.Places.BuiltInPlaces;

namespace Athar.Tests.Places;

/// <summary>Words and far-away places that share a name with the place meant.</summary>
public class HomonymTests
{
    [Theory]
    [InlineData("قصفت قوات النظام مدينة حلب وريف المدينة الغربي بالمدفعية", "المدينة")]
    [InlineData("وانتشرت القوات في شمال المدينة بعد الهجوم على حي الزهور في كركوك", "المدينة")]
    [InlineData("وعثر الأهالي على جثة قرب دير في ريف حلب الشمالي", "دير")]
    [InlineData("قتل شرطي عند مفرق بلدة الريحانية في عكار شمال لبنان", "مفرق")]
    public void A_word_that_is_also_a_name_is_not_that_place(string text, string word) =>
        Assert.DoesNotContain(Finder.Find(text), p => p.Text.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void A_definite_cue_word_with_a_cue_of_its_own_is_a_name()
    {
        var madinah = Assert.Single(Finder.Find("سقط صاروخ في قضاء المدينة شمال البصرة"), p => p.Text == "المدينة");
        Assert.Equal(("IQ", "Al Madinah"), (madinah.Country, madinah.Name));
    }

    [Fact]
    public void A_small_place_far_from_every_other_place_of_the_article_in_an_unnamed_country_is_a_homonym()
    {
        const string text = "ألقت القوات القبض على مطلوب في قضاء الكرمة، بعد عملية في محافظة الأنبار ومحافظة صلاح الدين";
        Assert.DoesNotContain(Finder.Find(text), p => p.Country == "SY");
        var muhradah = Assert.Single(Finder.Find("قصفت قوات النظام بلدة الكرمة في ريف حماة الغربي"), p => p.Text == "الكرمة");
        Assert.Equal("166742", muhradah.GazetteerId);
    }

    [Fact]
    public void A_name_head_followed_by_a_word_that_is_also_a_far_name_is_one_unknown_name()
    {
        var places = Finder.Find("قصفت الطائرات قرية تل حلاوة، التابعة لبلدة أبو الظهور شرق إدلب");
        var village = Assert.Single(places, p => p.Text == "تل حلاوة");
        Assert.Equal(("174611", PlaceResolution.AdminContext), (village.GazetteerId, village.Resolution));
        Assert.DoesNotContain(places, p => p.Country == "JO");
    }

    [Fact]
    public void The_country_is_the_country_of_the_name_it_qualifies()
    {
        var places = Finder.Find("انفجرت عبوة في ولاية أغري شرقي البلاد. وتواصل القصف على شمالي العراق والأراضي العراقية وإقليم كردستان");
        Assert.Equal("TR", Assert.Single(places, p => p.Text == "أغري").Country);
        Assert.Equal("TR", Assert.Single(places, p => p.Text == "شرقي البلاد").Country);
    }

    [Fact]
    public void Turkish_districts_and_provinces_are_known_by_their_arabic_names()
    {
        var places = new PlaceFinder(Gazetteer.BuiltIn).Find("قتل جنديان في هجوم بقضاء سيلوبي في ولاية شرناق جنوب شرقي البلاد، فيما شنت الطائرات غارات على شمالي العراق");
        Assert.Equal(("300797", "TR"), (Assert.Single(places, p => p.Text == "سيلوبي").GazetteerId, Assert.Single(places, p => p.Text == "شرناق").Country));
        Assert.Equal("TR", Assert.Single(places, p => p.Text == "جنوب شرقي البلاد").Country);
    }
}
