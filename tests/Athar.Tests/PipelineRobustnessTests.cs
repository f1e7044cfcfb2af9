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
    ];

    [Fact]
    public void Any_mix_of_news_words_is_analysed_into_valid_json_with_exact_spans()
    {
        var arb = Gen.Elements(Words).ArrayOf().Select(w => string.Join(' ', w)).ToArbitrary();
        Prop.ForAll(arb, text =>
        {
            var doc = Pipeline.Analyze(text, new DocumentInfo { Published = new DateOnly(2020, 9, 20) });
            using var json = JsonDocument.Parse(ResultJson.Serialize(doc));
            return doc.Layers().All(l => l.Items.All(a => a.Span.End <= text.Length));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Theory]
    [InlineData("")]
    [InlineData("_")]
    [InlineData("#")]
    [InlineData("\n\n  \n")]
    [InlineData("؟")]
    public void Texts_without_words_give_empty_layers(string text) =>
        Assert.Empty(Pipeline.Analyze(text, new DocumentInfo { Published = new DateOnly(2020, 9, 20) }).Layer<Athar.Events.EventRecord>());

    [Fact]
    public void A_text_without_publication_date_keeps_relative_dates_unresolved_and_invents_no_event_dates()
    {
        var doc = Pipeline.Analyze("قصفت طائرة مسيرة تركية أمس سيارة في مدينة القامشلي.");
        Assert.All(doc.Layer<Athar.Time.DateMention>(), d => Assert.Null(d.Start));
        Assert.All(doc.Layer<Athar.Events.EventRecord>(), e => Assert.Null(e.When?.Start));
    }
}
