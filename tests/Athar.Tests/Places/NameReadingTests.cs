using Athar.Places;
using static Athar.Tests.Places.BuiltInPlaces;

namespace Athar.Tests.Places;

/// <summary>Which words after a cue are names, and names the sources lack in Arabic.</summary>
public class NameReadingTests
{
    [Theory]
    [InlineData("اقتادوهم إلى مناطق سيطرته بريف حماة الشرقي", "سيطرته")]
    [InlineData("الهدوء الذي شهدته مناطق انتشاره جنوبي دمشق", "انتشاره")]
    public void A_plural_area_cue_before_an_indefinite_noun_names_nothing(string text, string word) =>
        Assert.DoesNotContain(Finder.Find(text), p => p.Text.Contains(word, StringComparison.Ordinal));

    [Fact]
    public void A_plural_area_cue_still_names_a_definite_place()
    {
        var places = Finder.Find("قصفت الطائرات مناطق الغوطة الشرقية");
        Assert.Contains(places, p => p.Text.Contains("الغوطة الشرقية", StringComparison.Ordinal));
    }

    [Fact]
    public void Karak_is_the_jordanian_city()
    {
        var karak = Single("تحصن مسلحون في قلعة الكرك جنوبي الأردن", "الكرك");
        Assert.Equal(("6946409", "JO", PlacePrecision.City), (karak.GazetteerId, karak.Country, karak.Precision));
    }

    [Fact]
    public void Of_units_listed_coarse_to_fine_after_a_village_the_finest_holds_it()
    {
        var village = Single("سيطر التنظيم على قرية “المرجيحة”، التي تتبع إداريًا لمحافظة حلب ومنطقة جبل سمعان- ناحية تل الضمان، أمس", "المرجيحة");
        Assert.Equal(("Tall Ed-daman", PlacePrecision.Subdistrict, "تل الضمان"), (village.Name, village.Precision, village.Context?.Text));
    }
}
