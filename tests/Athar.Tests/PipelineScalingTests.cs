using System.Diagnostics;

namespace Athar.Tests;

[CollectionDefinition(nameof(SerialTiming), DisableParallelization = true)]
public sealed class SerialTiming;

/// <summary>
/// Hostile input must not buy unbounded CPU: quadrupling a repetitive text (one endless sentence, thousands of
/// anaphors, cues and casualty words) must stay far from sixteen times the time. Ratios, not absolute times,
/// so a busy machine does not fail the test; the best of three runs of each size.
/// </summary>
[Collection(nameof(SerialTiming))]
public class PipelineScalingTests
{
    private static readonly Pipeline Pipeline = AtharPipeline.CreateDefault();

    [Theory]
    [InlineData("مقتل 1 ")]                                    // one endless sentence of casualty words
    [InlineData("غارة جوية على حلب و")]                       // endless clause of triggers and places
    [InlineData("وقال الجيش. ")]                              // thousands of speech cues
    [InlineData("وهاجم التنظيم. ")]                           // anaphor chains
    [InlineData("وفرّ قياديو التنظيم إلى هناك. ")]             // claims looking back for places and groups
    public void Four_times_the_hostile_text_takes_far_less_than_sixteen_times_the_time(string unit)
    {
        var small = string.Concat(Enumerable.Repeat(unit, 8000));
        var large = string.Concat(Enumerable.Repeat(unit, 32000));
        Best(small); // warm up
        var ratio = Best(large) / Best(small);
        // linear work gives about 4×, quadratic 16×: the bound leaves room for a busy machine
        Assert.True(ratio < 8.0, $"4× input took {ratio:F1}× the time");
    }

    private static double Best(string text)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            Pipeline.Analyze(text, new DocumentInfo { Published = new DateOnly(2020, 9, 20) });
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
