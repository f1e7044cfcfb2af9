using System.Globalization;
using Athar.Actors;
using Athar.Attribution;
using Athar.Corpus;
using Athar.Events;
using Athar.Places;
using Athar.Store;
using Athar.Time;

namespace Athar.Bench;

/// <summary>
/// A store of many synthetic one-event articles for the web API benchmark: random incidents over Syria,
/// Iraq and southern Turkey (2019–2023), of seven types, between five actors, saved through the real store
/// (fusion included: the few that land on the same day, type and place fuse, as real reports would).
/// Built once per size into the temporary folder and reused by later runs.
/// </summary>
public static class SyntheticStore
{
    private const int Version = 4;

    private static readonly (EventType Type, string Trigger)[] Types =
        [(EventType.AirStrike, "غارة"), (EventType.Shelling, "قصف"), (EventType.Battle, "اشتباكات"), (EventType.Arrest, "اعتقال"),
         (EventType.Bombing, "تفجير"), (EventType.Raid, "مداهمة"), (EventType.Attack, "هجوم")];

    private static readonly (string Id, string Name, string Arabic, ActorKind Kind)[] Actors =
        [("isis", "Islamic State", "داعش", ActorKind.ArmedGroup), ("sdf", "Syrian Democratic Forces", "قسد", ActorKind.ArmedGroup),
         ("coalition", "International Coalition", "التحالف", ActorKind.StateForce), ("turkey_army", "Turkish Armed Forces", "الجيش التركي", ActorKind.StateForce),
         ("syria_army", "Syrian Arab Army", "الجيش السوري", ActorKind.StateForce)];

