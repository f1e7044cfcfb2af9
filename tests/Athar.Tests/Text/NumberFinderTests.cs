using Athar.Text;

namespace Athar.Tests.Text;

public class NumberFinderTests
{
    private static List<NumberMention> Find(string text) => new NumberFinder().Find(text, Tokenizer.Tokenize(text));

    [Theory]
    [InlineData("قتل ثلاثة عناصر", 3)]
    [InlineData("أصيب ثلاث نساء", 3)]
    [InlineData("اعتقال اثنين من المطلوبين", 2)]
    [InlineData("قتل اثنا عشر مدنياً", 12)]
    [InlineData("سقوط خمسة عشر قتيلاً", 15)]
    [InlineData("تسعة عشر جريحاً", 19)]
    [InlineData("عشرون عنصراً", 20)]
    [InlineData("خمسة وعشرون مقاتلاً", 25)]
    [InlineData("مئة وخمسين رصاصة", 150)]
    [InlineData("مائتين وثلاثة أشخاص", 203)]
    [InlineData("ثلاثمئة عائلة", 300)]
    [InlineData("ثلاث مئة عائلة", 300)]
    [InlineData("ثلاثة آلاف نازح", 3000)]
    [InlineData("ألف وخمسمئة مقاتل", 1500)]
    [InlineData("بثلاثة صواريخ", 3)]
    [InlineData("إحدى عشرة امرأة", 11)]
    public void Reads_cardinal_number_words(string text, double value)
    {
        var n = Assert.Single(Find(text));
        Assert.Equal(value, n.Value);
        Assert.Equal(NumberKind.Cardinal, n.Kind);
    }

    [Theory]
    [InlineData("في التاسع عشر من آذار", 19, "التاسع عشر")]
    [InlineData("في الحادي والثلاثين من كانون الأول", 31, "الحادي والثلاثين")]
    [InlineData("في السابع من ديسمبر", 7, "السابع")]
    [InlineData("في العشرين من الشهر الجاري", 20, "العشرين")]
    [InlineData("في الحادي عشر من أيلول", 11, "الحادي عشر")]
    [InlineData("في الثالثة والعشرين من عمره", 23, "الثالثة والعشرين")]
    public void Reads_ordinals_up_to_thirty_one(string text, double value, string span)
    {
        var n = Find(text).First(m => m.Kind == NumberKind.Ordinal);
        Assert.Equal(value, n.Value);
        Assert.Equal(span, n.Text);
    }

    [Theory]
    [InlineData("سقوط عشرات القتلى", 20, 99)]
    [InlineData("بات المئات من العناصر محاصرين", 200, 999)]
    [InlineData("قادوا آلاف المقاتلين", 2000, 9999)]
    [InlineData("بضعة أشخاص", 3, 9)]
    public void Vague_quantities_carry_a_range(string text, double min, double max)
    {
        var n = Assert.Single(Find(text));
        Assert.Equal(NumberKind.Vague, n.Kind);
        Assert.Equal(min, n.Value);
        Assert.Equal(max, n.Max);
    }

    [Theory]
    [InlineData("قتل 50 شخصاً", 50)]
    [InlineData("نزوح ٥٦٤٠ عراقياً", 5640)]
    [InlineData("أكثر من 1,500 عنصر", 1500)]
    [InlineData("قتل ضابط و(4) جنود", 4)]
    [InlineData("نحو 3 آلاف مقاتل", 3000)]
    public void Reads_digits_in_both_scripts(string text, double value) =>
        Assert.Equal(value, Assert.Single(Find(text)).Value);

    [Theory]
    [InlineData("نُشر في 16.03.2025")]
    [InlineData("الإصدار 10.0.1 من البرنامج")]
    public void Dotted_dates_and_versions_are_not_numbers_and_do_not_fail(string text) =>
        Assert.Empty(Find(text));

    [Theory]
    [InlineData("يوم الأحد الماضي")]
    [InlineData("فجر اليوم الاثنين")]
    [InlineData("يوم الخميس")]
    [InlineData("قرية الحادي")]
    public void Weekdays_and_lone_compound_parts_are_not_numbers(string text) =>
        Assert.Empty(Find(text));

    [Fact]
    public void Span_covers_the_whole_compound_and_maps_to_the_text()
    {
        const string text = "وبحوزته سلاح رشاش، وخمسة مخازن، ومئة وخمسين رصاصة";
        var numbers = Find(text);
        Assert.Equal(["وخمسة", "ومئة وخمسين"], numbers.Select(n => n.Text));
        Assert.All(numbers, n => Assert.Equal(n.Text, text[n.Span.Start..n.Span.End]));
    }
}
