using Athar.Corpus.Ingest;
using Athar.Input;
using Athar.Tests.Cli;

namespace Athar.Tests.Corpus;

public class ArticleSourcesTests
{
    private static readonly ArticleSources Sources = new(InputLimits.Default);

    [Fact]
    public void A_jsonl_batch_gives_one_article_per_line_and_reports_bad_lines_by_number()
    {
        using var dir = new TempDir();
        var path = dir.File("batch.jsonl", string.Join('\n',
            """{"id": "a1", "text": "قصف مدفعي على قرى شمال منبج", "published": "2022-11-24", "url": "https://example.org/a1", "title": "قصف"}""",
            "",
            """{"id": "a2", "published": "2022-11-24"}""",
            "not json",
            """{"text": "اشتباكات في ريف دير الزور الشرقي", "published": "24/11/2022"}""",
            """{"id": 7, "text": "اعتقلت قوات الأمن ثلاثة مشتبهين"}"""));
        var items = Sources.Read(path).ToList();
        Assert.Equal(5, items.Count);
        var first = items[0].Article!;
        Assert.Equal(("a1", "https://example.org/a1", "قصف"), (first.Info.Id, first.Info.Url, first.Info.Title));
        Assert.Equal(new DateOnly(2022, 11, 24), first.Info.Published);
        Assert.Equal($"{path}:3", items[1].Origin);
        Assert.Contains("text", items[1].Error, StringComparison.Ordinal);
        Assert.NotNull(items[2].Error);
        Assert.Contains("published", items[3].Error, StringComparison.Ordinal);
        Assert.Equal("7", items[4].Article!.Info.Id);
    }

    [Fact]
    public void A_gold_shaped_json_file_is_read_as_its_text_with_its_id_date_and_url()
    {
        using var dir = new TempDir();
        var path = dir.File("dev-x.json", """
            {"id": "dev-x", "url": "https://example.org/x", "published": "2019-12-08",
             "text": "غارات جوية على ريف إدلب الجنوبي", "events": [{"type": "air_strike"}]}
            """);
        var article = Sources.Read(path).Single().Article!;
        Assert.Equal("غارات جوية على ريف إدلب الجنوبي", article.Text);
        Assert.Equal(("dev-x", new DateOnly(2019, 12, 8)), (article.Info.Id, article.Info.Published));
    }

    [Fact]
    public void An_rss_feed_gives_one_article_per_item_with_headline_first_and_no_markup()
    {
        using var dir = new TempDir();
        var path = dir.File("feed.xml", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>أخبار</title>
              <item><title>مقتل قيادي في داعش بريف دير الزور</title><link>https://example.org/1</link>
                <guid>news-1</guid><pubDate>Wed, 30 Aug 2023 10:00:00 GMT</pubDate>
                <description><![CDATA[<p>قُتل قيادي في تنظيم داعش <b>باشتباك</b> مع قوات الأمن.</p><script>alert(1)</script>]]></description></item>
              <item><title>قصف على منبج</title><link>https://example.org/2</link><description>أصيب ثلاثة مدنيين.</description></item>
            </channel></rss>
            """);
        var items = Sources.Read(path).ToList();
        Assert.Equal(2, items.Count);
        var first = items[0].Article!;
        Assert.StartsWith("مقتل قيادي في داعش بريف دير الزور\nقُتل قيادي في تنظيم داعش باشتباك مع قوات الأمن.", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", first.Text, StringComparison.Ordinal);
        Assert.Equal(("news-1", "https://example.org/1", new DateOnly(2023, 8, 30)), (first.Info.Id, first.Info.Url, first.Info.Published));
        Assert.Equal($"{path}#2", items[1].Origin);
    }

    [Fact]
    public void An_atom_feed_is_read_too()
    {
        using var dir = new TempDir();
        var path = dir.File("feed.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title><id>urn:x</id><updated>2023-10-22T00:00:00Z</updated>
              <entry><title>غارة تركية على القامشلي</title><id>urn:x:1</id><updated>2023-10-22T08:00:00Z</updated>
                <link href="https://example.org/q"/><content type="html">&lt;p&gt;استهدفت مسيّرة تركية موقعاً في القامشلي.&lt;/p&gt;</content></entry>
            </feed>
            """);
        var article = Sources.Read(path).Single().Article!;
        Assert.Equal("غارة تركية على القامشلي\nاستهدفت مسيّرة تركية موقعاً في القامشلي.", article.Text);
        Assert.Equal("https://example.org/q", article.Info.Url);
    }

