using Athar.Time;
using static Athar.Tests.Time.DateTestKit;

namespace Athar.Tests.Time;

/// <summary>Counts, model names, phone numbers, ordinals and words that look like month or day names are not dates.</summary>
public class NotDatesTests
{
    [Theory]
    [InlineData("قُتل 15 عنصراً من التنظيم في الاشتباكات")]
    [InlineData("اعتقلت القوات ثلاثة قياديين في قرية كفر جنة")]
    [InlineData("استهدفت صواريخ من نوع R9X سيارة القيادي")]
    [InlineData("حلقت مروحية من طراز UH-60 بلاك هوك فوق القاعدة")]
    [InlineData("للتواصل مع المكتب: 0933-123-456")]
    [InlineData("رقم الهاتف +963 11 2233445")]
    [InlineData("وبما أن الرجل الأول في التنظيم نجح بالتسلل")]
    [InlineData("لا يُعرف مصير قيادات الصف الأول فيه")]
    [InlineData("قال تشرين العلي إن الوضع هادئ")]
    [InlineData("مارس الضغط على الحكومة لإطلاق سراح المعتقلين")]
    [InlineData("القتيل أب لثلاثة أطفال")]
    [InlineData("قال الأمين العام الحالي للحزب إن الحوار متوقف")]
    [InlineData("استقال المدعي العام الماضي في منصبه")]
    [InlineData("يشار إلى أن اليوم السادس من المعركة شهد أعنف المواجهات")]
    [InlineData("وما زالوا يعيشون هناك حتى اليوم")]
    [InlineData("صدر حكم بالسجن 5 سنوات بحق المتهم")]
    [InlineData("صرح رمضان قديروف بأن قواته جاهزة")]
    [InlineData("تصاعد الخلاف بين الاثنين بعد الانتخابات")]
    [InlineData("في غضون 24 ساعة من انتهاء المهلة")]
    [InlineData("انتهت المباراة بنتيجة 3-1")]
    [InlineData("فرقة المشاة الـ21 مع عدد من المقاتلين")]
    [InlineData("قضى ليلة كاملة في الحجز قبل الإفراج عنه")]
    [InlineData("هل أعجبك المحتوى وتريد المزيد منه؟ الأكثر قراءة")]
    [InlineData("منذ ذلك الوقت قُتل من قُتل من عناصر التنظيم")]
    [InlineData("تتراجع قدرات المعارضة يوماً بعد يوم")]
    [InlineData("تصاعدت الهجمات بعد خمس سنوات على سقوط المدينة")]
    [InlineData("قال المراقب العام السابق للجماعة إن الحوار توقف")]
    public void Finds_no_date(string sentence)
    {
        var found = Dates(sentence, "2020-09-20");
        Assert.True(found.Count == 0, "found: " + string.Join(" | ", found.Select(d => $"«{d.Text}»")));
    }

    [Fact]
    public void A_day_the_month_does_not_have_is_never_given_as_a_day()
    {
        var found = Dates("ادعى البيان أن الهجوم وقع في 31 نيسان 2019", "2020-09-20");
        Assert.DoesNotContain(found, d => d.Precision == DatePrecision.Day);
    }

    [Fact]
    public void Hostile_text_gives_no_crash_and_spans_inside_the_text()
    {
        var text = string.Concat(Enumerable.Repeat("١٩/٩٩/٢٠٢٠ 99999999999 مارس 0/0/0 الـ الـ من من قبل ذلك ب عام 99999 هـ ليلة ", 200));
        foreach (var d in Dates(text, "2020-09-20"))
            Assert.Equal(d.Text, text[d.Span.Start..d.Span.End]);
    }
}
