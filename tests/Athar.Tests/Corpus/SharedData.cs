using Athar.Places;
using Athar.Time;

namespace Athar.Tests.Corpus;

/// <summary>The evaluation's dev articles in ../shared (absent in a fresh clone: tests that need them skip).</summary>
internal static class SharedData
{
    public static string? DevFolder { get; } = Find();

    /// <summary>True when the pipeline has the stages that make dates and places (merged from their branches).</summary>
    public static bool PipelineHasPlacesAndDates { get; } = HasPlacesAndDates();

    /// <summary>Why a dev-set test that fuses events cannot run here, or null when it can.</summary>
    public static string? StagesSkipReason =>
        DevFolder is null ? "../shared/eval/dev is not here"
        : !PipelineHasPlacesAndDates ? "the time and places stages are not in the pipeline yet: events cannot be fused"
        : null;

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Athar.sln")))
            dir = dir.Parent;
        var dev = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "dev"));
        return dev is not null && Directory.Exists(dev) ? dev : null;
    }

    private static bool HasPlacesAndDates()
    {
        var d = AtharPipeline.CreateDefault().Analyze("قصف مدفعي على منبج أمس", new DocumentInfo { Published = new DateOnly(2022, 11, 24) });
        return d.HasLayer<PlaceMention>() && d.HasLayer<DateMention>();
    }
}

/// <summary>A test that needs ../shared/eval/dev.</summary>
public sealed class SharedDevFactAttribute : FactAttribute
{
    public SharedDevFactAttribute()
    {
        if (SharedData.DevFolder is null)
            Skip = "../shared/eval/dev is not here";
    }
}

/// <summary>A theory over the dev set that needs the time and places stages in the pipeline.</summary>
public sealed class SharedDevWithStagesTheoryAttribute : TheoryAttribute
{
    public SharedDevWithStagesTheoryAttribute() => Skip = SharedData.StagesSkipReason;
}
