using System.Net;
using Athar.Tests.Watch;

namespace Athar.Tests.Feeds;

/// <summary>
/// Feeds and article pages written for these tests in the style of Arabic news sites (no outlet's text): a
/// full-text RSS feed, a feed of summaries whose pages hold the articles, and an Atom feed in windows-1256.
/// </summary>
internal static class FeedFixtures
{
    public sealed record Item(string Slug, string Title, string Text, string Published);

    private const string Closing =
        "\nوأضافت المصادر أن الأهالي في المنطقة يعيشون حالة من القلق منذ أسابيع، في ظل تكرار الحوادث الأمنية وغياب أي جهة تتولى التحقيق فيها أو تعويض المتضررين.";

    public static readonly Item DeirEzzor = new("shuhail", "قيادي في داعش يتنقل في ريف دير الزور", WatchArticles.DeirEzzor + Closing, "Wed, 20 Mar 2024 08:00:00 GMT");
    public static readonly Item Manbij = new("manbij", "قصف مدفعي على قرى شمال منبج", WatchArticles.Manbij + Closing, "Thu, 02 May 2024 06:30:00 GMT");
    public static readonly Item Jarablus = new("jarablus", "مصادر: قيادي داعشي ينتقل إلى ريف حلب الشمالي", WatchArticles.Jarablus + Closing, "Thu, 02 May 2024 09:15:00 GMT");

    public static readonly Item Daraa = new("daraa", "اشتباكات ليلية في ريف درعا الغربي",
        "اشتباكات ليلية في ريف درعا الغربي\n" +
        "اندلعت اشتباكات عنيفة، ليل الثلاثاء، بين مجموعات محلية مسلحة وقوات النظام السوري على أطراف بلدة طفس في ريف درعا الغربي، استمرت لساعات، وفق ما أفاد ناشطون.\n" +
        "وقال الناشطون إن الاشتباكات أسفرت عن مقتل عنصرين من قوات النظام وإصابة آخرين، فيما أغلقت المحال التجارية أبوابها في البلدة صباح اليوم التالي.",
        "Wed, 01 May 2024 07:00:00 GMT");

    public static readonly Item AlBab = new("al-bab", "انفجار عبوة ناسفة في مدينة الباب",
        "انفجار عبوة ناسفة في مدينة الباب\n" +
        "انفجرت عبوة ناسفة مزروعة في سيارة مدنية، ظهر الأربعاء، وسط مدينة الباب في ريف حلب الشرقي، ما أدى إلى إصابة أربعة مدنيين بجروح متفاوتة، بحسب الدفاع المدني.\n" +
        "ولم تتبنّ أي جهة التفجير حتى الآن، فيما فرضت الشرطة المحلية طوقاً أمنياً حول المكان وبدأت التحقيق في الحادثة.",
        "Wed, 01 May 2024 12:00:00 GMT");

    /// <summary>RSS 2.0 with each article whole in content:encoded.</summary>
    public static string FullRss(Uri site, IEnumerable<Item> items) => Rss(site, items.Select(i =>
        $"<item><title>{E(i.Title)}</title><link>{Link(site, i)}</link><guid>{Link(site, i)}</guid><pubDate>{i.Published}</pubDate>" +
        $"<description>{E(i.Text[..80])}</description><content:encoded><![CDATA[{string.Join("", i.Text.Split('\n').Select(p => $"<p>{E(p)}</p>"))}]]></content:encoded></item>"));

    /// <summary>RSS 2.0 with a one-line summary per item: the article is on its page.</summary>
    public static string SummaryRss(Uri site, IEnumerable<Item> items) => Rss(site, items.Select(i =>
        $"<item><title>{E(i.Title)}</title><link>{Link(site, i)}</link><pubDate>{i.Published}</pubDate><description>{E(i.Title)}</description></item>"));

    /// <summary>An article page as a news site serves it: navigation, the article, a footer.</summary>
    public static string Page(Item item) => $"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{E(item.Title)} | شبكة الشمال</title>
        <meta property="article:published_time" content="2024-05-01T07:00:00Z"></head>
        <body><nav><a href="/">الرئيسية</a> | <a href="/news">أخبار</a> | <a href="/reports">تقارير</a></nav>
        <main><article><h1>{E(item.Title)}</h1>
        {string.Join("\n", item.Text.Split('\n').Skip(1).Select(p => $"<p>{E(p)}</p>"))}
        </article></main>
        <footer>جميع الحقوق محفوظة لشبكة الشمال الإخبارية (موقع تجريبي للاختبارات)</footer></body></html>
        """;

    /// <summary>An Atom feed, to be served in windows-1256 (an older Arabic site).</summary>
    public static string Atom(Uri site, Item item) => $"""
        <?xml version="1.0" encoding="windows-1256"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>موقع قديم</title><id>{site}old</id><updated>2024-05-01T12:00:00Z</updated>
        <entry><title>{E(item.Title)}</title><id>{Link(site, item)}</id><link href="{Link(site, item)}"/><updated>2024-05-01T12:00:00Z</updated>
        <content type="html">{E(string.Join("", item.Text.Split('\n').Select(p => $"<p>{p}</p>")))}</content></entry></feed>
        """;

    public static string Link(Uri site, Item item) => new Uri(site, $"articles/{item.Slug}.html").ToString();

    private static string Rss(Uri site, IEnumerable<string> items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>شبكة الشمال الإخبارية</title><link>{site}</link><description>أخبار تجريبية للاختبارات</description>
        {string.Join("\n", items)}
        </channel></rss>
        """;

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
