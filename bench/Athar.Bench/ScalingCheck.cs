using System.Diagnostics;

namespace Athar.Bench;

/// <summary>
/// Hostile input must not buy unbounded CPU: quadrupling a repetitive text (one endless sentence, thousands of
/// anaphors, cues, casualty words, strike lists) must stay far from sixteen times the time. Prints the ratio per
/// text (best of three runs of each size) and exits 1 when one is quadratic-looking (≥ 8×). A benchmark, not a
/// unit test: timing ratios are only meaningful on an idle machine.
/// </summary>
public static class ScalingCheck
{
    private static readonly string[] Units =
    [
        "مقتل 1 ",                          // one endless sentence of casualty words
        "غارة جوية على حلب و",              // endless clause of triggers and places
        "وقال الجيش. ",                     // thousands of speech cues
        "وهاجم التنظيم. ",                  // anaphor chains, thousands of bare mentions of one incident
        "وفرّ قياديو التنظيم إلى هناك. ",    // claims looking back for places and groups
        "قصفت الطائرات قرى العمقية والزيارة وزيزون، ", // one clause listing sites
    ];

    public static int Run()
    {
        var pipeline = AtharPipeline.CreateDefault();
        var worst = 0.0;
        foreach (var unit in Units)
        {
            var small = string.Concat(Enumerable.Repeat(unit, 8000));
            var large = string.Concat(Enumerable.Repeat(unit, 32000));
            Best(pipeline, small); // warm up
            var ratio = Best(pipeline, large) / Best(pipeline, small);
            worst = Math.Max(worst, ratio);
            Console.WriteLine($"{ratio,6:F1}×  «{unit.Trim()}» (8,000 → 32,000 repetitions)");
        }
        Console.WriteLine($"worst {worst:F1}× for 4× the input (linear ≈ 4×, quadratic ≈ 16×); load average {StageProfile.LoadAverage()}");
        return worst < 8 ? 0 : 1;
    }

    private static double Best(Pipeline pipeline, string text)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            pipeline.Analyze(text, new DocumentInfo { Published = new DateOnly(2020, 9, 20) });
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
