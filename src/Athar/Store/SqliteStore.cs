using Athar.Input;
using Athar.Places;
using Microsoft.Data.Sqlite;

namespace Athar.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never wait for the ingest writer), versioned
/// migrations applied on open, parameterised SQL only. One instance per thread: it holds one connection.
/// </summary>
public sealed class SqliteStore : SqlStore
{
    public const string DefaultPath = "athar.db";

    private readonly SqliteConnection _connection;
    private readonly bool _readOnly;

    private SqliteStore(SqliteConnection connection, string path, Func<Gazetteer>? places, bool readOnly = false)
        : base(connection, SqlDialect.Sqlite, places)
    {
        _connection = connection;
        _readOnly = readOnly;
        Path = path;
    }

    public string Path { get; }

    /// <summary>
    /// Opens (creating when asked) a store and brings its schema up to date. A read-only store (the web
    /// server's) is never written: its schema must be current already. <paramref name="places"/> gives the
    /// gazetteer place filters are resolved with (the built-in one when null; loaded on first use).
    /// </summary>
    public static SqliteStore Open(string path, bool create = true, bool readOnly = false, Func<Gazetteer>? places = null)
    {
        if ((readOnly || !create) && !File.Exists(path))
            throw new UserInputException($"no store at {path}: run 'athar ingest' first (or give --db)");
        var full = System.IO.Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            if (readOnly)
            {
                if (Migrations.Current(connection) is var version && version != Migrations.Latest)
                {
                    connection.Dispose();
                    throw new UserInputException($"{path} has schema version {version}, this Athar needs {Migrations.Latest}: run 'athar ingest' once to upgrade it");
                }
                // Readers map the file (no read() call per page: a filtered page at 100k events drops by half).
                using (var pragma = connection.CreateCommand())
                {
                    pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA busy_timeout = 10000;";
                    pragma.ExecuteNonQuery();
                }
                return new SqliteStore(connection, path, places, readOnly: true);
            }
            using (var pragma = connection.CreateCommand())
            {
                // WAL: one writer and many readers at once; NORMAL sync is durable at each checkpoint and
                // never corrupts; a crash loses at most the last transactions, which ingest redoes.
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
                pragma.ExecuteNonQuery();
            }
            var before = Migrations.Apply(connection, path);
            var store = new SqliteStore(connection, path, places);
            if (before is > 0 and < Migrations.FirstWithTallies)
                store.RebuildEvents(store.EventsOutOfStep());
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new UserInputException($"cannot open the store {path}: {e.Message}");
        }
    }

    public override int SchemaVersion => Migrations.Current(_connection);

    protected override void Dispose(bool disposing)
    {
        // SQLite's advice before closing a connection that wrote: refresh the planner's statistics, so
        // filtered queries pick the right index (a filtered events page at 100k events: 80 ms → 20 ms).
        if (disposing && !_readOnly && _connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                Sql.Execute("PRAGMA optimize=0x10002");
            }
            catch (SqliteException)
            {
                // statistics are an optimisation: a busy or read-only file keeps its old ones
            }
        }
        base.Dispose(disposing);
    }
}
