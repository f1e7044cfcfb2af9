using System.Collections.Concurrent;
using Athar.Corpus;
using Athar.Events;
using Athar.Events.SameIncident;
using Athar.Input;
using Athar.Search;
using Npgsql;

namespace Athar.Store.Postgres;

/// <summary>
/// The server store: one PostgreSQL database shared by every worker and reader, on the same tables and SQL as the
/// embedded store, with PostGIS points and the articles' search vectors. Several workers save at once: a save
/// first takes, in one order, the advisory locks of the fusion cells its reports touch (event type family and
/// month), so two reports that could be one incident are fused one after the other and no event is made twice;
/// a deadlock or serialization failure retries the whole batch.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    private const int Retries = 5;
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new(StringComparer.Ordinal);

    private readonly NpgsqlConnection _connection;

    private PostgresStore(NpgsqlConnection connection, string address)
        : base(connection, SqlDialect.Postgres)
    {
        _connection = connection;
        Address = address;
    }

    /// <summary>The database, without its password.</summary>
    public string Address { get; }

    /// <summary>Connects, creating the schema (and PostGIS) when the database is new and migrating it when old.</summary>
    public static PostgresStore Open(string db)
    {
        var shown = PostgresAddress.Shown(db);
        var source = Sources.GetOrAdd(PostgresAddress.ConnectionString(db), cs =>
        {
            var builder = new NpgsqlDataSourceBuilder(cs);
            builder.UseNetTopologySuite();
            return builder.Build();
        });
        NpgsqlConnection? connection = null;
        try
        {
            connection = source.OpenConnection();
            PostgresMigrations.Apply(connection, shown);
            return new PostgresStore(connection, shown);
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException)
        {
            connection?.Dispose();
            throw new UserInputException($"cannot open the store {shown}: {e.Message}");
        }
    }

    public override int SchemaVersion => PostgresMigrations.Current(_connection);

    /// <summary>The full-text search over this database's search vectors.</summary>
    public IArticleSearch Search => new PostgresArticleSearch(Sql);

    public override IReadOnlyList<SaveResult> Save(IReadOnlyList<AnalysedArticle> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return base.Save(batch);
            }
            catch (PostgresException e) when (attempt < Retries && e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                Thread.Sleep(Random.Shared.Next(10, 50 * attempt));
            }
        }
    }

    private protected override void BeforeSave(IReadOnlyList<AnalysedArticle> batch)
    {
        foreach (var cell in batch.SelectMany(a => a.Document.Layer<EventRecord>()).SelectMany(FusionCells).Distinct().Order())
            Sql.Execute("SELECT pg_advisory_xact_lock(@cell)", ("@cell", cell));
    }

    private protected override void Saved(long articleId, AnalysedArticle article) =>
        Sql.Execute("UPDATE documents SET search = CAST(@search AS tsvector), indexed = 1 WHERE id = @id",
            ("@id", articleId), ("@search", ArticleSearchVector.Of(article.Document)));

    /// <summary>
    /// The fusion cells of a report: its type family and each month its dates (widened by a day) touch. Two reports
    /// that may fuse overlap in time, so they share a month of the same family.
    /// </summary>
    internal static IEnumerable<long> FusionCells(EventRecord r)
    {
        if (!AcrossArticlesPolicy.Default.IsFusable(r.When))
            yield break;
        var family = AcrossArticlesPolicy.CompatibleTypes(r.Type).Min();
        var from = r.When!.Start!.Value.AddDays(-1);
        var to = (r.When.End ?? r.When.Start.Value).AddDays(1);
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
            yield return (0x46L << 48) | ((long)family << 24) | (long)((month.Year * 12) + month.Month);
    }
}
