using Athar.Time;
using static Athar.Tests.Time.DateTestKit;

namespace Athar.Tests.Time;

public class SeedDateTests
{
    [Fact]
    public void Resolves_the_seed_articles_dates()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));
        var dates = Dates(text, "2020-09-20");
        string Row(DateMention d) => $"{d.Text}|{d.Start:yyyy-MM-dd}|{d.End:yyyy-MM-dd}|{d.Precision}";
        Assert.Equal(
            [
                "التاسع عشر من آذار/ مارس 2019|2019-03-19|2019-03-19|Day",
                "أواخر تشرين الأول/أكتوبر 2019|2019-10-21|2019-10-31|MonthPart",
                "السابع من ديسمبر/ كانون الأول 2019|2019-12-07|2019-12-07|Day",
                "مطلع أيلول/سبتمبر من العام الجاري|2020-09-01|2020-09-10|MonthPart",
                "قبل ذلك بأيام|2020-08-22|2020-09-08|Days",
            ],
            dates.Select(Row));
        foreach (var d in dates)
            Assert.Equal(d.Text, text[d.Span.Start..d.Span.End]);
    }
}
