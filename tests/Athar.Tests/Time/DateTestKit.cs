using System.Globalization;
using Athar.Text;
using Athar.Time;

namespace Athar.Tests.Time;

/// <summary>Runs the stages the dates stage reads (tokens, numbers) and the dates stage on a text.</summary>
internal static class DateTestKit
{
    private static readonly Pipeline Stages = new([new Tokenizer(), new NumberFinder(), new DateFinder()]);

    public static IReadOnlyList<DateMention> Dates(string text, string? published) =>
        Stages.Analyze(text, new DocumentInfo { Published = published is null ? null : Day(published) }).Layer<DateMention>();

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The one date whose text is <paramref name="text"/>; fails listing what was found.</summary>
    public static DateMention Find(string sentence, string? published, string text)
    {
        var all = Dates(sentence, published);
        var hits = all.Where(d => d.Text == text).ToList();
        Assert.True(hits.Count == 1, $"expected «{text}» once; found: {string.Join(" | ", all.Select(d => $"«{d.Text}»"))}");
        return hits[0];
    }

    public static void AssertResolves(string sentence, string published, string text, string start, string end, DatePrecision precision)
    {
        var d = Find(sentence, published, text);
        Assert.Equal((Day(start), Day(end), precision), (d.Start!.Value, d.End!.Value, d.Precision));
    }
}
