using System.Xml.Linq;
using Athar.Attribution;
using Athar.Corpus;
using Athar.Places;
using Athar.Time;
using Athar.Watch;
using Athar.Watch.Render;

namespace Athar.Tests.Watch;

public sealed class DigestRenderingTests
{
    private static Digest Hostile(string sentence, string url) => new(
        "list<1>", "actor=<script>", new DateTimeOffset(2024, 5, 2, 7, 0, 0, TimeSpan.Zero), 3, 9,
        [
            new DigestItem(DigestItemKind.NewClaim, "moved", new EventDates(new DateOnly(2024, 4, 21), new DateOnly(2024, 4, 30), DatePrecision.MonthPart),
                new EventPlace("Jarabulus", "جرابلس", "SY", "Aleppo", 36.8, 38.0, PlacePrecision.Town, "gaz:1"), Certainty.Speculative, "<b>x</b>", null, 1, 1,
                [new DigestSource(7, "<img src=x onerror=alert(1)>", url, "evil.example", null, sentence)]),
        ])
    { Id = 4 };

    [Fact]
    public void Html_encodes_every_value_links_only_http_and_sets_the_direction_of_each_sentence()
    {
        var html = DigestHtml.Fragment(Hostile("قال <script>alert(1)</script> المصدر", "javascript:alert(1)"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote dir=\"rtl\" lang=\"ar\">قال &lt;script&gt;", html, StringComparison.Ordinal);
        var english = DigestHtml.Fragment(Hostile("Sources said he moved to Jarablus.", "https://ok.example/a?b=1&c=2"));
        Assert.Contains("<blockquote dir=\"ltr\" lang=\"en\">", english, StringComparison.Ordinal);
        Assert.Contains("href=\"https://ok.example/a?b=1&amp;c=2\"", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_parses_back_with_a_stable_entry_id_and_the_digest_as_html()
    {
        using var buffer = new MemoryStream();
        var digest = Hostile("قال المصدر إنه انتقل إلى جرابلس.", "https://ok.example/a");
        DigestAtom.Write("Athar: list<1>", DigestAtom.FeedId(digest.WatchList), new Uri("http://127.0.0.1:5080/api/watchlists/x/feed.atom"), [digest], digest.Made, buffer);
        buffer.Position = 0;
        var feed = XDocument.Load(buffer);
        XNamespace a = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(a + "entry"));
        Assert.Equal("urn:athar:watch:list%3C1%3E:digest:4", entry.Element(a + "id")!.Value);
        Assert.Equal("2024-05-02T07:00:00Z", entry.Element(a + "updated")!.Value);
        Assert.Equal("html", entry.Element(a + "content")!.Attribute("type")!.Value);
        Assert.Contains("قال المصدر إنه انتقل إلى جرابلس.", entry.Element(a + "content")!.Value, StringComparison.Ordinal);
        var parsed = CodeHollow.FeedReader.FeedReader.ReadFromString(feed.ToString());
        Assert.Single(parsed.Items);
    }

    [Fact]
    public void Text_names_the_section_the_dates_the_place_and_the_source()
    {
        var text = DigestText.Of(Hostile("قال المصدر إنه انتقل إلى جرابلس.", "https://ok.example/a"));
        Assert.Contains("== New whereabouts claims ==", text, StringComparison.Ordinal);
        Assert.Contains("2024-04-21 – 2024-04-30 · Jarabulus (جرابلس), SY · town · moved · speculative", text, StringComparison.Ordinal);
        Assert.Contains("«قال المصدر إنه انتقل إلى جرابلس.»", text, StringComparison.Ordinal);
        Assert.Contains("— evil.example, https://ok.example/a", text, StringComparison.Ordinal);
    }
}
