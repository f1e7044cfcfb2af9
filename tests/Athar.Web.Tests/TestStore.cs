using Athar.Cli;

namespace Athar.Web.Tests;

/// <summary>
/// Stores built the way a user builds them (`athar ingest`) in a temporary folder: the fixture articles
/// written for these tests (Fixtures/articles.jsonl: news-style Arabic, one of them full of HTML and script),
/// and for the browser tests the evaluation's dev articles too when ../shared is here.
/// </summary>
public sealed class TestStore : IDisposable
{
    private readonly string _folder;

    private TestStore(string folder, string db)
    {
        _folder = folder;
        Db = db;
    }

    public string Db { get; }

    public static string FixtureArticles => Path.Combine(AppContext.BaseDirectory, "Fixtures", "articles.jsonl");

    /// <summary>../shared/eval/dev beside the repository, or null in a fresh clone.</summary>
    public static string? DevFolder { get; } = FindDev();

    public static TestStore Ingest(params string[] paths)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"athar-web-tests-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "athar.db");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandRunner.Run(AtharCli.CreateRoot(), ["ingest", .. paths, "--db", db, "--jobs", "2"], stdout, stderr);
        if (code != CommandRunner.Ok)
            throw new InvalidOperationException($"athar ingest failed ({code}): {stderr}");
        return new TestStore(folder, db);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a reader still closing its files: the temporary folder is left to the system
        }
    }

    private static string? FindDev()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Athar.sln")))
            dir = dir.Parent;
        var dev = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "dev"));
        return dev is not null && Directory.Exists(dev) ? dev : null;
    }
}
