using System.Text.Json;
using Athar.Tests.Cli;
using Athar.Tests.Store.Contract;

namespace Athar.Tests.Watch;

/// <summary>
/// A list with --words tells only what articles holding those words report: through the Lucene index of a SQLite
/// store, or the search vectors of a PostgreSQL one.
/// </summary>
public sealed class WatchWordsTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Words_select_the_articles_whose_news_a_digest_tells() => WordsSelect(Path.Combine(_dir.Path, "athar.db"));

    [Fact]
    public void Words_select_the_articles_on_a_PostgreSQL_database_by_its_search_vectors()
    {
        using var database = PostgresServer.NewDatabase();
        WordsSelect(database.Url);
    }

    private void WordsSelect(string db)
    {
        Assert.Equal(0, CliRunner.Run("watch", "add", "artillery", "--db", db, "--words", "المدفعية منبج").Code);
        Assert.Equal(0, CliRunner.Run("watch", "add", "drones", "--db", db, "--words", "مسيّرة -منبج").Code);
        WatchArticles.Ingest(_dir, db, "manbij", WatchArticles.Manbij, "2024-05-02", "https://east-news.example/manbij");
        WatchArticles.Ingest(_dir, db, "jarablus", WatchArticles.Jarablus, "2024-05-02", "https://south-news.example/jarablus");

        string Sources(string list)
        {
            var (code, stdout, stderr) = CliRunner.Run("digest", list, "--db", db, "--format", "json");
            Assert.True(code == 0, stderr);
            return string.Join(' ', JsonDocument.Parse(stdout).RootElement[0].GetProperty("items").EnumerateArray()
                .SelectMany(i => i.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("url").GetString()).Distinct());
        }

        Assert.Equal("https://east-news.example/manbij", Sources("artillery"));
        Assert.Equal("https://south-news.example/jarablus", Sources("drones"));
    }
}
