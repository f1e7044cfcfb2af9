using System.Text.Json;

namespace Athar.Tests.Cli;

public class AnalyzeCommandTests
{
    [Fact]
    public void Seed_article_gives_valid_json_with_its_ten_hashtags_and_exact_spans()
    {
        var (code, stdout, stderr) = CliRunner.Run("analyze", CliRunner.SeedPath, "--published", "2020-09-20");
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var text = File.ReadAllText(CliRunner.SeedPath);
        Assert.Equal("2020-09-20", root.GetProperty("published").GetString());
        Assert.Equal("ar", root.GetProperty("language").GetString());
        var tags = root.GetProperty("hashtags").EnumerateArray().ToList();
        Assert.Equal(10, tags.Select(t => t.GetProperty("phrase").GetString()).Distinct().Count());
        foreach (var tag in tags)
        {
            var span = tag.GetProperty("span");
            var start = span.GetProperty("start").GetInt32();
            var end = span.GetProperty("end").GetInt32();
            Assert.Equal(tag.GetProperty("text").GetString(), text[start..end]);
        }
        Assert.Contains(tags, t => t.GetProperty("phrase").GetString() == "قوات سوريا الديمقراطية");
    }

    [Fact]
    public void Reads_utf8_with_a_byte_order_mark()
    {
        using var dir = new TempDir();
        var path = dir.File("bom.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes("قتل ثلاثة عناصر في #الرقة")]);
        var (code, stdout, _) = CliRunner.Run("analyze", path);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(25, json.RootElement.GetProperty("length").GetInt32());
    }

    [Fact]
    public void Missing_file_is_a_user_error_with_one_line_and_no_stack_trace()
    {
        var (code, stdout, stderr) = CliRunner.Run("analyze", "/no/such/article.txt");
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Equal("athar: file not found: /no/such/article.txt", stderr.Trim());
    }

    [Fact]
    public void Binary_input_is_refused()
    {
        using var dir = new TempDir();
        var (code, _, stderr) = CliRunner.Run("analyze", dir.File("image.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]));
        Assert.Equal(2, code);
        Assert.Contains("binary", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_refused_with_a_hint()
    {
        using var dir = new TempDir();
        // «داعش» in Windows-1256
        var (code, _, stderr) = CliRunner.Run("analyze", dir.File("cp1256.txt", [0xCF, 0xC7, 0xDA, 0xD4, 0x20, 0xE1]));
        Assert.Equal(2, code);
        Assert.Contains("not valid UTF-8", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_and_the_limit_is_configurable()
    {
        using var dir = new TempDir();
        var path = dir.File("big.txt", new string('ب', 3000));
        var (code, _, stderr) = CliRunner.Run("analyze", path, "--max-size", "2KB");
        Assert.Equal(2, code);
        Assert.Contains("limit", stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("analyze", path, "--max-size", "10KB").Code);
    }

    [Theory]
    [InlineData("20-09-2020")]
    [InlineData("2020-13-01")]
    [InlineData("yesterday")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void Bad_published_date_is_a_user_error(string published)
    {
        var (code, _, stderr) = CliRunner.Run("analyze", CliRunner.SeedPath, "--published", published);
        Assert.Equal(2, code);
        Assert.StartsWith("athar: invalid --published", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_and_missing_input_are_user_errors()
    {
        Assert.Equal(2, CliRunner.Run("analyze", CliRunner.SeedPath, "--colour", "red").Code);
        Assert.Equal(2, CliRunner.Run("analyze").Code);
        Assert.Equal(2, CliRunner.Run("analyze", CliRunner.SeedPath, "--format", "xml").Code);
    }

    [Fact]
    public void A_directory_is_not_an_article()
    {
        using var dir = new TempDir();
        var (code, _, stderr) = CliRunner.Run("analyze", dir.Path);
        Assert.Equal(2, code);
        Assert.Contains("directory", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_pages_are_reduced_to_their_article_text_title_and_date()
    {
        using var dir = new TempDir();
        const string html = """
            <!DOCTYPE html><html lang="ar" dir="rtl"><head><title>غارة على ريف إدلب</title>
            <meta property="article:published_time" content="2023-10-22T09:00:00Z"></head>
            <body><nav><a href="/">الرئيسية</a></nav><article><h1>غارة على ريف إدلب</h1>
            <p>استهدفت طائرة مسيرة سيارة في ريف إدلب الجنوبي صباح اليوم، ما أسفر عن مقتل ثلاثة أشخاص وإصابة آخرين بجروح متفاوتة.</p>
            <p>وقال ناشطون إن الطائرة حلقت لساعات فوق المنطقة قبل أن تستهدف السيارة على الطريق الرئيسي بين القريتين.</p>
            <script>alert('x')</script></article><footer>جميع الحقوق محفوظة</footer></body></html>
            """;
        var (code, stdout, stderr) = CliRunner.Run("analyze", dir.File("page.html", html));
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("غارة على ريف إدلب", root.GetProperty("title").GetString());
        Assert.Equal("2023-10-22", root.GetProperty("published").GetString());
        Assert.Contains(root.GetProperty("numbers").EnumerateArray(), n => n.GetProperty("value").GetDouble() == 3);
    }

    [Fact]
    public void Table_format_prints_a_readable_summary()
    {
        var (code, stdout, _) = CliRunner.Run("analyze", CliRunner.SeedPath, "--format", "table");
        Assert.Equal(0, code);
        Assert.Contains("hashtags (10)", stdout, StringComparison.Ordinal);
        Assert.Contains("#قوات_سوريا_الديمقراطية", stdout, StringComparison.Ordinal);
    }
}
