using Microsoft.Data.Sqlite;

namespace Athar.Store;

/// <summary>
/// Runs parameterised SQL on one connection, keeping each command (and so its prepared statement) for reuse,
/// and attaching the open transaction. SQL text is always constant or built from constant pieces; values
/// only ever travel as parameters.
/// </summary>
internal sealed class SqlRunner(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    public SqliteTransaction? Transaction { get; set; }

    public int Execute(string sql, params (string Name, object? Value)[] args) => Command(sql, args).ExecuteNonQuery();

    public long Insert(string sql, params (string Name, object? Value)[] args)
    {
        Command(sql, args).ExecuteNonQuery();
        return (long)Command("SELECT last_insert_rowid()", []).ExecuteScalar()!;
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] args)
    {
        var value = Command(sql, args).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params (string Name, object? Value)[] args)
    {
        var rows = new List<T>();
        using var reader = Command(sql, args).ExecuteReader();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    private SqliteCommand Command(string sql, (string Name, object? Value)[] args)
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
                parameters.Add(new SqliteParameter { ParameterName = name });
        }
        for (var i = 0; i < args.Length; i++)
            parameters[i].Value = args[i].Value ?? DBNull.Value;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        _commands.Clear();
    }
}

/// <summary>Reading nullable columns without ceremony.</summary>
internal static class SqliteReaderExtensions
{
    public static string? Text(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static long? Long(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);

    public static int? Int(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static double? Real(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    public static DateOnly? Date(this SqliteDataReader r, int i) => r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
