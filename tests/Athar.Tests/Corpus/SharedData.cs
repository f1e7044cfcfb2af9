namespace Athar.Tests.Corpus;

/// <summary>The evaluation's dev articles in ../shared (absent in a fresh clone: tests that need them skip).</summary>
internal static class SharedData
{
    public static string? DevFolder { get; } = Find();

    /// <summary>Why a dev-set test that fuses events cannot run here, or null when it can.</summary>
    public static string? StagesSkipReason => DevFolder is null ? "../shared/eval/dev is not here" : null;

    private static string? Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Athar.sln")))
            dir = dir.Parent;
        var dev = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "dev"));
        return dev is not null && Directory.Exists(dev) ? dev : null;
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
