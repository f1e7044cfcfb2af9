using Athar.Time;
using static Athar.Tests.Time.DateTestKit;

namespace Athar.Tests.Time;

/// <summary>Dates counted from the publication date.</summary>
public class RelativeDateTests
{
    // 2023-08-30 is a Wednesday.
    private const string Wednesday = "2023-08-30";

    [Theory]
    [InlineData("تسببت اشتباكات أمس في مقتل 22 شخصاً", "أمس", "2023-08-29")]
    [InlineData("وأمس أعلنت الوزارة حظر التجوال", "أمس", "2023-08-29")]
    [InlineData("وكان القصف قد بدأ بالأمس على الأحياء الشرقية", "الأمس", "2023-08-29")]
    [InlineData("تسببت اشتباكات، أمس الثلاثاء، في مقتل مدنيين", "أمس الثلاثاء", "2023-08-29")]
    [InlineData("دارت اشتباكات، فجر اليوم الأربعاء، بين الطرفين", "فجر اليوم الأربعاء", "2023-08-30")]
    [InlineData("اختطف مسلحون، مساء الاثنين، ناشطاً من أمام منزله", "مساء الاثنين", "2023-08-28")]
    [InlineData("قال رئيس الوزراء أول أمس إن قواته قتلت القيادي", "أول أمس", "2023-08-28")]
    [InlineData("قال رئيس الوزراء أول من أمس إن قواته قتلت القيادي", "أول من أمس", "2023-08-28")]
    [InlineData("أعلنت السلطات اليوم رفع الحظر", "اليوم", "2023-08-30")]
    [InlineData("تعقد اللجنة اجتماعها غداً في جنيف", "غداً", "2023-08-31")]
    [InlineData("تبدأ المفاوضات يوم غد في أنقرة", "يوم غد", "2023-08-31")]
    [InlineData("هاجم مسلحون الثلاثاء حاجزاً للجيش", "الثلاثاء", "2023-08-29")]
    [InlineData("هاجم مسلحون الأربعاء حاجزاً للجيش", "الأربعاء", "2023-08-30")]
    [InlineData("قصفت المدفعية الخميس قريتين", "الخميس", "2023-08-24")]
    [InlineData("اعتُقل الأحد الماضي في مدينة الحسكة", "الأحد الماضي", "2023-08-27")]
    [InlineData("انفجرت سيارة الأربعاء الماضي وسط السوق", "الأربعاء الماضي", "2023-08-23")]
    [InlineData("تُعقد الجولة الجديدة الجمعة المقبلة", "الجمعة المقبلة", "2023-09-01")]
    [InlineData("قُتل خمسة جنود وأصيب آخرون، الإثنين، في هجوم شنه مسلحون", "الإثنين", "2023-08-28")]
    [InlineData("أعلن الجيش يوم الاثنين مقتل قيادي", "يوم الاثنين", "2023-08-28")]
    [InlineData("والخميس الماضي شيّع الأهالي القتلى", "الخميس الماضي", "2023-08-24")]
    public void Resolves_days_named_from_publication(string sentence, string text, string day) =>
        AssertResolves(sentence, Wednesday, text, day, day, DatePrecision.Day);

