using Athar.Store;
using Athar.Tests.Cli;
using Athar.Tests.Corpus;

namespace Athar.Tests.Store;

/// <summary>A store in a temporary folder, optionally filled with the hand-made news articles.</summary>
internal sealed class StoreFixture : IDisposable
{
    private readonly TempDir _dir = new();

    public StoreFixture()
        : this(null)
    {
    }

    /// <summary>A store at the given path (its folder is the caller's), or in a temporary folder.</summary>
    public StoreFixture(string? path)
    {
        Path = path ?? System.IO.Path.Combine(_dir.Path, "test.db");
        Store = SqliteStore.Open(Path);
    }

    public string Path { get; }

    public SqliteStore Store { get; private set; }

    /// <summary>Saves the strike, the second outlet's report, the syndicated copy, the shelling and the claim, in that order.</summary>
    public IReadOnlyList<SaveResult> SaveNews() => Store.Save(
    [
        HandMade.Analysed(NewsFixtures.Strike()),
        HandMade.Analysed(NewsFixtures.SecondOutlet()),
        HandMade.Analysed(NewsFixtures.Syndicated()),
        HandMade.Analysed(NewsFixtures.Shelling()),
        HandMade.Analysed(NewsFixtures.LeadersClaim()),
    ]);

    public void Reopen()
    {
        Store.Dispose();
        Store = SqliteStore.Open(Path);
    }

    public void Dispose()
    {
        Store.Dispose(); // disposing twice is harmless
        _dir.Dispose();
    }
}
