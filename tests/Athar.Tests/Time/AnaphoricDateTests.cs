using Athar.Time;
using static Athar.Tests.Time.DateTestKit;

namespace Athar.Tests.Time;

/// <summary>Dates counted from the previous date in the article: never more precise than a few days.</summary>
public class AnaphoricDateTests
{
    private const string Before = "سيطرت القوات على البلدة في 5 آذار 2019 بعد معارك عنيفة. ";

    [Theory]
    [InlineData("وفي اليوم التالي انسحب المقاتلون نحو البادية.", "اليوم التالي", "2019-03-06", "2019-03-06", DatePrecision.Days)]
    [InlineData("وبعد ذلك بيومين أعلنت الفصائل الهدنة.", "بعد ذلك بيومين", "2019-03-07", "2019-03-07", DatePrecision.Days)]
    [InlineData("وبعد يومين أعلنت الفصائل الهدنة.", "بعد يومين", "2019-03-07", "2019-03-07", DatePrecision.Days)]
    [InlineData("وقبل ذلك بثلاثة أيام قُصفت البلدة.", "قبل ذلك بثلاثة أيام", "2019-03-02", "2019-03-02", DatePrecision.Days)]
    [InlineData("وقبلها بأيام قُصفت البلدة.", "قبلها بأيام", "2019-02-23", "2019-03-03", DatePrecision.Days)]
    [InlineData("وفي اليوم نفسه قُتل قيادي.", "اليوم نفسه", "2019-03-05", "2019-03-05", DatePrecision.Days)]
    [InlineData("وصباح اليوم التالي دخلت الشرطة العسكرية.", "صباح اليوم التالي", "2019-03-06", "2019-03-06", DatePrecision.Days)]
    [InlineData("وفي الشهر التالي عاد النازحون.", "الشهر التالي", "2019-04-01", "2019-04-30", DatePrecision.Month)]
    public void Counts_from_the_previous_date(string sentence, string text, string start, string end, DatePrecision precision)
    {
        var d = Find(Before + sentence, "2020-01-01", text);
        Assert.Equal((Day(start), Day(end), precision, DateKind.Anaphoric), (d.Start!.Value, d.End!.Value, d.Precision, d.Kind));
        Assert.Equal(Before.IndexOf('5', StringComparison.Ordinal), d.Anchor!.Value.Start);
    }

    [Fact]
    public void A_few_days_before_early_september_is_the_days_just_before_it()
    {
        var text = "ألقت الشرطة القبض على أمير التنظيم مطلع أيلول/سبتمبر من العام الجاري. وقبل ذلك بأيام أعلنت مديرية الأمن توقيف عنصر.";
        var d = Find(text, "2020-09-20", "قبل ذلك بأيام");
        Assert.Equal((Day("2020-08-22"), Day("2020-09-08"), DatePrecision.Days), (d.Start!.Value, d.End!.Value, d.Precision));
    }

    [Fact]
    public void With_no_earlier_date_an_anaphoric_date_stays_unresolved()
    {
        var d = Find("وفي اليوم التالي انسحب المقاتلون.", "2020-09-20", "اليوم التالي");
        Assert.Equal((null, null, DateKind.Anaphoric, (Span?)null), (d.Start, d.End, d.Kind, d.Anchor));
    }

    [Fact]
    public void An_unresolved_previous_date_leaves_the_anaphoric_date_unresolved_rather_than_skipping_to_an_older_one()
    {
        var text = "قُتل القيادي في السابع من ديسمبر 2019. واعتُقل أمير التنظيم مطلع أيلول من العام الجاري. وقبل ذلك بأيام أوقفت الشرطة عنصراً.";
        var d = Find(text, null, "قبل ذلك بأيام");
        Assert.Equal((null, null), (d.Start, d.End));
        Assert.Equal(text.IndexOf("مطلع", StringComparison.Ordinal), d.Anchor!.Value.Start);
    }

    [Fact]
    public void A_distance_counted_from_a_named_event_is_not_a_date() =>
        Assert.Empty(Dates("وصلت التعزيزات بعد يومين من الهجوم، وقبل أسبوع من الانتخابات.", "2020-09-20"));
}