    [Theory]
    [InlineData("نفذت القوات عملية أمنية فجر اليوم في القرية", "فجر اليوم", "2023-08-30", "2023-08-30", "dawn")]
    [InlineData("سقطت قذائف صباح اليوم على الحي", "صباح اليوم", "2023-08-30", "2023-08-30", "morning")]
    [InlineData("شن التنظيم هجوماً في الساعات الأولى من أمس على الحاجز", "الساعات الأولى من أمس", "2023-08-29", "2023-08-29", "early-hours")]
    [InlineData("وصلت التعزيزات مساء الخميس الماضي", "مساء الخميس الماضي", "2023-08-24", "2023-08-24", "evening")]
    [InlineData("اندلعت الاشتباكات أمس مساءً في البلدة", "أمس مساءً", "2023-08-29", "2023-08-29", "evening")]
    [InlineData("أوقفت القوات القيادي في مدينة الحسكة ليل الأحد", "ليل الأحد", "2023-08-27", "2023-08-28", "night")]
    [InlineData("أحبط المجلس العسكري ليلة أمس محاولة تسلل", "ليلة أمس", "2023-08-29", "2023-08-30", "night")]
    [InlineData("دوت انفجارات الليلة الماضية في المدينة", "الليلة الماضية", "2023-08-29", "2023-08-30", "night")]
    public void Keeps_the_time_of_day_and_lets_a_night_run_into_the_next_day(string sentence, string text, string start, string end, string timeOfDay)
    {
        var d = Find(sentence, Wednesday, text);
        Assert.Equal((Day(start), Day(end), timeOfDay), (d.Start!.Value, d.End!.Value, d.TimeOfDay));
        Assert.Equal(start == end ? DatePrecision.Day : DatePrecision.Days, d.Precision);
    }

    [Fact]
    public void A_weekday_that_disagrees_with_the_relative_day_keeps_both_days()
    {
        // The paper is dated Wednesday; «أول أمس الأحد» was written the evening before, so Sunday and Monday are both kept.
        var d = Find("أطلقت القوات عملية أمنية أول أمس الأحد في ريف دير الزور", Wednesday, "أول أمس الأحد");
        Assert.Equal((Day("2023-08-27"), Day("2023-08-28"), DatePrecision.Days), (d.Start!.Value, d.End!.Value, d.Precision));
    }

    [Theory]
    [InlineData("قالت القيادة إن الضربة نُفذت في 13 مارس الجاري", "2025-03-15", "13 مارس الجاري", "2025-03-13")]
    [InlineData("في 29 أغسطس/آب الماضي قُتل ستة قادة", "2024-09-13", "29 أغسطس/آب الماضي", "2024-08-29")]
    [InlineData("نفذت القوات هجوماً يوم 28 سبتمبر في شمال سوريا", "2023-10-01", "يوم 28 سبتمبر", "2023-09-28")]
    [InlineData("وفي 20 أكتوبر/تشرين الأول استهدفت مسيرة سيارة عسكرية", "2023-10-22", "20 أكتوبر/تشرين الأول", "2023-10-20")]
    [InlineData("قالت قيادة العمليات اليوم، الجمعة 13 من أيلول، إن العملية انتهت", "2024-09-13", "اليوم، الجمعة 13 من أيلول", "2024-09-13")]
    [InlineData("نفذت اليوم الأحد 1 تشرين الأول/ أكتوبر عملية إنزال", "2023-10-01", "اليوم الأحد 1 تشرين الأول/ أكتوبر", "2023-10-01")]
    [InlineData("أُفرج عنه في 15 كانون الأول بعد وساطة", "2021-01-10", "15 كانون الأول", "2020-12-15")]
    [InlineData("ومنذ العشرين من الشهر الجاري تشن الطائرات غارات", "2022-11-24", "العشرين من الشهر الجاري", "2022-11-20")]
    [InlineData("اعتُقل في الخامس من الشهر الماضي", "2022-03-10", "الخامس من الشهر الماضي", "2022-02-05")]
    public void Resolves_day_and_month_without_year_against_publication(string sentence, string published, string text, string day) =>
        AssertResolves(sentence, published, text, day, day, DatePrecision.Day);

