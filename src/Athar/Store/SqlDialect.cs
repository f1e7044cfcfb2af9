using System.Data.Common;
using System.Text.Json;

namespace Athar.Store;

/// <summary>
/// What SQLite and PostgreSQL say differently in the store's shared SQL: a list of ids as one parameter, a
/// latitude/longitude box, a JSON field, the larger of two numbers, row locks. Everything else (ON CONFLICT,
/// RETURNING, text dates) is written once for both. A parameter that may be null and is read only by IS NULL is
/// written CAST(@p AS text): PostgreSQL cannot infer the type of an untyped null.
/// </summary>
internal sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new(postgres: false);
    public static readonly SqlDialect Postgres = new(postgres: true);

    private SqlDialect(bool postgres) => IsPostgres = postgres;

    public bool IsPostgres { get; }

    /// <summary>"column is one of the ids in the parameter" (bound with <see cref="Ids"/>).</summary>
    public string InIds(string column, string parameter) => InTexts(column, parameter);

    /// <summary>Appended to a SELECT of one row to be updated: PostgreSQL locks it against other workers; SQLite has one writer.</summary>
    public string ForUpdate => IsPostgres ? " FOR UPDATE" : "";

    public object Ids(IEnumerable<long> ids) => IsPostgres ? ids.ToArray() : JsonSerializer.Serialize(ids);

    /// <summary>"column is one of the texts in the parameter" (bound with <see cref="Texts"/>).</summary>
    public string InTexts(string column, string parameter) =>
        IsPostgres ? $"{column} = ANY({parameter})" : $"{column} IN (SELECT value FROM json_each({parameter}))";

    /// <summary>The larger of two numbers (SQLite's two-argument max, PostgreSQL's GREATEST).</summary>
    public string Greatest(string a, string b) => IsPostgres ? $"GREATEST({a}, {b})" : $"max({a}, {b})";

    /// <summary>A text field of a JSON column, by a path of constant keys (json_extract on SQLite, #>> on PostgreSQL).</summary>
    public string JsonText(string column, params string[] path) => IsPostgres
        ? $"(CAST({column} AS json) #>> '{{{string.Join(',', path)}}}')"
        : $"json_extract({column}, '$.{string.Join('.', path)}')";

    public object Texts(IEnumerable<string> texts) => IsPostgres ? texts.ToArray() : JsonSerializer.Serialize(texts);

    /// <summary>
    /// "the event lies in the box" for a table aliased «e»: PostGIS's bounding-box operator on the GiST-indexed
    /// point, or the latitude/longitude index in SQLite. Bound with <see cref="BoxArgs"/>.
    /// </summary>
    public string InBox(BoundingBox box) => IsPostgres
        ? box.West <= box.East
            ? " AND e.geom && ST_MakeEnvelope(@west, @south, @east, @north, 4326)"
            : " AND (e.geom && ST_MakeEnvelope(@west, @south, 180, @north, 4326) OR e.geom && ST_MakeEnvelope(-180, @south, @east, @north, 4326))"
        : " AND e.lat BETWEEN @south AND @north" + (box.West <= box.East ? " AND e.lon BETWEEN @west AND @east" : " AND (e.lon >= @west OR e.lon <= @east)");

    public static (string, object?)[] BoxArgs(BoundingBox box) =>
        [("@south", box.South), ("@north", box.North), ("@west", box.West), ("@east", box.East)];

    /// <summary>Sets a parameter's value (a null as the database's null, its type left for the server to infer).</summary>
    public static void Bind(DbParameter parameter, object? value) => parameter.Value = value ?? DBNull.Value;
}
