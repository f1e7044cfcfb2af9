using Npgsql;

namespace Athar.Store.Postgres;

/// <summary>
/// A --db value naming a PostgreSQL database: a URL (postgresql://user:password@host:port/database?sslmode=require)
/// or an Npgsql connection string («Host=…;Database=…»). Anything else names a SQLite file.
/// </summary>
public static class PostgresAddress
{
    public static bool Is(string db) =>
        db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Npgsql connection string of a URL or connection string.</summary>
    public static string ConnectionString(string db)
    {
        if (!db.Contains("://", StringComparison.Ordinal))
            return new NpgsqlConnectionStringBuilder(db).ConnectionString;
        var uri = new Uri(db);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var user = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length > 1)
                builder.Password = Uri.UnescapeDataString(user[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return builder.ConnectionString;
    }

    /// <summary>The address without its password, for messages.</summary>
    public static string Shown(string db)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString(db)) { Password = null };
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