    [Theory]
    [InlineData("نُشر التقرير في كانون الثاني (يناير) الماضي", "2024-05-14", "كانون الثاني (يناير) الماضي", "2024-01-01", "2024-01-31", DatePrecision.Month)]
    [InlineData("قُتل في تموز الماضي", "2020-09-20", "تموز الماضي", "2020-07-01", "2020-07-31", DatePrecision.Month)]
    [InlineData("قُتل في تموز الماضي", "2020-07-15", "تموز الماضي", "2019-07-01", "2019-07-31", DatePrecision.Month)]
    [InlineData("جرت الانتخابات في أيار", "2020-09-20", "أيار", "2020-05-01", "2020-05-31", DatePrecision.Month)]
    [InlineData("جرت الانتخابات في نوفمبر", "2020-09-20", "نوفمبر", "2019-11-01", "2019-11-30", DatePrecision.Month)]
    [InlineData("صام الأسرى شهر رمضان في السجن", "2020-09-20", "شهر رمضان", "2020-04-24", "2020-05-23", DatePrecision.Month)]
    [InlineData("ارتفعت الأسعار الشهر الماضي", "2020-09-20", "الشهر الماضي", "2020-08-01", "2020-08-31", DatePrecision.Month)]
    [InlineData("تنتهي المهلة خلال الشهر الجاري", "2020-09-20", "الشهر الجاري", "2020-09-01", "2020-09-30", DatePrecision.Month)]
    [InlineData("قُتل ستة قادة في أواخر الشهر الماضي", "2024-09-13", "أواخر الشهر الماضي", "2024-08-21", "2024-08-31", DatePrecision.MonthPart)]
    [InlineData("شنتها في نهاية آب الماضي بمحافظة الأنبار", "2024-09-13", "نهاية آب الماضي", "2024-08-21", "2024-08-31", DatePrecision.MonthPart)]
    [InlineData("ألقي القبض عليه مطلع أيلول/سبتمبر من العام الجاري", "2020-09-20", "مطلع أيلول/سبتمبر من العام الجاري", "2020-09-01", "2020-09-10", DatePrecision.MonthPart)]
    [InlineData("تراجعت الهجمات العام الماضي", "2020-09-20", "العام الماضي", "2019-01-01", "2019-12-31", DatePrecision.Year)]
    [InlineData("تضاعفت الهجمات منذ بداية العام الحالي", "2020-09-20", "بداية العام الحالي", "2020-01-01", "2020-04-30", DatePrecision.YearPart)]
    [InlineData("سُجلت أربعون هجوماً هذا العام", "2020-09-20", "هذا العام", "2020-01-01", "2020-12-31", DatePrecision.Year)]
    [InlineData("عاد آلاف النازحين أواخر العام الماضي", "2020-09-20", "أواخر العام الماضي", "2019-09-01", "2019-12-31", DatePrecision.YearPart)]
    [InlineData("تراجعت الهجمات في النصف الثاني من العام الماضي", "2020-09-20", "النصف الثاني من العام الماضي", "2019-07-01", "2019-12-31", DatePrecision.YearPart)]
    [InlineData("نزح الآلاف الشتاء الماضي", "2020-09-20", "الشتاء الماضي", "2019-12-01", "2020-02-29", DatePrecision.YearPart)]
    [InlineData("قُتل قيادي الأسبوع الماضي في غارة", "2020-09-20", "الأسبوع الماضي", "2020-09-12", "2020-09-18", DatePrecision.Week)]
    [InlineData("تبدأ الجولة الأسبوع المقبل", "2020-09-20", "الأسبوع المقبل", "2020-09-26", "2020-10-02", DatePrecision.Week)]
    public void Resolves_months_years_and_weeks_against_publication(string sentence, string published, string text, string start, string end, DatePrecision precision) =>
        AssertResolves(sentence, published, text, start, end, precision);

