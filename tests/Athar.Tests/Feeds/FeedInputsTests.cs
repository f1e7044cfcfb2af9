using Athar.Feeds;
using Athar.Input;
using Athar.Tests.Cli;
using Microsoft.Extensions.Time.Testing;

namespace Athar.Tests.Feeds;

public sealed class FeedInputsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Requests_to_one_host_wait_their_turn_on_the_clock_and_other_hosts_do_not()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 2, 7, 0, 0, TimeSpan.Zero));
        var pacer = new HostPacer(TimeSpan.FromSeconds(2), time);
        await pacer.WaitTurnAsync(new Uri("http://a.example/feed"), CancellationToken.None);
        var second = pacer.WaitTurnAsync(new Uri("http://a.example/page"), CancellationToken.None);
        await pacer.WaitTurnAsync(new Uri("http://b.example/feed"), CancellationToken.None); // another host: at once
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void An_opml_file_names_its_feeds_and_a_bad_outline_is_reported_and_skipped()
    {
        var opml = _dir.File("feeds.opml", """
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0"><head><title>مصادري</title></head><body>
              <outline text="أخبار"><outline text="الشمال" type="rss" xmlUrl="https://north.example/rss.xml"/>
              <outline text="سيء" type="rss" xmlUrl="javascript:alert(1)"/></outline>
              <outline text="الجنوب" type="rss" xmlUrl="http://south.example/feed.atom"/>
            </body></opml>
            """);
        var log = new List<string>();
        var feeds = FeedList.Read([opml, "https://north.example/rss.xml"], log.Add);
        Assert.Equal(["https://north.example/rss.xml", "http://south.example/feed.atom"], feeds.Select(f => f.ToString()));
        Assert.Contains(log, l => l.Contains("javascript:alert(1)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x \"y\">]><opml><body><outline xmlUrl=\"https://a.example/&x;\"/></body></opml>")]
    [InlineData("<opml><body><outline xmlUrl=")]
    [InlineData("<opml><body><outline text=\"لا رابط\"/></body></opml>")]
    public void A_hostile_or_empty_opml_file_is_a_user_error(string content) =>
        Assert.Throws<UserInputException>(() => FeedList.Read([_dir.File("bad.opml", content)], _ => { }));

    [Theory]
    [InlineData("ftp://files.example/feed.xml")]
    [InlineData("https://user:pass@north.example/rss.xml")]
    [InlineData("no-such-file.opml")]
    public void Other_feed_arguments_are_user_errors(string argument) =>
        Assert.Throws<UserInputException>(() => FeedList.Read([argument], _ => { }));

    [Fact]
    public void Feed_text_is_decoded_by_its_declared_charset_strictly()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var arabic = System.Text.Encoding.GetEncoding(1256).GetBytes("<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss>خبر</rss>");
        var (text, note) = TextDecoding.Decode(arabic, null);
        Assert.Contains("خبر", text, StringComparison.Ordinal);
        Assert.Equal("decoded from windows-1256", note);
        Assert.Throws<FormatException>(() => TextDecoding.Decode([0x3C, 0xC3, 0x28], "utf-8"));
        Assert.Throws<FormatException>(() => TextDecoding.Decode([0x3C, 0x41], "x-unknown-charset"));
    }

    [Theory]
    [InlineData("15m", 900)]
    [InlineData("90s", 90)]
    [InlineData("2h", 7200)]
    public void Durations_read_as_typed(string text, int seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), Durations.Parse(text, "--every"));

    [Theory]
    [InlineData("15")]
    [InlineData("-5m")]
    [InlineData("0m")]
    [InlineData("5y")]
    public void Other_durations_are_refused(string text) => Assert.Throws<UserInputException>(() => Durations.Parse(text, "--every"));
}
