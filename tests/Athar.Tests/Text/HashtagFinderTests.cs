using Athar.Text;

namespace Athar.Tests.Text;

public class HashtagFinderTests
{
    [Fact]
    public void Finds_a_hashtag_and_its_phrase_with_the_span_of_the_whole_tag()
    {
        const string text = "بعد سيطرة #قوات_سوريا_الديمقراطية، على البلدة";
        var tag = Assert.Single(HashtagFinder.Find(text));
        Assert.Equal("#قوات_سوريا_الديمقراطية", tag.Text);
        Assert.Equal("قوات سوريا الديمقراطية", tag.Phrase);
        Assert.Equal(tag.Text, text[tag.Span.Start..tag.Span.End]);
        Assert.Equal("قوات_سوريا_الديمقراطية", text[tag.PhraseSpan.Start..tag.PhraseSpan.End]);
    }

    [Fact]
    public void Reads_the_closing_hash_style_without_including_it()
    {
        var tags = HashtagFinder.Find("قصفت القوات #التركية# قريتين شمال #منبج# بالأسلحة الثقيلة");
        Assert.Equal(["#التركية", "#منبج"], tags.Select(t => t.Text));
    }

    [Theory]
    [InlineData("https://example.com/page#section")]
    [InlineData("العدد # 5")]
    [InlineData("#_")]
    [InlineData("#2019")]
    public void Ignores_anchors_and_hashes_without_words(string text) =>
        Assert.Empty(HashtagFinder.Find(text));

    [Fact]
    public void Trailing_underscores_and_punctuation_are_not_part_of_the_tag()
    {
        var tag = Assert.Single(HashtagFinder.Find("في #دير_الزور_، قال"));
        Assert.Equal("#دير_الزور", tag.Text);
        Assert.Equal("دير الزور", tag.Phrase);
    }

    [Fact]
    public void The_seed_article_has_ten_distinct_hashtags()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));
        var phrases = HashtagFinder.Find(text).Select(t => t.Phrase).Distinct().ToList();
        Assert.Equal(
            ["داعش", "قوات سوريا الديمقراطية", "التحالف الدولي", "الباغوز", "إدلب", "عفرين", "دير الزور", "الرقة", "تركيا", "اسطنبول"],
            phrases);
    }
}