    public static string Path(int articles, int events = 0) =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "athar-bench", events > 0
            ? string.Create(CultureInfo.InvariantCulture, $"synthetic-{articles}-{events}e-v{Version}.db")
            : string.Create(CultureInfo.InvariantCulture, $"synthetic-{articles}-v{Version}.db"));

    /// <summary>
    /// The store file with that many articles, built now unless a previous run left it; with <paramref name="events"/>
    /// above the events they make, topped up to that many events by SQL as <see cref="EnsurePostgres"/> does.
    /// </summary>
    public static string Ensure(int articles, int events = 0)
    {
        var path = Path(articles, events);
        if (File.Exists(path))
            return path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var building = path + ".building";
        File.Delete(building);
        var random = new Random(20200920);
        using (var store = SqliteStore.Open(building))
        {
            for (var start = 0; start < articles; start += 1000)
                store.Save(Enumerable.Range(start, Math.Min(1000, articles - start)).Select(i => Article(i, random)).ToList());
        }
        if (events > 0)
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={building};Pooling=False");
            connection.Open();
            using var transaction = connection.BeginTransaction();
            using var command = new Microsoft.Data.Sqlite.SqliteCommand(
                $"""
                CREATE TEMP TABLE copies AS
                    WITH RECURSIVE ks(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM ks WHERE k <= @events / (SELECT count(*) FROM events)),
                    base AS (SELECT id, row_number() OVER (ORDER BY id) AS rn, count(*) OVER () AS n, max(id) OVER () AS top FROM events)
                    SELECT b.id AS source, b.top + (k - 1) * b.n + b.rn AS id,
                           round(33 + (abs(random()) % 1000000000) / 1e9 * 4.5, 5) AS lat,
                           round(36 + (abs(random()) % 1000000000) / 1e9 * 8, 5) AS lon,
                           date('2019-01-01', '+' || (abs(random()) % 1825) || ' days') AS day
                    FROM base b CROSS JOIN ks WHERE k * b.n + b.rn <= @events;
                {TopUpInserts};
                DROP TABLE copies;
                """, connection, transaction);
            command.Parameters.AddWithValue("@events", events);
            command.ExecuteNonQuery();
            transaction.Commit();
            using var analyse = new Microsoft.Data.Sqlite.SqliteCommand("ANALYZE", connection);
            analyse.ExecuteNonQuery();
        }
        File.Move(building, path);
        foreach (var extra in new[] { "-wal", "-shm" })
            File.Delete(building + extra);
        return path;
    }

    /// <summary>
    /// The n-th report of one incident (an air strike on one village by the coalition on one day), told by forty
    /// outlets with their own counts and one of three dates (the day, or its outlet's publication day or the day
    /// before: the usual spread of one incident's reports).
    /// </summary>
    public static AnalysedArticle IncidentReport(int n)
    {
        var day = new DateOnly(2021, 6, 1).AddDays(-(n % 3 == 2 ? 1 : 0));
        return Article(n, Types[0], Actors[2], Actors[0], day, (35.95, 36.63), "قرية 7", n % 3 == 1);
    }

    /// <summary>
    /// The same synthetic articles in a PostgreSQL database on the server of <paramref name="server"/> (a database
    /// named for the size, built now through the server store unless a previous run completed it). With
    /// <paramref name="events"/> above the events those articles make, the events table is then topped up to that
    /// many by SQL (<see cref="TopUp"/>): saving a million articles through the store takes over an hour on a 2-core box.
    /// </summary>
    public static string EnsurePostgres(string server, int articles, int events = 0)
    {
        var name = events > 0
            ? string.Create(CultureInfo.InvariantCulture, $"athar_synthetic_{articles}_{events}e_v{Version}")
            : string.Create(CultureInfo.InvariantCulture, $"athar_synthetic_{articles}_v{Version}");
        var url = server[..(server.LastIndexOf('/') + 1)] + name;
        using (var admin = new Npgsql.NpgsqlConnection(Athar.Store.Postgres.PostgresAddress.ConnectionString(server)))
        {
            admin.Open();
            using var exists = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", admin);
            exists.Parameters.AddWithValue("n", name);
            if ((long)exists.ExecuteScalar()! == 0)
            {
                using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", admin); // a name made above, no outside value
                create.ExecuteNonQuery();
            }
        }
        using var store = Athar.Store.Postgres.PostgresStore.Open(url);
        var random = new Random(20200920);
        var stored = store.Stats().Articles;
        for (var start = 0; start < articles; start += 1000)
        {
            var batch = Enumerable.Range(start, Math.Min(1000, articles - start)).Select(i => Article(i, random)).ToList();
            if (start + batch.Count > stored)
                store.Save(batch);
            if (start % 50_000 == 0)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {name}: {start:N0} articles"));
        }
        using var connection = new Npgsql.NpgsqlConnection(Athar.Store.Postgres.PostgresAddress.ConnectionString(url));
        connection.Open();
        var toppedUp = events > 0 && TopUp(connection, events);
        if (stored < articles || toppedUp)
        {
            // What autovacuum would do soon after a bulk load: planner statistics and the visibility map (index-only counts).
            using var vacuum = new Npgsql.NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 0 };
            vacuum.ExecuteNonQuery();
        }
        return url;
    }

    /// <summary>The copies (temporary table copies: source, id, lat, lon, day) into events and event_actors, on either store.</summary>
    private const string TopUpInserts = """
        INSERT INTO events (id, type, date_start, date_end, date_precision, lat, lon, country, admin1, place_name,
            place_name_ar, place_precision, gazetteer_id, place_form, agent_key, agent_id, agent_name, agent_kind,
            target_key, target_id, target_name, target_kind, fatalities, fatalities_max, injured, certainty, sources,
            independent_sources, summary, updated_at)
        SELECT c.id, e.type, c.day, c.day, e.date_precision, c.lat, c.lon,
            CASE WHEN c.lat > 36.8 THEN 'TR' WHEN c.lon > 41.5 THEN 'IQ' ELSE 'SY' END, e.admin1, e.place_name,
            e.place_name_ar, e.place_precision, e.gazetteer_id, e.place_form, e.agent_key, e.agent_id, e.agent_name, e.agent_kind,
            e.target_key, e.target_id, e.target_name, e.target_kind, e.fatalities, e.fatalities_max, e.injured, e.certainty, e.sources,
            e.independent_sources, e.summary, e.updated_at
        FROM copies c JOIN events e ON e.id = c.source ORDER BY c.id;
        INSERT INTO event_actors (event_id, actor_key, role)
        SELECT c.id, a.actor_key, a.role FROM copies c JOIN event_actors a ON a.event_id = c.source ORDER BY c.id
        """;

    /// <summary>
    /// Tops the events table up to <paramref name="events"/> rows in one transaction: copies of the stored events
    /// (type, actors, counts, summary and their event_actors rows) each given a new random place and day drawn as
    /// <see cref="Article(int, Random)"/> draws them (the same box, the same five years, the same country rule).
    /// Only what the event lists read is copied: the copies have no reports, tallies or signatures, so they are for
    /// reading (the web API benchmark), not for fusing into. False when the table already has that many.
    /// </summary>
    private static bool TopUp(Npgsql.NpgsqlConnection connection, int events)
    {
        using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM events", connection);
        if ((long)count.ExecuteScalar()! >= events)
            return false;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// topping events up to {events:N0} by SQL"));
        using var transaction = connection.BeginTransaction();
        using var command = new Npgsql.NpgsqlCommand(
            $"""
            SELECT setseed(0.20200920);
            CREATE TEMP TABLE copies ON COMMIT DROP AS
                WITH base AS (SELECT id, row_number() OVER (ORDER BY id) AS rn, count(*) OVER () AS n, max(id) OVER () AS top FROM events)
                SELECT b.id AS source, b.top + (k - 1) * b.n + b.rn AS id,
                       round((33 + random() * 4.5)::numeric, 5)::double precision AS lat,
                       round((36 + random() * 8)::numeric, 5)::double precision AS lon,
                       to_char(date '2019-01-01' + floor(random() * 1825)::int, 'YYYY-MM-DD') AS day
                FROM base b CROSS JOIN generate_series(1, @events / (SELECT count(*) FROM events)::int + 1) k
                WHERE k * b.n + b.rn <= @events;
            {TopUpInserts};
            SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT max(id) FROM events));
            """, connection, transaction)
        { CommandTimeout = 0 };
        command.Parameters.AddWithValue("events", events);
        command.ExecuteNonQuery();
        transaction.Commit();
        return true;
    }

    private static AnalysedArticle Article(int i, Random random)
    {
        var type = Types[random.Next(Types.Length)];
        var agent = Actors[random.Next(Actors.Length)];
        var target = Actors[random.Next(Actors.Length)];
        var day = new DateOnly(2019, 1, 1).AddDays(random.Next(5 * 365));
        var (lat, lon) = (33 + (random.NextDouble() * 4.5), 36 + (random.NextDouble() * 8));
        return Article(i, type, agent, target, day, (lat, lon), string.Create(CultureInfo.InvariantCulture, $"قرية {i}"), publicationDay: false);
    }

    private static AnalysedArticle Article(
        int i, (EventType Type, string Trigger) kind, (string Id, string Name, string Arabic, ActorKind Kind) agent,
        (string Id, string Name, string Arabic, ActorKind Kind) target, DateOnly day, (double Lat, double Lon) at, string place, bool publicationDay)
    {
        var (type, trigger) = kind;
        var (lat, lon) = at;
        var country = lat > 36.8 ? "TR" : lon > 41.5 ? "IQ" : "SY";
        var text = $"{trigger} في {place}: نفّذ {agent.Arabic} العملية ضد {target.Arabic} يوم {day:yyyy-MM-dd}، وقُتل {i % 7} أشخاص. ({i})";
        var document = new Document(text, new DocumentInfo
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{i}"),
            Url = string.Create(CultureInfo.InvariantCulture, $"https://outlet{i % 40}.example/news/{i}"),
            Published = day.AddDays(1),
            Language = "ar",
        });
        Span Of(string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var where = new EventWhere(place, place, country, null, Math.Round(lat, 5), Math.Round(lon, 5), PlacePrecision.Village, null, place, Of(place), ArgumentBasis.Stated);
        document.SetLayer([new EventRecord(
            new Span(0, text.Length), "e1", type, EventTypes.ToAcled(type), new TextRef(trigger, Of(trigger)),
            new EventWhen(day, day, DatePrecision.Day, null, null, publicationDay ? ArgumentBasis.Publication : ArgumentBasis.Stated), where,
            new EventActor(agent.Id, agent.Name, agent.Kind, agent.Arabic, Of(agent.Arabic)),
            target.Id == agent.Id ? null : new EventActor(target.Id, target.Name, target.Kind, target.Arabic, Of(target.Arabic)),
            i % 7 == 0 ? null : new EventCount(i % 7, "أشخاص", Of("أشخاص")), null, null, [], null, Certainty.Reported, null,
            [new TextRef(text, new Span(0, text.Length))])]);
        return new AnalysedArticle(document, ContentHash.Of(text), null, null);
    }
}
