using System.Data.Common;

namespace Athar.Store;

/// <summary>
/// Runs parameterised SQL on one connection (SQLite or PostgreSQL), keeping each command (and so its prepared
/// statement) for reuse, and attaching the open transaction. SQL text is always constant or built from constant
/// pieces; values only ever travel as parameters. The dialect writes the few phrases the two databases say differently.
/// </summary>
internal sealed class SqlRunner(DbConnection connection, SqlDialect dialect) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private readonly List<DbBatchCommand> _deferred = [];

    public DbConnection Connection { get; } = connection;

    public SqlDialect Dialect { get; } = dialect;

    public DbTransaction? Transaction { get; set; }

    public int Execute(string sql, params (string Name, object? Value)[] args)
    {
        Flush();
        return Command(sql, args).ExecuteNonQuery();
    }

    /// <summary>
    /// A statement whose result nobody reads (an insert of rows, an update): a server database receives the deferred
    /// ones together, in order, before the next statement that answers (one round trip instead of dozens per article).
    /// </summary>
    public void Defer(string sql, params (string Name, object? Value)[] args)
    {
        if (!Dialect.IsPostgres || !Connection.CanCreateBatch)
        {
            Execute(sql, args);
            return;
        }
        var command = new Npgsql.NpgsqlBatchCommand(sql);
        foreach (var (name, value) in args)
            command.Parameters.Add(new Npgsql.NpgsqlParameter(name, value ?? DBNull.Value));
        _deferred.Add(command);
    }

    /// <summary>Drops deferred statements not sent (their transaction failed).</summary>
    public void Discard() => _deferred.Clear();

    /// <summary>Sends the deferred statements (before a transaction commits, and before any statement that answers).</summary>
    public void Flush()
    {
        if (_deferred.Count == 0)
            return;
        using var batch = Connection.CreateBatch();
        batch.Transaction = Transaction;
        foreach (var command in _deferred)
            batch.BatchCommands.Add(command);
        _deferred.Clear();
        batch.ExecuteNonQuery();
    }

    /// <summary>Runs an INSERT and returns the id of the row it made.</summary>
    public long Insert(string sql, params (string Name, object? Value)[] args)
    {
        Flush();
        return Convert.ToInt64(Command(sql + " RETURNING id", args).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        Flush();
        var value = Command(sql, args).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params (string Name, object? Value)[] args)
    {
        Flush();
        var rows = new List<T>();
        using var reader = Command(sql, args).ExecuteReader();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    private DbCommand Command(string sql, (string Name, object? Value)[] args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = Transaction;
        var parameters = command.Parameters;
        var same = parameters.Count == args.Length;
        for (var i = 0; same && i < args.Length; i++)
            same = parameters[i].ParameterName == args[i].Name;
        if (!same)
        {
            parameters.Clear();
            foreach (var (name, _) in args)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameters.Add(parameter);
            }
        }
        for (var i = 0; i < args.Length; i++)
            SqlDialect.Bind(parameters[i], args[i].Value);
        return command;
    }

    public void Dispose()
    {
        _deferred.Clear();
        foreach (var command in _commands.Values)
            command.Dispose();
        _commands.Clear();
    }
}

/// <summary>Reading nullable columns without ceremony.</summary>
internal static class DbReaderExtensions
{
    public static string? Text(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static long? Long(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    public static int? Int(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static double? Real(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    public static DateOnly? Date(this DbDataReader r, int i) => r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
