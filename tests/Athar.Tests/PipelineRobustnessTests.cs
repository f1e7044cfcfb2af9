using System.Text.Json;
using Athar.Output;
using FsCheck;
using FsCheck.Fluent;

namespace Athar.Tests;

/// <summary>Input is hostile: any mix of news words, digits, dates and punctuation goes through every stage.</summary>
public class PipelineRobustnessTests
{
    private static readonly Pipeline Pipeline = AtharPipeline.CreateDefault();

    // Words that wake every stage: dates, numbers, places, actors, triggers, cues, claims — and noise.
    private static readonly string[] Words =
    [
        "في", "أمس", "اليوم", "الأحد", "19", "آذار/", "مارس", "2019", "16.03.2025", "27/10/2019", "١٢", "٢٠٢١", "أواخر", "تشرين", "الأول",
        "قبل", "ذلك", "بأيام", "قصفت", "طائرة", "مسيرة", "تركية", "غارة", "اعتقلت", "القوات", "العراقية", "داعش", "قسد", "التنظيم",
        "مقتل", "ثلاثة", "و16", "قتلى", "بريف", "إدلب", "الشمالي", "قرية", "باريشا", "الباب", "حلب", "هناك", "فرّوا", "إلى", "العراق",
        "وقال", "مصدر", "إن", "بحسب", "يُرجّح", "نفت", "لم", "#دير_الزور", "“", "”", "«", "»", "(", ")", "،", ".", "؟", "\n", "ـ", "R9X",
        "أبو", "بكر", "المدعو", "كل", "من", "على", "ضد", "لاعتقاله", "عملية", "أمنية", "x", "#", "_",
        "2019", "سنة", "رمضان", "1441", "هـ", "2000000000", "مدني", "و2000000000", "12345678901234567890123", "قتيل",
    ];

    // The edges of the accepted publication range, and ordinary days
    private static readonly DateOnly[] Published = [new(1800, 1, 1), new(2200, 12, 31), new(2020, 9, 20), new(2024, 2, 29)];

    [Fact]
    public void Any_mix_of_news_words_is_analysed_into_valid_json_with_exact_spans()
    {
        var arb = Gen.Elements(Words).ArrayOf().Select(w => string.Join(' ', w))
            .Zip(Gen.Elements(Published)).ToArbitrary();
        Prop.ForAll(arb, input =>
        {
            var (text, published) = input;
            var doc = Pipeline.Analyze(text, new DocumentInfo { Published = published });
            using var json = JsonDocument.Parse(ResultJson.Serialize(doc));
            // counts are people, never overflowed or absurd
            return json.RootElement.GetProperty("events").EnumerateArray()
                .All(e => e.GetProperty("fatalities").ValueKind == JsonValueKind.Null || e.GetProperty("fatalities").GetProperty("count").GetInt32() is >= 0 and <= 10_000_000);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Theory]
    [InlineData("")]
    [InlineData("_")]
    [InlineData("#")]
    [InlineData("\n\n  \n")]
    [InlineData("؟")]
    public void Texts_without_words_give_empty_layers(string text)
    {
        var doc = Pipeline.Analyze(text, new DocumentInfo { Published = new DateOnly(2020, 9, 20) });
        Assert.All(doc.Layers().Where(l => l.Name != "sentences"), l => Assert.DoesNotContain(l.Items, i => i is not Athar.Text.Token));
    }

    [Theory]
    [InlineData("قبل 2019 سنة قصفت طائرة مسيرة مدينة حلب", 2020)]
    [InlineData("في رمضان الماضي قتل 3 مدنيين بقصف على حلب", 1800)]
    [InlineData("مقتل 2000000000 مدني و2000000000 مسلح في اشتباكات بحلب أمس", 2021)]
    public void Dates_at_the_calendar_edges_and_absurd_counts_do_not_break_the_pipeline(string text, int year)
    {
        var doc = Pipeline.Analyze(text, new DocumentInfo { Published = new DateOnly(year, 1, 1) });
        Assert.All(doc.Layer<Athar.Events.EventRecord>(), e => Assert.True(e.Fatalities is null || e.Fatalities.Count <= 10_000_000));
    }

    [Fact]
    public void A_text_without_publication_date_keeps_relative_dates_unresolved_and_invents_no_event_dates()
    {
        var doc = Pipeline.Analyze("قصفت طائرة مسيرة تركية أمس سيارة في مدينة القامشلي.");
        Assert.All(doc.Layer<Athar.Time.DateMention>(), d => Assert.Null(d.Start));
        Assert.All(doc.Layer<Athar.Events.EventRecord>(), e => Assert.Null(e.When?.Start));
    }
}