    // 2019-01-09 is a Wednesday.
    [Theory]
    [InlineData("قُتل عنصران قبل يومين في كمين", "قبل يومين", "2019-01-07", "2019-01-07", DatePrecision.Day)]
    [InlineData("اختُطف منذ ثلاثة أيام على طريق المطار", "منذ ثلاثة أيام", "2019-01-06", "2019-01-06", DatePrecision.Day)]
    [InlineData("اختُطف منذ 3 أيام على طريق المطار", "منذ 3 أيام", "2019-01-06", "2019-01-06", DatePrecision.Day)]
    [InlineData("وسيطر مقاتلو التنظيم منذ 48 ساعة على عشرين قرية", "منذ 48 ساعة", "2019-01-07", "2019-01-09", DatePrecision.Days)]
    [InlineData("قُتل قبل أسبوع في قصف مدفعي", "قبل أسبوع", "2018-12-30", "2019-01-05", DatePrecision.Week)]
    [InlineData("وقبل أسبوعين، كشف الجيش عن عملية مشتركة", "قبل أسبوعين", "2018-12-23", "2018-12-29", DatePrecision.Week)]
    [InlineData("غادر المدينة قبل شهر", "قبل شهر", "2018-11-24", "2018-12-24", DatePrecision.Month)]
    [InlineData("سيطرت الهيئة خلال الـ24 ساعة الأخيرة على أربع قرى", "خلال الـ24 ساعة الأخيرة", "2019-01-08", "2019-01-09", DatePrecision.Days)]
    [InlineData("سيطرت الهيئة خلال الـ٢٤ ساعة الماضية على أربع قرى", "خلال الـ٢٤ ساعة الماضية", "2019-01-08", "2019-01-09", DatePrecision.Days)]
    [InlineData("قُتل عشرة أشخاص خلال الساعات الـ24 الماضية", "خلال الساعات الـ24 الماضية", "2019-01-08", "2019-01-09", DatePrecision.Days)]
    [InlineData("سيطرت خلال الأيام القليلة الماضية على عشرات القرى", "خلال الأيام القليلة الماضية", "2018-12-30", "2019-01-09", DatePrecision.Days)]
    [InlineData("تصاعد القصف خلال اليومين الماضيين", "خلال اليومين الماضيين", "2019-01-07", "2019-01-09", DatePrecision.Days)]
    [InlineData("وصلت التعزيزات قبل أيام إلى المدينة", "قبل أيام", "2018-12-30", "2019-01-07", DatePrecision.Days)]
    [InlineData("اعتُقل منذ بضعة أيام", "منذ بضعة أيام", "2018-12-31", "2019-01-06", DatePrecision.Days)]
    [InlineData("سقطت القذائف قبل ساعات على الحي", "قبل ساعات", "2019-01-08", "2019-01-09", DatePrecision.Days)]
    [InlineData("أُفرج عنه قبل 48 ساعة", "قبل 48 ساعة", "2019-01-07", "2019-01-07", DatePrecision.Days)]
    [InlineData("عاد إلى المدينة قبل نحو أسبوع", "قبل نحو أسبوع", "2018-12-30", "2019-01-05", DatePrecision.Week)]
    public void Resolves_distances_and_windows_from_publication(string sentence, string text, string start, string end, DatePrecision precision) =>
        AssertResolves(sentence, "2019-01-09", text, start, end, precision);

    [Theory]
    [InlineData("تسببت اشتباكات أمس في مقتل 22 شخصاً", "أمس", DatePrecision.Day)]
    [InlineData("قُتل في تموز الماضي", "تموز الماضي", DatePrecision.Month)]
    [InlineData("قالت القيادة إن الضربة نُفذت في 13 مارس", "13 مارس", DatePrecision.Day)]
    [InlineData("سيطرت الهيئة خلال الـ24 ساعة الأخيرة على أربع قرى", "خلال الـ24 ساعة الأخيرة", DatePrecision.Days)]
    [InlineData("هاجم مسلحون الثلاثاء حاجزاً للجيش", "الثلاثاء", DatePrecision.Day)]
    [InlineData("تراجعت الهجمات العام الماضي", "العام الماضي", DatePrecision.Year)]
    public void Without_a_publication_date_relative_dates_keep_their_text_and_no_interval(string sentence, string text, DatePrecision precision)
    {
        var d = Find(sentence, null, text);
        Assert.Equal((null, null, precision, DateKind.Relative), (d.Start, d.End, d.Precision, d.Kind));
    }
}
