using Athar.Store.Postgres;
using Athar.Tests.Store.Contract;
using Npgsql;

namespace Athar.Tests.Watch.Storage;

/// <summary>
/// On PostgreSQL, ids are drawn when a save inserts, not when it commits: the latest article id a digest is cut at
/// must wait for a save in flight, or that save's article (a lower id committed later) would never be in a digest.
/// </summary>
public sealed class SaveBarrierTests : IDisposable
{
    private readonly TestDatabase _database = PostgresServer.NewDatabase();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_latest_article_id_waits_for_a_save_in_flight_and_then_counts_it()
    {
        using var store = PostgresStore.Open(_database.Url);
        await using var other = new NpgsqlConnection(PostgresAddress.ConnectionString(_database.Url));
        await other.OpenAsync();
        await using var saving = await other.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock_shared(@k)", other, saving))
        {
            command.Parameters.AddWithValue("k", PostgresStore.SaveBarrier); // as a save begins
            await command.ExecuteNonQueryAsync();
        }
        long id;
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO documents (content_hash, text, length, ingested_at) VALUES ('h1', 'نص', 2, '2024-05-02T07:00:00Z') RETURNING id", other, saving))
            id = (long)(await insert.ExecuteScalarAsync())!;

        var latest = Task.Run(store.LatestArticleId);
        await Task.Delay(500);
        Assert.False(latest.IsCompleted); // the save has drawn its id and not committed: wait
        await saving.CommitAsync();
        Assert.Equal(id, await latest.WaitAsync(TimeSpan.FromSeconds(30)));
    }
}