    [Fact]
    public void An_html_page_is_read_through_its_main_text()
    {
        using var dir = new TempDir();
        var path = dir.File("page.html", """
            <!doctype html><html><head><title>اشتباكات في دير الزور</title></head><body><nav>الرئيسية</nav>
            <article><h1>اشتباكات في دير الزور</h1><p>اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية ومقاتلين من العشائر في ريف دير الزور الشرقي، ما أدى إلى مقتل خمسة مقاتلين على الأقل، وفق ما أفاد المرصد.</p>
            <p>وتأتي الاشتباكات بعد أيام من اعتقال قائد مجلس دير الزور العسكري في مدينة الحسكة، بحسب مصادر محلية تحدثت للموقع.</p></article></body></html>
            """);
        var article = Sources.Read(path).Single().Article!;
        Assert.Contains("اندلعت اشتباكات عنيفة", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_searched_recursively_for_article_files_and_other_files_are_counted()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub", "deeper"));
        dir.File("a.txt", "نص");
        dir.File(Path.Combine("sub", "b.json"), "{}");
        dir.File(Path.Combine("sub", "deeper", "c.jsonl"), "");
        dir.File(Path.Combine("sub", "photo.jpg"), [0xFF, 0xD8]);
        var listed = ArticleSources.List([dir.Path, Path.Combine(dir.Path, "missing")]);
        Assert.Equal(["a.txt", "b.json", "c.jsonl"], listed.Files.Select(Path.GetFileName));
        Assert.Equal(1, listed.SkippedOtherTypes);
        Assert.Single(listed.Missing);
    }

    [Fact]
    public void Binary_oversized_and_malformed_files_are_errors_not_crashes()
    {
        using var dir = new TempDir();
        var binary = dir.File("x.txt", [0x00, 0x01, 0x02, 0xFF]);
        var badJson = dir.File("x.json", "{ \"text\": ");
        var notArticle = dir.File("y.json", "[1, 2]");
        var badFeed = dir.File("z.rss", "<rss><channel><item><title>بلا نهاية");
        var big = dir.File("big.txt", new string('ب', 2000));
        Assert.NotNull(Sources.Read(binary).Single().Error);
        Assert.NotNull(Sources.Read(badJson).Single().Error);
        Assert.NotNull(Sources.Read(notArticle).Single().Error);
        Assert.All(Sources.Read(badFeed), i => Assert.NotNull(i.Error));
        Assert.Contains("limit", new ArticleSources(new InputLimits(1000)).Read(big).Single().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_a_batch_fails_its_line_alone()
    {
        using var dir = new TempDir();
        var good = System.Text.Encoding.UTF8.GetBytes("""{"id": "ok", "text": "قصف على منبج"}""" + "\n");
        var after = System.Text.Encoding.UTF8.GetBytes("""{"id": "after", "text": "غارة على القامشلي"}""");
        var path = dir.File("mixed.jsonl", [0xEF, 0xBB, 0xBF, .. good, 0xC3, 0x28, (byte)'\n', .. after]);
        var items = Sources.Read(path).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("ok", items[0].Article!.Info.Id);
        Assert.Contains("line 2 is not valid UTF-8", items[1].Error, StringComparison.Ordinal);
        Assert.Equal("after", items[2].Article!.Info.Id);
    }
}
