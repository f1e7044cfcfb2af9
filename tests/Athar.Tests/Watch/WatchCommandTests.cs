using System.Text.Json;
using Athar.Store;
using Athar.Tests.Cli;

namespace Athar.Tests.Watch;

public sealed class WatchCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Db => Path.Combine(_dir.Path, "athar.db");

    [Fact]
    public void A_list_added_with_exports_filters_is_stored_listed_and_removed()
    {
        var (code, stdout, stderr) = CliRunner.Run(
            "watch", "add", "isis-north", "--db", Db, "--actor", "isis", "--country", "sy", "--type", "air_strike,raid", "--from", "2024-01-01",
            "--min-sources", "2", "--near", "إدلب", "--radius", "30", "--words", "قيادي -تدريب", "--claims", "--schedule", "07:00",
            "--email", "analyst@example.org", "--webhook", "https://hooks.example.org/athar");
        Assert.True(code == 0, stderr);
        Assert.Contains("actor=isis", stdout, StringComparison.Ordinal);

        using (var store = SqliteStore.Open(Db, create: false))
        {
            var list = Assert.Single(store.WatchLists());
            Assert.Equal("isis-north", list.Name);
            Assert.Equal("SY", list.Filter.Country);
            Assert.Equal(["air_strike", "raid"], list.Filter.Types);
            Assert.Equal(2, list.Filter.MinSources);
            Assert.Equal(new DateOnly(2024, 1, 1), list.Filter.From);
            Assert.True(list.Filter.Claims);
            Assert.Equal(30, list.Filter.Near!.Km);
            Assert.InRange(list.Filter.Near.Lat, 35.5, 36.2); // the city of Idlib
            Assert.Equal("قيادي -تدريب", list.Filter.Words);
            Assert.Equal(new TimeOnly(7, 0), list.Schedule.DailyAt);
            Assert.Equal(["analyst@example.org"], list.Emails);
            Assert.Equal("https://hooks.example.org/athar", list.Webhook!.ToString());
        }

        (code, stdout, _) = CliRunner.Run("watch", "list", "--db", Db, "--format", "json");
        Assert.Equal(0, code);
        var listed = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("isis-north", listed[0].GetProperty("name").GetString());
        Assert.Equal("daily 07:00", listed[0].GetProperty("schedule").GetString());

        Assert.Equal(0, CliRunner.Run("watch", "rm", "isis-north", "--db", Db).Code);
        Assert.Equal(4, CliRunner.Run("watch", "rm", "isis-north", "--db", Db).Code);
        Assert.Contains("no watch-lists", CliRunner.Run("watch", "list", "--db", Db).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad/name")]
    [InlineData("ok", "--email", "not-an-address")]
    [InlineData("ok", "--webhook", "ftp://hooks.example.org/x")]
    [InlineData("ok", "--webhook", "https://user:secret@hooks.example.org/x")]
    [InlineData("ok", "--near", "مكان لا يعرفه أحد")]
    [InlineData("ok", "--near", "إدلب", "--radius", "-3")]
    [InlineData("ok", "--near", "إدلب", "--bbox", "35,35,37,37")]
    [InlineData("ok", "--schedule", "25:99")]
    [InlineData("ok", "--type", "picnic")]
    [InlineData("ok", "--words", "\"unclosed")]
    [InlineData("ok", "--from", "2024-05-01", "--to", "2024-01-01")]
    public void Hostile_or_wrong_values_are_user_errors_and_store_nothing(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(["watch", "add", .. args, "--db", Db]);
        Assert.Equal(2, code);
        Assert.StartsWith("athar: ", stderr, StringComparison.Ordinal);
        if (File.Exists(Db))
        {
            using var store = SqliteStore.Open(Db, create: false);
            Assert.Empty(store.WatchLists());
        }
    }

    [Fact]
    public void A_second_list_of_the_same_name_is_refused()
    {
        Assert.Equal(0, CliRunner.Run("watch", "add", "idlib", "--db", Db, "--place", "إدلب").Code);
        var (code, _, stderr) = CliRunner.Run("watch", "add", "idlib", "--db", Db, "--actor", "isis");
        Assert.Equal(2, code);
        Assert.Contains("exists already", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Listing_or_removing_without_a_store_is_a_user_error()
    {
        Assert.Equal(2, CliRunner.Run("watch", "list", "--db", Db).Code);
        Assert.Equal(2, CliRunner.Run("watch", "rm", "x", "--db", Db).Code);
    }
}
