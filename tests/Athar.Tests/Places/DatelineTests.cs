using Athar.Places;
using static Athar.Tests.Places.BuiltInPlaces;

namespace Athar.Tests.Places;

/// <summary>The desk's city in a dateline or byline is marked, so that it is not taken for an incident's site.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("انفجار في الموصل\nبغداد، العراق (CNN)-- أعلنت الشرطة العراقية مقتل ثلاثة أشخاص بانفجار في الموصل", "بغداد")]
    [InlineData("انفجار في الموصل\nبغداد، العراق (CNN)-- أعلنت الشرطة العراقية مقتل ثلاثة أشخاص بانفجار في الموصل", "العراق")]
    [InlineData("اعتقالات في تركيا\nأنقرة / أحمد يلماز / الأناضول أوقفت الشرطة التركية 12 مشتبها في ولاية وان", "أنقرة")]
    [InlineData("استعادة قرى في الأنبار\nالأنبار(العراق)/محمد الدليمي/ الأناضول استعادت القوات العراقية 4 قرى غرب الرمادي", "الأنبار")]
    [InlineData("قصف على ريف إدلب\nوكالة الأخبار - إدلب\nقصفت الطائرات الحربية بلدة سراقب صباح اليوم", "إدلب")]
    [InlineData("تفجير في كركوك\nالمدى برس / كركوك:أعلنت الشرطة مقتل شخصين بتفجير عبوة في قضاء داقوق", "كركوك")]
    public void A_place_in_a_dateline_is_marked(string text, string desk)
    {
        var places = Finder.Find(text);
        Assert.Contains(places, p => p.Text == desk && p.Dateline);
        Assert.False(places[0].Dateline, "the headline's place");
        Assert.False(places[^1].Dateline, "the body's place");
    }

    [Theory]
    [InlineData("سوريا: مقتل خمسة مدنيين بقصف على إدلب")]
    [InlineData("حلب - قصف مكثف على الأحياء الشرقية للمدينة صباح اليوم")]
    [InlineData("مقتل جنود\nوشهدت العاصمة، بغداد، في 18 مايو/أيار الماضي، قصفا بصاروخين على المنطقة الخضراء")]
    [InlineData("قال مصدر أمني في كركوك إن الشرطة اعتقلت مطلوبين في داقوق")]
    public void A_headline_or_a_sentence_is_no_dateline(string text) =>
        Assert.All(Finder.Find(text), p => Assert.False(p.Dateline, p.Text));
}
