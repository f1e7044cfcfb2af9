using System.Diagnostics;
using Athar.Actors;
using FsCheck;
using FsCheck.Fluent;

namespace Athar.Tests.Actors;

/// <summary>Input is hostile: any text gives well-formed mentions, and a large article stays fast.</summary>
public class HostileInputTests
{
    private static readonly ActorAnnotator Annotator = new();

    // Words that trigger every pass (names, titles, cues, kunyas, anaphors, agents, countries) mixed with noise.
    private static readonly string[] Words =
    [
        "داعش", "قسد", "تنظيم", "التنظيم", "الحركة", "أبو", "أبا", "أم", "عبد", "الله", "بكر", "البغدادي", "المدعو", "يدعى",
        "الملقب", "بـ", "وزير", "الداخلية", "التركي", "القوات", "الأمنية", "السلطات", "العراقية", "الجيش", "علي", "على", "محمد",
        "قرية", "الشيخ", "للجيش", "والتحالف", "الدولي", "“", "”", "\"", "«", "»", "(", ")", "#", "،", ".", "\n", "x", "١٢", "ـ",
    ];

    [Fact]
    public void Any_mix_of_trigger_words_gives_mentions_whose_text_is_their_span()
    {
        var arb = Gen.Elements(Words).ArrayOf().Select(w => string.Join(' ', w)).ToArbitrary();
        Prop.ForAll(arb, text =>
            Annotator.Find(text).All(m => m.Span.End <= text.Length && m.Text == text[m.Span.Start..m.Span.End] && m.Name.Length > 0 &&
                                          (m.Antecedent is not { } a || a.End <= m.Span.Start || m.Kind == ActorKind.Person)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Digits_between_quotes_after_a_title_are_not_a_person() =>
        Assert.DoesNotContain(Annotator.Find("على ( الشيخ » “ ١٢ # ١٢ الحركة"), m => m.Kind == ActorKind.Person);

    [Fact]
    public void Two_hundred_kilobytes_of_trigger_words_are_analysed_in_bounded_time()
    {
        var random = new Random(7);
        var text = string.Join(' ', Enumerable.Range(0, 40_000).Select(_ => Words[random.Next(Words.Length)]));
        var clock = Stopwatch.StartNew();
        var found = Annotator.Find(text);
        Assert.NotEmpty(found);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
